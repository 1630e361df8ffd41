// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"
#include "models/storage/postwriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace seance;

class TestPostWriter : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("posts.seance"))));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('tok', 'Tok', 'TOK', 'x')"));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO narratives (id, title) VALUES ('nar', 'Nar')"));
    }
    void cleanup() { m_db.close(); QFile::remove(m_dir.filePath(QStringLiteral("posts.seance"))); }

    void bucketsMatchRawPosts()
    {
        const qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z, a Wednesday
        struct Input { qint64 t; std::optional<double> c; qint64 engagement; };
        const QList<Input> inputs = {
            {day0 + hourMs / 2, 0.5, 0},           // hour 0, positive
            {day0 + hourMs / 3, -0.3, 10},         // hour 0, negative
            {day0 + hourMs + 1, 0.01, 0},          // hour 1, neutral band
            {day0 + dayMs + 5, std::nullopt, 3},   // next day, unscored
            {day0 - 1, 0.9, 0},                    // previous day, same week (Monday is 2025-09-29)
        };
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY2(writer.prepare(&error), qPrintable(error));
        int i = 0;
        for (const Input& in : inputs) {
            PostRecord post;
            post.externalId = QStringLiteral("p%1").arg(i++);
            post.tokenId = QStringLiteral("tok");
            post.narrativeId = QStringLiteral("nar");
            post.postedAt = in.t;
            post.text = QStringLiteral("text");
            post.engagement = in.engagement;
            post.compound = in.c;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit(&error));
        QCOMPARE(writer.insertedCount(), 5);
        QCOMPARE(writer.unscoredCount(), 1);

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT n, n_scored, n_pos, n_neg, n_unscored, sum_compound FROM sentiment_buckets "
                                      "WHERE subject_kind = 0 AND granularity = 0 AND bucket_start = %1").arg(day0)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(5).toDouble(), 0.2);

        QVERIFY(q.exec(QStringLiteral("SELECT n, n_unscored FROM sentiment_buckets WHERE subject_kind = 1 "
                                      "AND granularity = 1 AND bucket_start = %1").arg(day0 + dayMs)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);

        // Weekly: all five posts fall in the week from Monday 2025-09-29.
        const qint64 monday = day0 - 2 * dayMs;
        QCOMPARE(bucketStart(day0 + dayMs + 5, Granularity::Week), monday);
        QVERIFY(q.exec(QStringLiteral("SELECT n, n_scored FROM sentiment_buckets WHERE subject_kind = 0 AND granularity = 2")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).toInt(), 4);
        QVERIFY(!q.next());

        // Brute force over the raw posts for every daily bucket.
        QVERIFY(q.exec(QStringLiteral("SELECT bucket_start, n, sum_compound FROM sentiment_buckets WHERE subject_kind = 0 AND granularity = 1")));
        int buckets = 0;
        while (q.next()) {
            ++buckets;
            const qint64 start = q.value(0).toLongLong();
            QSqlQuery raw(m_db.connection());
            QVERIFY(raw.exec(QStringLiteral("SELECT count(*), total(compound) FROM posts WHERE token_id = 'tok' "
                                            "AND posted_at >= %1 AND posted_at < %2").arg(start).arg(start + dayMs)));
            QVERIFY(raw.next());
            QCOMPARE(q.value(1).toInt(), raw.value(0).toInt());
            QCOMPARE(q.value(2).toDouble(), raw.value(1).toDouble());
        }
        QCOMPARE(buckets, 3);
    }

    void duplicatesAreSkippedAndNotCounted()
    {
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        PostRecord post = helloPost(0.4);
        post.externalId = QStringLiteral("same");
        QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        QCOMPARE(writer.insert(post, &error), PostWriter::Result::Duplicate);
        post.externalId.clear(); // posts without an id are never duplicates
        QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit());
        QCOMPARE(writer.duplicateCount(), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(n) FROM sentiment_buckets WHERE subject_kind = 0 AND granularity = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void flushesAddUpWithoutRepeatingEarlierSums()
    {
        // The importer flushes every so many posts; each flush adds what came since the last one, in the
        // same buckets and in new ones, and nothing twice.
        const qint64 day0 = 1'759'276'800'000;
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        PostRecord post = helloPost(0.5);
        for (const qint64 t : {day0, day0 + 1, day0 + dayMs}) {
            post.postedAt = t;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        for (const qint64 t : {day0 + 2, day0 + 2 * dayMs}) {
            post.postedAt = t;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(writer.flushBuckets(&error)); // nothing new: changes nothing
        QVERIFY(transaction.commit());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT bucket_start, n, sum_compound FROM sentiment_buckets "
                                      "WHERE subject_kind = 0 AND granularity = 1 ORDER BY bucket_start")));
        QList<qint64> starts;
        QList<int> counts;
        while (q.next()) {
            starts << q.value(0).toLongLong();
            counts << q.value(1).toInt();
            QCOMPARE(q.value(2).toDouble(), 0.5 * q.value(1).toInt());
        }
        QCOMPARE(starts, (QList<qint64>{day0, day0 + dayMs, day0 + 2 * dayMs}));
        QCOMPARE(counts, (QList<int>{3, 1, 1}));
    }

    void unknownTokenFailsTheInsert()
    {
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        PostRecord post;
        post.tokenId = QStringLiteral("missing");
        post.text = QStringLiteral("hello");
        QCOMPARE(writer.insert(post, &error), PostWriter::Result::Failed);
        QVERIFY(error.contains(QLatin1String("FOREIGN KEY")));
    }

private:
    static PostRecord helloPost(double compound)
    {
        PostRecord post;
        post.tokenId = QStringLiteral("tok");
        post.text = QStringLiteral("hello");
        post.compound = compound;
        return post;
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestPostWriter)
#include "tst_postwriter.moc"
