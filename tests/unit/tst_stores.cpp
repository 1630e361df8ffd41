// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/postwriter.h"
#include "models/storage/savedviewstore.h"
#include "models/storage/seriesstore.h"
#include "models/storage/tokenstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

TokenRecord fullToken()
{
    TokenRecord t;
    t.id = QStringLiteral("icp-ghost");
    t.name = QStringLiteral("IC GHOST");
    t.symbol = QStringLiteral("GHOST");
    t.chain = QStringLiteral("icp");
    t.addressKind = QStringLiteral("canister");
    t.status = QStringLiteral("live");
    t.tagline = QStringLiteral("“First meme coin” of ICP");
    t.launchedAt = 1'700'000'000'000;
    t.totalSupply = QStringLiteral("10000000000");
    t.supplyNote = QStringLiteral("75.92% treasury");
    t.tags = {QStringLiteral("dao"), QStringLiteral("ghost")};
    t.aliases = {QStringLiteral("ic ghost"), QStringLiteral("유령 \"quoted\"")};
    t.links = {{QStringLiteral("Forum"), QStringLiteral("https://forum.dfinity.org/t/21214")}};
    t.sources = {{QStringLiteral("Article"), QString()}};
    return t;
}

TokenRecord minimalToken(const QString& id)
{
    TokenRecord t;
    t.id = id;
    t.name = t.symbol = t.chain = id;
    return t;
}

EventRecord makeEvent(const QString& id, const QStringList& tokens)
{
    EventRecord e;
    e.id = id;
    e.occurredAt = 1'759'276'800'000;
    e.title = QStringLiteral("Title of ") + id;
    e.tokenIds = tokens;
    return e;
}

} // namespace

