// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfixtures.h"

#include "models/storage/narrativestore.h"
#include "models/storage/poststore.h"
#include "models/storage/tokenstore.h"
#include "models/time/granularity.h"

#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00:00Z

PostRecord post(const QString& token, const QString& narrative, qint64 t, std::optional<double> compound,
                const QString& text = QStringLiteral("gm"))
{
    PostRecord p;
    p.tokenId = token;
    p.narrativeId = narrative;
    p.postedAt = t;
    p.compound = compound;
    p.text = text;
    return p;
}

} // namespace

class TestPostStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    QList<qint64> pageIds(const PostFilter& filter, const std::optional<PostPageCursor>& after, int limit)
    {
        QSqlQuery query = PostStore::page(m_db.connection(), filter, after, limit);
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(PostStore::PageId).toLongLong());
        return ids;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("posts.seance")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("posts.seance"))));
        for (const QString id : {QStringLiteral("a"), QStringLiteral("b")}) {
            TokenRecord token;
            token.id = token.name = token.symbol = token.chain = id;
            QVERIFY(TokenStore(m_db).insert(token));
        }
        NarrativeRecord narrative;
        narrative.id = narrative.title = QStringLiteral("n");
        QVERIFY(NarrativeStore(m_db).insert(narrative));
    }
    void cleanup() { m_db.close(); }

    void emptyWorkspace()
    {
        const PostStore store(m_db);
        QString error = QStringLiteral("stale");
        QCOMPARE(store.postedSpan(&error), std::nullopt);
        QVERIFY(error.isEmpty()); // empty, not failed
        QCOMPARE(store.count(), std::optional<qint64>(0));
        QCOMPARE(store.bucketCount(), std::optional<qint64>(0));
    }

    void countsAndSpan()
    {
        QString error;
        QVERIFY2(testing::writePosts(m_db,
                                     {post(QStringLiteral("a"), {}, day0 + 5, 0.5),
                                      post(QStringLiteral("a"), QStringLiteral("n"), day0 + 3 * dayMs, std::nullopt),
                                      post({}, QStringLiteral("n"), day0 - hourMs, -0.2)},
                                     &error),
                 qPrintable(error));
        const PostStore store(m_db);
        QCOMPARE(store.count(), std::optional<qint64>(3));
        QCOMPARE(store.unscoredCount(), std::optional<qint64>(1));
        QCOMPARE(store.countForToken(QStringLiteral("a")), std::optional<qint64>(2));
        QCOMPARE(store.countForToken(QStringLiteral("b")), std::optional<qint64>(0));
        QCOMPARE(store.countForNarrative(QStringLiteral("n")), std::optional<qint64>(2));
        QCOMPARE(store.postedSpan(), std::optional<TimeRange>(TimeRange{day0 - hourMs, day0 + 3 * dayMs + 1}));
        QVERIFY(store.bucketCount().value_or(0) > 0);
        QVERIFY2(store.clearBuckets(&error), qPrintable(error));
        QCOMPARE(store.bucketCount(), std::optional<qint64>(0));
        QCOMPARE(store.count(), std::optional<qint64>(3)); // the posts stay
    }

    void scansReadEveryPost()
    {
        QString error;
        QVERIFY2(testing::writePosts(m_db,
                                     {post(QStringLiteral("b"), {}, day0 + 2, 0.1, QStringLiteral("second")),
                                      post(QStringLiteral("a"), {}, day0 + 1, std::nullopt, QStringLiteral("first"))},
                                     &error),
                 qPrintable(error));
        const PostStore store(m_db);
        SqlStatement rescore = store.rescoreScan();
        QStringList texts;
        while (rescore.next())
            texts.append(rescore.text(PostStore::RescoreText));
        QVERIFY(!rescore.failed());
        QCOMPARE(texts, (QStringList{QStringLiteral("second"), QStringLiteral("first")})); // insertion order

        SqlStatement exported = store.exportScan();
        texts.clear();
        while (exported.next())
            texts.append(exported.text(PostStore::ExportText));
        QCOMPARE(texts, (QStringList{QStringLiteral("first"), QStringLiteral("second")})); // time order

        SqlStatement update = store.scoreUpdate();
        update.bindDouble(1, -0.9);
        update.bindDouble(2, 0);
        update.bindDouble(3, 0.1);
        update.bindDouble(4, 0.9);
        update.bindInt64(5, 2);
        QVERIFY2(update.exec(&error), qPrintable(error));
        QCOMPARE(store.unscoredCount(), std::optional<qint64>(0));
    }

    void pagesNewestFirst_data()
    {
        QTest::addColumn<PostFilter>("filter");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("all") << PostFilter{} << QList<qint64>{5, 4, 3, 2, 1};
        QTest::newRow("token b") << PostFilter{.tokenIds = {QStringLiteral("b")}} << QList<qint64>{3};
        QTest::newRow("range") << PostFilter{.from = day0 + 2, .to = day0 + 4} << QList<qint64>{3, 2};
        // "%" is a literal: unescaped, it would also match "up 50 today".
        QTest::newRow("text with wildcard") << PostFilter{.text = QStringLiteral("50%")} << QList<qint64>{4};
    }
    void pagesNewestFirst()
    {
        QFETCH(PostFilter, filter);
        QFETCH(QList<qint64>, ids);
        QString error;
        QVERIFY2(testing::writePosts(m_db,
                                     {post(QStringLiteral("a"), {}, day0 + 1, 0.1),
                                      post(QStringLiteral("a"), {}, day0 + 2, 0.1),
                                      post(QStringLiteral("b"), {}, day0 + 3, 0.1),
                                      post(QStringLiteral("a"), {}, day0 + 4, 0.1, QStringLiteral("up 50% today")),
                                      post(QStringLiteral("a"), {}, day0 + 5, 0.1, QStringLiteral("up 50 today"))},
                                     &error),
                 qPrintable(error));
        QCOMPARE(pageIds(filter, std::nullopt, 10), ids);
        // Keyset pages join up to the same list.
        QList<qint64> paged;
        std::optional<PostPageCursor> after;
        for (int i = 0; i < 10; ++i) {
            QSqlQuery query = PostStore::page(m_db.connection(), filter, after, 1);
            if (!query.next())
                break;
            paged.append(query.value(PostStore::PageId).toLongLong());
            after = PostPageCursor{query.value(PostStore::PagePostedAt).toLongLong(), paged.constLast()};
        }
        QCOMPARE(paged, ids);
    }
};

QTEST_GUILESS_MAIN(TestPostStore)
#include "tst_poststore.moc"
