// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetimport.h"
#include "models/io/sample/sampledatabase.h"
#include "models/io/sample/samplepostgenerator.h"
#include "models/routing/postrouter.h"
#include "models/sentiment/scoring/nameindex.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

using json = nlohmann::json;
using namespace seance;

namespace {

// A stand-in scorer: rockets are good, red flags bad, and Korean or Japanese text is not scored.
SentimentScore trivialScore(std::string_view utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    SentimentScore score;
    for (const QChar c : text) {
        const QChar::Script script = c.script();
        if (script == QChar::Script_Hangul || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
            || script == QChar::Script_Han) {
            score.scored = false;
            return score;
        }
    }
    score.compound = text.contains(QStringLiteral("🚀")) ? 0.5 : text.contains(QStringLiteral("🚩")) ? -0.5 : 0.0;
    score.neu = 1.0;
    return score;
}

qint64 count(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// The bundled sample's facts, read from the copy embedded in seance_models, as the application reads it.
class TestSampleDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(":/sample/summoning-ghosts.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the sample is embedded in seance_models");
        const QByteArray bytes = file.readAll();
        m_doc = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        QVERIFY(!m_doc.is_discarded());
        for (const json& token : m_doc.at("tokens"))
            m_tokens[token.at("id").get<std::string>()] = token;
    }

    void header()
    {
        QCOMPARE(m_doc.at("format").get<std::string>(), std::string("seance-dataset"));
        QCOMPARE(m_doc.at("version").get<int>(), 1);
        QVERIFY2(!m_doc.contains("posts"), "sample posts are generated, never bundled");
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("supply"); // empty: must be absent
        QTest::newRow("xrpl") << "xrpl-ghost-coin" << "GHOST" << "xrpl" << "live" << "";
        QTest::newRow("icp") << "icp-ghost" << "GHOST" << "icp" << "live" << "10000000000";
        QTest::newRow("ghostai") << "ghostai-hypothetical" << "GhostAI" << "unknown" << "hypothetical" << "";
        QTest::newRow("karpathyghost") << "karpathyghost-hypothetical" << "KarpathyGhost" << "unknown"
                                       << "hypothetical" << "";
        QTest::newRow("doge") << "dogecoin-doge" << "DOGE" << "dogecoin" << "live" << "";
        QTest::newRow("shib") << "ethereum-shib" << "SHIB" << "ethereum" << "live" << "1000000000000000";
        QTest::newRow("pepe") << "ethereum-pepe" << "PEPE" << "ethereum" << "live" << "420690000000000";
    }

    void tokens()
    {
        QFETCH(QString, id);
        QFETCH(QString, symbol);
        QFETCH(QString, chain);
        QFETCH(QString, status);
        QFETCH(QString, supply);
        QCOMPARE(m_tokens.size(), std::size_t(7));
        const auto it = m_tokens.find(id.toStdString());
        QVERIFY(it != m_tokens.end());
        const json& token = it->second;
        QCOMPARE(QString::fromStdString(token.at("symbol").get<std::string>()), symbol);
        QCOMPARE(QString::fromStdString(token.at("chain").get<std::string>()), chain);
        QCOMPARE(QString::fromStdString(token.at("status").get<std::string>()), status);
        if (supply.isEmpty()) {
            QVERIFY(!token.contains("total_supply"));
        } else {
            QVERIFY2(token.at("total_supply").is_string(), "supplies are exact decimal strings");
            QCOMPARE(QString::fromStdString(token.at("total_supply").get<std::string>()), supply);
        }
        QVERIFY(!token.at("sources").empty());
        QVERIFY(!token.at("tags").empty());
        QVERIFY(!token.at("aliases").empty());
    }

    void unknownsAreOmitted()
    {
        const json& xrpl = m_tokens.at("xrpl-ghost-coin");
        QVERIFY2(!xrpl.contains("address"), "the XRPL issuer is unknown");
        QVERIFY(!xrpl.contains("launched_at"));
        QVERIFY(!m_tokens.at("icp-ghost").contains("launched_at"));
        QVERIFY2(!m_tokens.at("ethereum-shib").contains("launched_at"), "only the month is known");
        QCOMPARE(m_tokens.at("dogecoin-doge").at("launched_at").get<std::string>(), std::string("2013-12-06"));
        for (const char* id : {"ghostai-hypothetical", "karpathyghost-hypothetical"}) {
            const json& token = m_tokens.at(id);
            QVERIFY(!token.contains("address"));
            QVERIFY(!token.contains("total_supply"));
            QVERIFY(token.at("tags").get<std::vector<std::string>>() == std::vector<std::string>(
                        {"ghost", "ai-narrative", "hypothetical"}));
        }
        QCOMPARE(m_tokens.at("ethereum-shib").at("address").get<std::string>(),
                 std::string("0x95aD61b0a150d79219dCF64E1E6Cc01f0B64C4cE"));
        QCOMPARE(m_tokens.at("ethereum-pepe").at("address").get<std::string>(),
                 std::string("0x6982508145454Ce325dDbE47a25d4ec3d2311933"));
        const std::string icpNote = m_tokens.at("icp-ghost").at("supply_note").get<std::string>();
        for (const char* share : {"75.92%", "20%", "4.08%"})
            QVERIFY(icpNote.find(share) != std::string::npos);
    }

