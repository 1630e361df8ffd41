// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingcatalog.h"

#include "models/routing/socialimport.h"
#include "models/sentiment/postrescoring.h"
#include "models/storage/database.h"
#include "models/storage/narrativestore.h"
#include "models/storage/poststore.h"
#include "models/storage/tokenstore.h"
#include "models/storage/walcheckpoint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;
using namespace Qt::StringLiterals;

namespace {

social::SocialPost post(int i, const char* text, const char* source = "Some chat")
{
    social::SocialPost p;
    p.id = "tg:1:" + std::to_string(i);
    p.postedAtMs = 1'759'276'800'000 + i * 60'000;
    p.author = "author" + std::to_string(i % 3);
    p.text = text;
    p.engagement = i;
    p.source = source;
    return p;
}

// Posts in memory as a reader would hand them over; failAt >= 0 makes the read fail at that post, as a
// malformed record would.
SocialSource memorySource(std::vector<social::SocialPost> posts, int failAt = -1)
{
    return [posts = std::move(posts), failAt](const social::SocialReadOptions& options,
                                              const social::SocialPostHandler& handler) {
        social::SocialReadReport report;
        for (std::size_t i = 0; i < posts.size(); ++i) {
            if (static_cast<int>(i) == failAt) {
                report.error = u"chat.json: message %1: date_unixtime: not a number"_s.arg(i + 1);
                return report;
            }
            if ((options.cancel && options.cancel->load()) || !handler(posts[i])) {
                report.cancelled = true;
                return report;
            }
            ++report.posts;
            if (options.progress)
                options.progress(static_cast<qint64>(i + 1), static_cast<qint64>(posts.size()));
        }
        report.ok = true;
        report.skippedService = 2;
        return report;
    };
}

std::vector<social::SocialPost> chat()
{
    return {post(1, "$PEPE is up"),
            post(2, "$PEPE and $DOGE both green"),
            post(3, "$GHOST wen moon", "IC GHOST Army"),
            post(4, "$GHOST is dead"),
            post(5, "gm everyone"),
            post(6, "ゴーストが上がった"),
            post(7, "the team ghosted us")};
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

SentimentScore fixedScore(std::string_view)
{
    return {0.5, 0.5, 0.5, 0, true};
}

qint64 countCredited(const SocialImportReport& report, const QString& id)
{
    for (const SocialSubjectCount& subject : report.subjects) {
        if (subject.id == id)
            return subject.posts;
    }
    return 0;
}

} // namespace

class TestSocialImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"social.seance"_s);
        QFile::remove(m_path);
        QVERIFY(m_db.open(m_path));
        for (const TokenRecord& token : testing::routingTokens())
            QVERIFY(TokenStore(m_db).insert(token));
        for (const NarrativeRecord& narrative : testing::routingNarratives())
            QVERIFY(NarrativeStore(m_db).insert(narrative));
    }
    void cleanup()
    {
        m_db.close();
        waitForBackgroundCheckpoints();
    }

    void routesCountsAndStores_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("import") << false;
        QTest::newRow("dry run") << true;
    }
    void routesCountsAndStores()
    {
        QFETCH(bool, dryRun);
        SocialImportOptions options;
        options.score = fixedScore;
        options.dryRun = dryRun;
        options.batchSize = 2;
        options.previewLimit = 3;
        const SocialImportReport report = importSocialPosts(m_db, memorySource(chat()), u"chat.json"_s, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.posts, 7);
        QCOMPARE(report.routed, 4);
        QCOMPARE(report.inserted, dryRun ? 0 : 4);
        QCOMPARE(countCredited(report, u"ethereum-pepe"_s), 2);
        QCOMPARE(countCredited(report, u"dogecoin-doge"_s), 1);
        QCOMPARE(countCredited(report, u"icp-ghost"_s), 2);
        QCOMPARE(countCredited(report, u"xrpl-ghost-coin"_s), 0);
        QCOMPARE(report.ambiguous, 1);
        QCOMPARE(report.ambiguousNames.size(), 1);
        QCOMPARE(report.ambiguousNames.first().second, 1);
        QCOMPARE(report.unmatched, 2);
        QCOMPARE(report.multiSubject, 1);
        QCOMPARE(report.skipped(), 2);
        QCOMPARE(report.firstMs, 1'759'276'800'000 + 60'000);
        QCOMPARE(report.lastMs, 1'759'276'800'000 + 6 * 60'000);
        QCOMPARE(report.preview.size(), 3);
        QCOMPARE(report.preview.at(1).routedTo.size(), 2);
        QCOMPARE(count("posts"), dryRun ? 0 : 4);
        if (dryRun)
            return;
        // The post that names PEPE and DOGE is stored once and counts once in each token's buckets.
        QCOMPARE(count("post_subjects"), 1);
        QCOMPARE(postsInBuckets(u"ethereum-pepe"_s), 2);
        QCOMPARE(postsInBuckets(u"dogecoin-doge"_s), 1);
        QCOMPARE(postsInBuckets(u"icp-ghost"_s), 2);
        QCOMPARE(postsInBuckets(u"xrpl-ghost-coin"_s), 0);
        QCOMPARE(PostStore(m_db).countForToken(u"dogecoin-doge"_s), 1);
        // The file passes the integrity check that opening runs.
        m_db.close();
        QString error;
        QVERIFY2(m_db.open(m_path, &error), qPrintable(error));
    }

    // Rescoring rebuilds every bucket from the stored posts: the further subjects count again, and the
    // posts list finds the post under each of its tokens.
    void postAboutTwoTokensIsListedAndRescoredUnderEach()
    {
        SocialImportOptions options;
        options.score = fixedScore;
        QVERIFY(importSocialPosts(m_db, memorySource(chat()), u"chat.json"_s, options).ok);
        const QString sums = bucketSums();
        RescoreOptions rescore;
        rescore.score = fixedScore;
        const RescoreResult result = rescoreAllPosts(m_db, rescore);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(bucketSums(), sums);
        QCOMPARE(postsInBuckets(u"dogecoin-doge"_s), 1);
        for (const QString& token : {u"dogecoin-doge"_s, u"ethereum-pepe"_s}) {
            PostFilter filter;
            filter.tokenIds = {token};
            QSqlQuery page = PostStore::page(m_db.connection(), filter, std::nullopt, 10);
            QVERIFY(page.isActive());
            QStringList texts;
            while (page.next())
                texts.append(page.value(PostStore::PageText).toString());
            QVERIFY2(texts.contains(u"$PEPE and $DOGE both green"_s), qPrintable(texts.join(u'|')));
        }
    }

    void reimportAddsNothing()
    {
        SocialImportOptions options;
        options.score = fixedScore;
        const SocialImportReport first = importSocialPosts(m_db, memorySource(chat()), u"chat.json"_s, options);
        QVERIFY2(first.ok, qPrintable(first.error));
        const qint64 buckets = count("sentiment_buckets");
        const QString sums = bucketSums();
        const SocialImportReport second = importSocialPosts(m_db, memorySource(chat()), u"chat.json"_s, options);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.duplicates, 4);
        QVERIFY(second.subjects.isEmpty());
        QCOMPARE(count("posts"), 4);
        QCOMPARE(count("sentiment_buckets"), buckets);
        QCOMPARE(bucketSums(), sums);
    }

    void failuresLeaveTheWorkspaceAsItWas_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad record after stored batches") << 5 << false << u"mentions"_s << u"message 6"_s;
        QTest::newRow("bad first record") << 0 << false << u"mentions"_s << u"date_unixtime"_s;
        QTest::newRow("cancel") << -1 << true << u"mentions"_s << u"cancelled"_s;
        QTest::newRow("unknown token") << -1 << false << u"token:nope"_s << u"nope"_s;
    }
    void failuresLeaveTheWorkspaceAsItWas()
    {
        QFETCH(int, failAt);
        QFETCH(bool, cancel);
        QFETCH(QString, route);
        QFETCH(QString, message);
        m_db.close();
        waitForBackgroundCheckpoints();
        const QByteArray before = fileHash(m_path);
        QVERIFY(!before.isEmpty());
        QVERIFY(m_db.open(m_path));
        SocialImportOptions options;
        options.score = fixedScore;
        options.batchSize = 2;
        options.routing = *RouteSpec::parse(route, nullptr);
        std::atomic_bool cancelFlag = false;
        options.cancel = &cancelFlag;
        int batches = 0;
        options.progress = [&](qint64, qint64) {
            if (cancel && ++batches == 2)
                cancelFlag = true;
        };
        const SocialImportReport report =
            importSocialPosts(m_db, memorySource(chat(), failAt), u"chat.json"_s, options);
        QVERIFY(!report.ok);
        QCOMPARE(report.cancelled, cancel);
        QVERIFY2(report.error.contains(message), qPrintable(report.error));
        QCOMPARE(fileHash(m_path), before);
        m_db.close();
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(m_db.open(m_path));
        QCOMPARE(count("posts"), 0);
    }

    void keepsUnmatchedUnderANarrative()
    {
        SocialImportOptions options;
        options.routing.keepUnmatched = u"misc"_s;
        const SocialImportReport report = importSocialPosts(m_db, memorySource(chat()), u"chat.json"_s, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        // The two that named nothing and the one whose $GHOST nothing decided.
        QCOMPARE(report.keptUnmatched, 3);
        QCOMPARE(report.unmatched, 2);
        QCOMPARE(countCredited(report, u"misc"_s), 3);
        QCOMPARE(report.inserted, 7);
        QCOMPARE(report.unscored, 7); // no score function: every stored post is unscored
    }

private:
    // Posts in the subject's daily buckets.
    qint64 postsInBuckets(const QString& id)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT coalesce(sum(n), 0) FROM sentiment_buckets WHERE subject_id = ? AND granularity = 1"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    qint64 count(const char* table)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + QLatin1String(table)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QString bucketSums()
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT subject_id, granularity, sum(n), sum(sum_compound) FROM sentiment_buckets "
                    "GROUP BY subject_id, granularity ORDER BY subject_id, granularity"_s))
            return {};
        QStringList rows;
        while (q.next())
            rows.append(u"%1/%2/%3/%4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString()));
        return rows.join(u'\n');
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSocialImport)
#include "tst_socialimport.moc"