class TestStores : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    qint64 count(const char* table)
    {
        QSqlQuery query(m_db.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("stores.seance")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("stores.seance"))));
    }
    void cleanup() { m_db.close(); }

    void tokenRoundTrip()
    {
        TokenStore store(m_db);
        const TokenRecord token = fullToken();
        QString error;
        QVERIFY2(store.insert(token, &error), qPrintable(error));
        QVERIFY(store.insert(minimalToken(QStringLiteral("a-first"))));
        QCOMPARE(store.find(token.id), std::optional<TokenRecord>(token));
        QVERIFY(store.contains(token.id));
        QVERIFY(!store.find(QStringLiteral("missing")));

        const QList<TokenRecord> all = store.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, QStringLiteral("a-first"));
        QCOMPARE(all.at(1), token);
        QCOMPARE(store.ids(), std::optional<QStringList>(QStringList{QStringLiteral("a-first"), token.id}));

        TokenRecord changed = token;
        changed.status = QStringLiteral("defunct");
        changed.launchedAt.reset();
        changed.tagline.clear();
        changed.tags = {QStringLiteral("archived")};
        changed.links.clear();
        QVERIFY2(store.update(changed, &error), qPrintable(error));
        QCOMPARE(store.find(token.id), std::optional<TokenRecord>(changed));
        QCOMPARE(count("tags"), 1);

        QVERIFY2(store.remove(token.id, &error), qPrintable(error));
        QVERIFY(!store.find(token.id));
        QCOMPARE(count("tags"), 0);
    }

    void narrativeRoundTrip()
    {
        NarrativeStore store(m_db);
        NarrativeRecord n{QStringLiteral("ghosts"),   QStringLiteral("Summoning ghosts"),
                          QStringLiteral("Karpathy"), QStringLiteral("#3fa07a"),
                          {QStringLiteral("ghosts")}, {{QString(), QStringLiteral("https://x")}}};
        QVERIFY(store.insert(n));
        QCOMPARE(store.find(n.id), std::optional<NarrativeRecord>(n));
        n.summary.clear();
        n.keywords.append(QStringLiteral("animals"));
        QVERIFY(store.update(n));
        QCOMPARE(store.all(), QList<NarrativeRecord>{n});
        QCOMPARE(store.ids(), std::optional<QStringList>(QStringList{QStringLiteral("ghosts")}));
        QVERIFY(store.remove(n.id));
        QVERIFY(store.all().isEmpty());
        QCOMPARE(store.ids(), std::optional<QStringList>(QStringList()));
    }

    void eventRoundTrip()
    {
        QVERIFY(TokenStore(m_db).insert(minimalToken(QStringLiteral("t1"))));
        QVERIFY(TokenStore(m_db).insert(minimalToken(QStringLiteral("t2"))));
        QVERIFY(NarrativeStore(m_db).insert(NarrativeRecord{QStringLiteral("n"), QStringLiteral("N"), {}, {}, {}, {}}));
        EventStore store(m_db);
        EventRecord e = makeEvent(QStringLiteral("e"), {QStringLiteral("t1"), QStringLiteral("t2")});
        e.narrativeId = QStringLiteral("n");
        e.kind = QStringLiteral("podcast");
        e.sources = {{QStringLiteral("Dwarkesh"), QStringLiteral("https://www.dwarkesh.com/p/richard-sutton")}};
        QString error;
        QVERIFY2(store.insert(e, &error), qPrintable(error));
        QCOMPARE(store.find(e.id), std::optional<EventRecord>(e));
        e.tokenIds = {QStringLiteral("t2")};
        e.narrativeId.clear();
        QVERIFY(store.update(e));
        QCOMPARE(store.all(), QList<EventRecord>{e});
        QCOMPARE(count("event_tokens"), 1);
        QVERIFY(store.remove(e.id));
        QCOMPARE(count("event_tokens"), 0);
    }

    void seriesRoundTrip()
    {
        QVERIFY(TokenStore(m_db).insert(minimalToken(QStringLiteral("t"))));
        SeriesStore store(m_db);
        SeriesRecord s{QStringLiteral("s"), QStringLiteral("t"), {}, QStringLiteral("galaxy_score"),
                       QStringLiteral("LunarCrush export"), {{1000, 1.5}, {2000, -0.25}}};
        QVERIFY(store.insert(s));
        QCOMPARE(store.find(s.id), std::optional<SeriesRecord>(s));
        s.points = {{3000, 7}};
        QVERIFY(store.update(s));
        QCOMPARE(store.all(), QList<SeriesRecord>{s});
        QVERIFY(store.remove(s.id));
        QCOMPARE(count("series_points"), 0);
    }

    void savedViewRoundTrip()
    {
        SavedViewStore store(m_db);
        SavedViewRecord v{QStringLiteral("Ghosts"), QStringLiteral(R"({"tokens":["icp-ghost"]})"), 1'767'600'000'000};
        QVERIFY(store.insert(v));
        QVERIFY(!store.insert(v));
        QCOMPARE(store.find(v.name), std::optional<SavedViewRecord>(v));
        v.state = QStringLiteral("{}");
        QVERIFY(store.update(v));
        QCOMPARE(store.all(), QList<SavedViewRecord>{v});
        QVERIFY(store.remove(v.name));
        QVERIFY(!store.contains(v.name));
    }

    void updateAndRemoveOfMissingIdFail()
    {
        QString error;
        QVERIFY(!TokenStore(m_db).update(minimalToken(QStringLiteral("ghost")), &error));
        QCOMPARE(error, QStringLiteral("There is no token \"ghost\"."));
        QVERIFY(!TokenStore(m_db).remove(QStringLiteral("ghost"), &error));
        QVERIFY(!NarrativeStore(m_db).update(NarrativeRecord{QStringLiteral("n"), QStringLiteral("N"), {}, {}, {}, {}},
                                             &error));
        QVERIFY(!NarrativeStore(m_db).remove(QStringLiteral("n"), &error));
        QVERIFY(!EventStore(m_db).update(makeEvent(QStringLiteral("e"), {}), &error));
        QVERIFY(!EventStore(m_db).remove(QStringLiteral("e"), &error));
        QVERIFY(
            !SeriesStore(m_db).update(SeriesRecord{QStringLiteral("s"), {}, {}, QStringLiteral("m"), {}, {}}, &error));
        QVERIFY(!SeriesStore(m_db).remove(QStringLiteral("s"), &error));
        QVERIFY(!SavedViewStore(m_db).update(SavedViewRecord{QStringLiteral("v"), QStringLiteral("{}"), 0}, &error));
        QVERIFY(!SavedViewStore(m_db).remove(QStringLiteral("v"), &error));
        QCOMPARE(error, QStringLiteral("There is no saved view \"v\"."));
        // The failed update of a missing event must not have left token links behind.
        QCOMPARE(count("event_tokens"), 0);
    }

    void removingTokenCascadesToTagsAndEventLinks()
    {
        TokenStore tokens(m_db);
        TokenRecord t = minimalToken(QStringLiteral("t"));
        t.tags = {QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY(tokens.insert(t));
        QVERIFY(tokens.insert(minimalToken(QStringLiteral("u"))));
        QVERIFY(EventStore(m_db).insert(makeEvent(QStringLiteral("e"), {QStringLiteral("t"), QStringLiteral("u")})));
        QCOMPARE(count("tags"), 2);
        QCOMPARE(count("event_tokens"), 2);
        QVERIFY(tokens.remove(QStringLiteral("t")));
        QCOMPARE(count("tags"), 0);
        QCOMPARE(count("event_tokens"), 1);
        QCOMPARE(EventStore(m_db).find(QStringLiteral("e"))->tokenIds, QStringList{QStringLiteral("u")});
    }

    void removeIsRefusedWhilePostsReferToTheToken()
    {
        QVERIFY(TokenStore(m_db).insert(minimalToken(QStringLiteral("t"))));
        PostWriter writer(m_db);
        QVERIFY(writer.prepare(nullptr));
        PostRecord post;
        post.tokenId = QStringLiteral("t");
        post.text = QStringLiteral("gm");
        QCOMPARE(writer.insert(post, nullptr), PostWriter::Result::Inserted);
        QString error;
        QVERIFY(!TokenStore(m_db).remove(QStringLiteral("t"), &error));
        QVERIFY2(error.contains(QLatin1String("1 posts")), qPrintable(error));
        QVERIFY(TokenStore(m_db).contains(QStringLiteral("t")));
    }

    // A write is all or nothing: the token row must not stay when one of its tags fails.
    void failedWriteLeavesNothingBehind()
    {
        TokenRecord t = minimalToken(QStringLiteral("t"));
        t.tags = {QStringLiteral("same"), QStringLiteral("same")};
        QString error;
        QVERIFY(!TokenStore(m_db).insert(t, &error));
        QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
        QCOMPARE(count("tokens"), 0);
        QCOMPARE(count("tags"), 0);

        t.tags = {QStringLiteral("ok")};
        QVERIFY(TokenStore(m_db).insert(t));
        t.status = QStringLiteral("moon");
        QVERIFY(!TokenStore(m_db).update(t, &error));
        QCOMPARE(TokenStore(m_db).find(QStringLiteral("t"))->status, QStringLiteral("live"));

        // Inside an outer transaction the savepoint nests and the outer transaction still decides.
        {
            Transaction transaction(m_db);
            QVERIFY(TokenStore(m_db).insert(minimalToken(QStringLiteral("inner"))));
        }
        QVERIFY(!TokenStore(m_db).contains(QStringLiteral("inner")));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
