// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/postrescoring.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"
#include "postfixtures.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace seance;

namespace {

constexpr qint64 hourMs = 3'600'000;

// A stand-in scorer whose value depends only on the text: texts starting "ko:" are unscored.
SentimentScore fakeScore(std::string_view text)
{
    if (text.substr(0, 3) == "ko:")
        return {0, 0, 1, 0, false};
    const std::size_t hash = std::hash<std::string_view>{}(text);
    const double compound = double(int(hash % 2001) - 1000) / 1000.0;
    return {compound, compound > 0 ? compound : 0, 1 - std::abs(compound), compound < 0 ? -compound : 0, true};
}

// Posts over three weeks for two tokens and a narrative, with engagement and some unscored text.
QList<PostRecord> makePosts(int count, bool scored)
{
    QList<PostRecord> posts;
    for (int i = 0; i < count; ++i) {
        PostRecord post;
        post.externalId = QStringLiteral("p%1").arg(i);
        post.tokenId = i % 5 == 4 ? QString() : (i % 2 ? QStringLiteral("a") : QStringLiteral("b"));
        if (i % 3 == 0 || post.tokenId.isEmpty())
            post.narrativeId = QStringLiteral("n");
        post.postedAt = 1'759'276'800'000 + qint64(i) * 7 * hourMs / 10; // 42 minutes apart
        post.text = i % 13 == 0 ? QStringLiteral("ko:%1").arg(i) : QStringLiteral("post %1 text").arg(i * 7919);
        post.engagement = (i * 37) % 500;
        if (scored) {
            const QByteArray utf8 = post.text.toUtf8();
            const SentimentScore score = fakeScore(std::string_view(utf8.constData(), std::size_t(utf8.size())));
            if (score.scored) {
                post.compound = score.compound;
                post.pos = score.pos;
                post.neu = score.neu;
                post.neg = score.neg;
            }
        }
        posts << post;
    }
    return posts;
}

// Every row of a query as text, doubles with all their digits, so two databases compare exactly.
QStringList dump(const Database& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {QStringLiteral("query failed")};
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            fields << (value.isNull() ? QStringLiteral("NULL")
                       : value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17)
                                                             : value.toString());
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

const QString bucketsSql = QStringLiteral("SELECT * FROM sentiment_buckets "
                                          "ORDER BY subject_kind, subject_id, granularity, bucket_start");
const QString scoresSql = QStringLiteral("SELECT external_id, compound, pos, neu, neg FROM posts ORDER BY id");

} // namespace

class TestPostRescoring : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // Rescoring posts stored without scores gives the posts and buckets an import with the scorer gives.
    void rescoreMatchesAnImportWithTheScorer()
    {
        Database rescored;
        QVERIFY(openWithSubjects(rescored, QStringLiteral("rescored.seance")));
        QString error;
        QVERIFY2(testing::writePosts(rescored, makePosts(5000, false), &error), qPrintable(error));
        Database imported;
        QVERIFY(openWithSubjects(imported, QStringLiteral("imported.seance")));
        QVERIFY2(testing::writePosts(imported, makePosts(5000, true), &error), qPrintable(error));
        QVERIFY(dump(rescored, bucketsSql) != dump(imported, bucketsSql));

        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        RescoreOptions options;
        options.score = fakeScore;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done > lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const RescoreResult result = rescoreAllPosts(rescored, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.posts, 5000);
        QCOMPARE(result.unscored, 385); // i % 13 == 0 for 0 <= i < 5000
        QCOMPARE(result.changed, 5000 - 385);
        QCOMPARE(lastDone, 5000);
        QCOMPARE(lastTotal, 5000);
        QCOMPARE(dump(rescored, scoresSql), dump(imported, scoresSql));
        QCOMPARE(dump(rescored, bucketsSql), dump(imported, bucketsSql));

        // Nothing moves the second time.
        lastDone = -1;
        const RescoreResult again = rescoreAllPosts(rescored, options);
        QVERIFY(again.ok);
        QCOMPARE(again.changed, 0);
        QCOMPARE(dump(rescored, bucketsSql), dump(imported, bucketsSql));
    }

    void cancelLeavesEverythingAsItWas()
    {
        Database db;
        QVERIFY(openWithSubjects(db, QStringLiteral("cancel.seance")));
        QString error;
        QVERIFY2(testing::writePosts(db, makePosts(9000, false), &error), qPrintable(error));
        const QStringList bucketsBefore = dump(db, bucketsSql);
        const QStringList scoresBefore = dump(db, scoresSql);
        std::atomic_bool cancel{false};
        RescoreOptions options;
        options.score = fakeScore;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64) {
            if (done >= 4096)
                cancel = true;
        };
        const RescoreResult result = rescoreAllPosts(db, options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(dump(db, bucketsSql), bucketsBefore);
        QCOMPARE(dump(db, scoresSql), scoresBefore);
    }

    // The reason to rescore: a token renamed to "Sad Token" masks "sad" in its posts from then on.
    void renamedTokenIsMaskedAfterRescoring()
    {
        Database db;
        QVERIFY(openWithSubjects(db, QStringLiteral("rename.seance")));
        PostRecord post;
        post.tokenId = QStringLiteral("a");
        post.postedAt = 1'759'276'800'000;
        post.text = QStringLiteral("Sad Token is great");
        QString error;
        QVERIFY2(testing::writePosts(db, {post}, &error), qPrintable(error));
        RescoreOptions options;
        options.score = workspaceScoreFunction(db, QString());
        QVERIFY(rescoreAllPosts(db, options).ok);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT compound FROM posts")) && query.next());
        const double before = query.value(0).toDouble();

        QVERIFY(query.exec(QStringLiteral("UPDATE tokens SET name = 'Sad Token' WHERE id = 'a'")));
        options.score = workspaceScoreFunction(db, QString());
        const RescoreResult result = rescoreAllPosts(db, options);
        QVERIFY(result.ok);
        QCOMPARE(result.changed, 1);
        QVERIFY(query.exec(QStringLiteral("SELECT compound FROM posts")) && query.next());
        const double after = query.value(0).toDouble();
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(query.exec(QStringLiteral("SELECT sum_compound FROM sentiment_buckets WHERE granularity = 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toDouble(), after);
    }

private:
    bool openWithSubjects(Database& db, const QString& name)
    {
        QString error;
        if (!db.open(m_dir->filePath(name), &error))
            return false;
        return execSql(db.handle(),
                       "INSERT INTO tokens (id, name, symbol, chain) VALUES ('a', 'Alpha Coin', 'AAA', 'x'), "
                       "('b', 'Beta Coin', 'BBB', 'x'); "
                       "INSERT INTO narratives (id, title) VALUES ('n', 'Night story')");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestPostRescoring)
#include "tst_postrescoring.moc"