    void datedEvents_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("url");
        QTest::newRow("sutton") << "2025-09-26" << "https://www.dwarkesh.com/p/richard-sutton";
        QTest::newRow("thread") << "2025-10-01" << "https://x.com/karpathy";
        QTest::newRow("karpathy") << "2025-10-17" << "https://www.dwarkesh.com/p/andrej-karpathy";
        QTest::newRow("doge") << "2013-12-06" << "https://en.wikipedia.org/wiki/Dogecoin";
        QTest::newRow("pepe")
            << "2023-04-17" << "https://sg.news.yahoo.com/pepe-coin-price-crypto-market-crashes-memecoin-050023523.html";
    }

    void datedEvents()
    {
        QFETCH(QString, date);
        QFETCH(QString, url);
        int found = 0;
        for (const json& event : m_doc.at("events")) {
            if (event.at("date").get<std::string>() != date.toStdString())
                continue;
            ++found;
            bool cited = false;
            for (const json& source : event.at("sources"))
                cited = cited || source.value("url", std::string()) == url.toStdString();
            QVERIFY2(cited, qPrintable(url));
        }
        QCOMPARE(found, 1);
    }

    void shibaDayIsMarkedUnknown()
    {
        for (const json& event : m_doc.at("events")) {
            if (event.at("id") == "shib-launch-2020-08") {
                QCOMPARE(event.at("date").get<std::string>(), std::string("2020-08-01"));
                QVERIFY(event.at("description").get<std::string>().rfind(
                            "August 2020; the day is not known \u2014 placed on the 1st", 0) == 0);
                return;
            }
        }
        QFAIL("no Shiba Inu launch event");
    }

    void everythingIsSourcedAndLinked()
    {
        std::map<std::string, bool> narratives;
        const QRegularExpression color(QStringLiteral("^#[0-9a-f]{6}$"));
        for (const json& narrative : m_doc.at("narratives")) {
            narratives[narrative.at("id").get<std::string>()] = true;
            QVERIFY(color.match(QString::fromStdString(narrative.at("color").get<std::string>())).hasMatch());
            checkSources(narrative.at("sources"));
        }
        QVERIFY(narratives.count("summoning-ghosts") && narratives.count("ghost-tokens"));
        for (const auto& [id, token] : m_tokens)
            checkSources(token.at("sources"));
        for (const json& event : m_doc.at("events")) {
            QVERIFY(narratives.count(event.at("narrative").get<std::string>()));
            for (const json& tokenId : event.at("tokens"))
                QVERIFY(m_tokens.count(tokenId.get<std::string>()));
            checkSources(event.at("sources"));
        }
    }

    void createSampleDatabaseBuildsTheWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nested/sample.seance"));
        QString error;
        QVERIFY2(createSampleDatabase(path, trivialScore, &error), qPrintable(error));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("nested"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("sample.seance")});

        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(isSampleDatabase(db));
        QCOMPARE(db.metaValue(QStringLiteral("sample_data")), QStringLiteral("1"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tokens")), 7);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE status = 'hypothetical'")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE chain = 'xrpl' AND address IS NULL")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM narratives")), 5);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM events")), 6);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM event_tokens WHERE event_id = "
                                          "'karpathy-thread-2025-10-01'")),
                 4);

        const qint64 posts = count(db, QStringLiteral("SELECT COUNT(*) FROM posts"));
        QCOMPARE(posts, qint64(defaultSamplePostCount));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE is_sample = 1")), posts);
        // The scorer ran at insert time; the Korean and Japanese posts stay unscored.
        const qint64 unscored = count(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE compound IS NULL"));
        QCOMPARE(unscored, count(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE lang IN ('ko', 'ja')")));
        QVERIFY2(unscored > posts * 4 / 100 && unscored < posts * 12 / 100, qPrintable(QString::number(unscored)));
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE compound > 0")) > 0);
        // The buckets were flushed: the daily counts add up to the posts.
        QCOMPARE(count(db, QStringLiteral("SELECT SUM(n) FROM sentiment_buckets WHERE granularity = 1 AND "
                                          "subject_kind = 0")) + count(db, QStringLiteral("SELECT SUM(n) FROM "
                                          "sentiment_buckets WHERE granularity = 1 AND subject_kind = 1")),
                 posts);
        db.close();

        // A second build never overwrites a workspace.
        const QByteArray before = fileHash(path);
        QVERIFY(!createSampleDatabase(path, trivialScore, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(fileHash(path), before);
    }

    void unscoredWithoutAScorer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.seance"));
        QString error;
        QVERIFY2(createSampleDatabase(path, ScoreFunction{}, &error), qPrintable(error));
        Database db;
        QVERIFY(db.open(path, &error));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE compound IS NOT NULL")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(defaultSamplePostCount));
    }

    void aFailedBuildLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.seance"));
        int calls = 0;
        const ScoreFunction failing = [&calls](std::string_view) -> SentimentScore {
            if (++calls > 100)
                throw std::runtime_error("scorer failed");
            return {};
        };
        bool threw = false;
        try {
            createSampleDatabase(path, failing);
        } catch (const std::runtime_error&) {
            threw = true;
        }
        QVERIFY(threw);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // The story reached its readers in Korean and Japanese: the catalogue's names in those scripts route real
    // posts (and what routes is what the scorer masks). The expected subjects, in any order.
    void routesKoreanAndJapanesePosts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("subjects");
        QTest::addColumn<bool>("ambiguous");
        const auto row = [](const char* name, const char* text, const char* source,
                            std::initializer_list<const char*> subjects, bool ambiguous) {
            QStringList ids;
            for (const char* id : subjects)
                ids.append(QString::fromUtf8(id));
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(source) << ids << ambiguous;
        };
        row("ko ghost, the chat decides", "고스트 최고! 좋아요", "IC GHOST Army", {"icp-ghost"}, false);
        row("ko ghost, nothing decides", "고스트 최고! 좋아요", "", {}, true);
        row("ko ghost coin", "고스트 코인 또 올랐네", "", {"xrpl-ghost-coin", "ghost-tokens"}, false);
        row("ko ghost coin, one word with a particle", "고스트코인이 또 올랐네", "",
            {"xrpl-ghost-coin", "ghost-tokens"}, false);
        row("ko ghost coin, two words with a particle", "고스트 코인이 또 올랐네", "",
            {"xrpl-ghost-coin", "ghost-tokens"}, false);
        row("ko doge", "도지코인 가즈아", "", {"dogecoin-doge", "dogecoin-origin"}, false);
        row("ko ghost, the word", "카파시의 유령 비유 진짜 공감된다", "", {"summoning-ghosts"}, false);
        row("ja ghost coin in a run of text", "ゴーストコインが上がった", "", {"xrpl-ghost-coin", "ghost-tokens"},
            false);
        row("ja pepe, shiba", "ペペとシバイヌ、どっち", "",
            {"ethereum-pepe", "pepe-origin", "ethereum-shib", "shiba-inu-origin"}, false);
        row("ja ghost town is no ghost", "ゴーストタウンみたい", "", {}, false);
        row("ja ghost, the word", "幽霊を召喚、って表現がいい", "", {"summoning-ghosts"}, false);
    }

    void routesKoreanAndJapanesePosts()
    {
        QFETCH(QString, text);
        QFETCH(QString, source);
        QFETCH(QStringList, subjects);
        QFETCH(bool, ambiguous);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(dir.isValid());
        QVERIFY2(db.open(dir.filePath(QStringLiteral("sample.seance")), &error), qPrintable(error));
        DatasetImportReport report;
        QVERIFY2(importDataset(db, QStringLiteral(":/sample/summoning-ghosts.json"), {}, &report, &error),
                 qPrintable(error));
        const auto names = std::make_shared<const NameIndex>(NameIndex::fromDatabase(db, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto router = PostRouter::create(names, {}, &error);
        QVERIFY2(router, qPrintable(error));
        PostRoute route;
        const QByteArray textUtf8 = text.toUtf8();
        const QByteArray sourceUtf8 = source.toUtf8();
        router->route(std::string_view(textUtf8.constData(), std::size_t(textUtf8.size())),
                      std::string_view(sourceUtf8.constData(), std::size_t(sourceUtf8.size())), route);
        QStringList routed;
        for (const int subject : route.subjects)
            routed.append(names->subjects()[static_cast<std::size_t>(subject)].id);
        routed.sort();
        subjects.sort();
        QCOMPARE(routed, subjects);
        QCOMPARE(route.ambiguous(), ambiguous);
    }

private:
    static void checkSources(const json& sources)
    {
        QVERIFY(!sources.empty());
        for (const json& source : sources) {
            QVERIFY(!source.at("label").get<std::string>().empty());
            if (source.contains("url"))
                QVERIFY(source.at("url").get<std::string>().rfind("https://", 0) == 0);
        }
    }

    json m_doc;
    std::map<std::string, json> m_tokens;
};

QTEST_GUILESS_MAIN(TestSampleDataset)
#include "tst_sampledataset.moc"
