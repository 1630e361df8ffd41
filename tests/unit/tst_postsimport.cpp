// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/posts/postsimport.h"
#include "models/storage/database.h"
#include "models/storage/walcheckpoint.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace seance;

namespace {

// A deterministic stand-in for the scorer: a function of the bytes, and "unscored" for Hangul text
// (lead bytes 0xEA–0xED), as the real scorer marks scripts its lexicon does not cover.
SentimentScore testScore(std::string_view text)
{
    SentimentScore score;
    unsigned sum = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0xEA && byte <= 0xED) {
            score.scored = false;
            return score;
        }
        sum += byte;
    }
    score.compound = static_cast<double>(static_cast<int>(sum % 201) - 100) / 100.0;
    score.pos = std::max(score.compound, 0.0);
    score.neg = std::max(-score.compound, 0.0);
    score.neu = 1.0 - score.pos - score.neg;
    return score;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray goodJsonLine(int i)
{
    return QByteArray("{\"id\": \"g") + QByteArray::number(i) + "\", \"time\": "
           + QByteArray::number(1'759'276'800 + i * 600) + ", \"token\": \"tok\", \"text\": \"post " + QByteArray::number(i)
           + " is fine\", \"engagement\": " + QByteArray::number(i % 7) + "}\n";
}

QByteArray goodCsvLine(int i)
{
    return "g" + QByteArray::number(i) + "," + QByteArray::number(1'759'276'800 + i * 600) + ",tok,\"post "
           + QByteArray::number(i) + ", fine\"," + QByteArray::number(i % 7) + "\n";
}

const QByteArray csvHeader = "id,time,token,text,engagement\n";

} // namespace

class TestPostsImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("posts.seance"));
        QFile::remove(m_path);
        QVERIFY(m_db.open(m_path));
        QVERIFY(execSql(m_db.handle(),
                        "INSERT INTO tokens (id, name, symbol, chain) VALUES ('tok', 'Tok', 'TOK', 'x'), "
                        "('ghost-icp', 'GHOST', 'GHOST', 'icp');"
                        "INSERT INTO narratives (id, title) VALUES ('summoning-ghosts', 'Summoning ghosts');"));
    }
    void cleanup()
    {
        m_db.close();
        // init() replaces the file, which must not happen under a checkpoint still copying into it.
        waitForBackgroundCheckpoints();
    }

    void importsFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("JSON Lines") << QStringLiteral("posts.jsonl");
        QTest::newRow("CSV with BOM and CRLF") << QStringLiteral("posts.csv");
    }
    void importsFixtures()
    {
        QFETCH(QString, fixture);
        PostsImportOptions options;
        options.score = testScore;
        const PostsImportResult result =
            importPosts(m_db, QStringLiteral(SEANCE_FIXTURES_DIR "/posts/") + fixture, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 5);
        QCOMPARE(result.duplicates, 0);
        QCOMPARE(result.unscored, 1);
        QCOMPARE(result.linesRead, fixture.endsWith(QLatin1String(".csv")) ? 7 : 6);

        // Golden rows: NULL reads back as an invalid QVariant, shown here as "<null>".
        const QStringList expected = {
            QStringLiteral("p1|ghost-icp|<null>|1759276800000|alice|en|GHOST is going to the moon, wagmi|12|scored"),
            QStringLiteral("2|ghost-icp|summoning-ghosts|1759280400000|<null>|<null>|He said \"summoning ghosts\",\nnot animals|0|scored"),
            QStringLiteral("p3|<null>|summoning-ghosts|1759284000500|<null>|ko|유령을 소환한다|0|unscored"),
            QStringLiteral("p4|tok|<null>|1759363200000|<null>|<null>|rug pull, stay away|3|scored"),
            QStringLiteral("<null>|tok|<null>|1759365000000|<null>|<null>|no id 👻 here|0|scored"),
        };
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT external_id, token_id, narrative_id, posted_at, author, lang, text, "
                                      "engagement, compound, is_sample FROM posts ORDER BY id")));
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 8; ++i)
                fields << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            fields << (q.value(8).isNull() ? QStringLiteral("unscored") : QStringLiteral("scored"));
            rows << fields.join(QLatin1Char('|'));
            QCOMPARE(q.value(9).toInt(), 0);
        }
        QCOMPARE(rows, expected);
        QVERIFY(q.exec(QStringLiteral("SELECT compound FROM posts WHERE external_id = 'p4'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), testScore("rug pull, stay away").compound);
    }

    void badRecordAbortsEverything_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        auto json = [](const char* name, const QByteArray& line, const char* field, const char* reason) {
            QTest::newRow(name) << false << line << QString::fromUtf8(field) << QString::fromUtf8(reason);
        };
        json("invalid JSON", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"x\"", "", "invalid JSON");
        json("not an object", "[1, 2]", "", "not a JSON object");
        json("missing text", "{\"time\": 1759276800, \"token\": \"tok\"}", "text", "missing");
        json("missing time", "{\"token\": \"tok\", \"text\": \"x\"}", "time", "missing");
        json("text as an object", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": {\"a\": 1}}", "text",
             "wrong type");
        json("text of the wrong type", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": 5}", "text", "wrong type");
        json("engagement of the wrong type", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"x\", \"engagement\": \"lots\"}",
             "engagement", "wrong type");
        json("negative engagement", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"x\", \"engagement\": -1}",
             "engagement", "negative");
        json("bad timestamp", "{\"posted_at\": \"2025-13-01\", \"token\": \"tok\", \"text\": \"x\"}", "posted_at",
             "not an ISO 8601 time");
        json("unknown token", "{\"time\": 1759276800, \"token\": \"nope\", \"text\": \"x\"}", "token", "unknown token id \"nope\"");
        json("unknown narrative", "{\"time\": 1759276800, \"narrative\": \"nope\", \"text\": \"x\"}", "narrative",
             "unknown narrative id");
        json("no subject", "{\"time\": 1759276800, \"text\": \"x\"}", "token", "needs a token or a narrative");
        json("text over 64 KiB", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"" + QByteArray(65537, 'a') + "\"}",
             "text", "longer than 65536 bytes");
        json("invalid UTF-8", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"caf\xC3\x28\"}", "text",
             "invalid JSON");
        json("overlong UTF-8", "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"\xC0\xAF\"}", "text", "invalid JSON");
        auto csv = [](const char* name, const QByteArray& line, const char* field, const char* reason) {
            QTest::newRow(name) << true << line << QString::fromUtf8(field) << QString::fromUtf8(reason);
        };
        csv("CSV invalid UTF-8", "x1,1759276800,tok,\"caf\xC3\x28\",1", "text", "invalid UTF-8");
        csv("CSV missing field", "x1,1759276800,tok,text", "", "expected 5 fields as in the header, found 4");
        csv("CSV bad engagement", "x1,1759276800,tok,text,12x", "engagement", "non-negative integer");
        csv("CSV bad time", "x1,yesterday,tok,text,1", "time", "not an ISO 8601 time");
        csv("CSV unknown token", "x1,1759276800,nope,text,1", "token", "unknown token id");
    }
    void badRecordAbortsEverything()
    {
        QFETCH(bool, csv);
        QFETCH(QByteArray, bad);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        // The bad record is line 8: after two whole batches of three, so rows are already in the transaction.
        QByteArray input = csv ? csvHeader : QByteArray();
        const int first = csv ? 1 : 0;
        for (int i = first; i < 7; ++i)
            input += csv ? goodCsvLine(i) : goodJsonLine(i);
        input += bad + "\n";
        for (int i = 8; i < 20; ++i)
            input += csv ? goodCsvLine(i) : goodJsonLine(i);
        const QString source = m_dir.filePath(csv ? QStringLiteral("bad.csv") : QStringLiteral("bad.jsonl"));
        writeFile(source, input);

        m_db.close();
        const QByteArray before = fileHash(m_path);
        QVERIFY(!before.isEmpty());
        QVERIFY(m_db.open(m_path));
        PostsImportOptions options;
        options.score = testScore;
        options.batchSize = 3;
        const PostsImportResult result = importPosts(m_db, source, options);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.errorLine, 8);
        QCOMPARE(result.errorField, field);
        QVERIFY2(result.error.startsWith(source + QStringLiteral(":8: ")), qPrintable(result.error));
        if (!field.isEmpty())
            QVERIFY2(result.error.contains(QStringLiteral("field \"%1\"").arg(field)), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(fileHash(m_path), before); // untouched even before the connection closes
        m_db.close();
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(m_db.open(m_path));
        QCOMPARE(count("posts"), 0);
        QCOMPARE(count("sentiment_buckets"), 0);
    }

    void connectionSettingsAreRestored_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("success") << goodJsonLine(1);
        QTest::newRow("failure") << QByteArray("{\"time\": 1}\n");
    }
    void connectionSettingsAreRestored()
    {
        // The import turns SQLite's per-row foreign-key checks off (it checks every id itself) and enlarges
        // the page cache, and stops the commit from checkpointing; the connection must get all three back,
        // however the import ends.
        QFETCH(QByteArray, input);
        QVERIFY(execSql(m_db.handle(), "PRAGMA cache_size = -1234"));
        QVERIFY(execSql(m_db.handle(), "PRAGMA wal_autocheckpoint = 321"));
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        importPosts(m_db, &buffer, QStringLiteral("x.jsonl"), PostsFormat::JsonLines);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), -1234);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), 321);
        q.finish();
        QVERIFY(!execSql(m_db.handle(), "INSERT INTO posts (token_id, posted_at, text) VALUES ('missing', 0, 'x')"));
    }

    void readerErrorsName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("CSV unterminated quote") << QStringLiteral("open.csv")
                                                << QByteArray(csvHeader + goodCsvLine(1) + "x,1759276800,tok,\"never closed,1\n")
                                                << qint64(3) << QStringLiteral(":3: unterminated quoted field");
        QTest::newRow("JSON line over 1 MiB") << QStringLiteral("long.jsonl")
                                              << QByteArray(goodJsonLine(1) + QByteArray(2 << 20, ' ') + "\n")
                                              << qint64(2) << QStringLiteral(":2: line longer than 1048576 bytes");
        QTest::newRow("CSV without a text column") << QStringLiteral("header.csv") << QByteArray("time,token\n1,tok\n")
                                                   << qint64(1) << QStringLiteral("the header has no text column");
    }
    void readerErrorsName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(QString, reason);
        const QString source = m_dir.filePath(name);
        writeFile(source, input);
        const PostsImportResult result = importPosts(m_db, source);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorLine, line);
        QVERIFY2(result.error.startsWith(source), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(count("posts"), 0);
    }

    void cancelAfterFirstBatchRollsBack()
    {
        QByteArray input;
        for (int i = 0; i < 40; ++i)
            input += goodJsonLine(i);
        const QString source = m_dir.filePath(QStringLiteral("cancel.jsonl"));
        writeFile(source, input);
        m_db.close();
        const QByteArray before = fileHash(m_path);
        QVERIFY(m_db.open(m_path));

        std::atomic_bool cancel = false;
        int calls = 0;
        PostsImportOptions options;
        options.batchSize = 4;
        options.cancel = &cancel;
        options.progress = [&](qint64, qint64) {
            ++calls;
            cancel = true; // the user presses Cancel while the first batch is reported
        };
        const PostsImportResult result = importPosts(m_db, source, options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(count("posts"), 0);
        m_db.close();
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(m_db.open(m_path));
    }

    void duplicatesAreSkippedAndCounted()
    {
        QVERIFY(execSql(m_db.handle(), "INSERT INTO posts (external_id, token_id, posted_at, text) "
                                       "VALUES ('g3', 'tok', 0, 'already here')"));
        QByteArray input = goodJsonLine(1) + goodJsonLine(2) + goodJsonLine(1) + goodJsonLine(3) + goodJsonLine(2);
        // Posts without an id are never duplicates of each other.
        input += "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"anonymous\"}" "\n";
        input += "{\"time\": 1759276800, \"token\": \"tok\", \"text\": \"anonymous\"}" "\n";
        const QString source = m_dir.filePath(QStringLiteral("dups.jsonl"));
        writeFile(source, input);
        PostsImportOptions options;
        options.batchSize = 2; // duplicates across batches, too
        const PostsImportResult result = importPosts(m_db, source, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 4);
        QCOMPARE(result.duplicates, 3);
        QCOMPARE(result.unscored, 4); // no score function: everything unscored
        QCOMPARE(count("posts"), 5);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT text FROM posts WHERE external_id = 'g3'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("already here"));
        // Buckets count only what was inserted.
        QVERIFY(q.exec(QStringLiteral("SELECT sum(n), sum(n_unscored) FROM sentiment_buckets WHERE granularity = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toInt(), 4);
    }

    void insertOrderFollowsTheFile()
    {
        QByteArray input;
        const int total = 3000;
        for (int i = 0; i < total; ++i)
            input += goodJsonLine(i);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QThreadPool pool;
        pool.setMaxThreadCount(4); // more threads than cores: the map finishes slots out of order
        QList<qint64> progress;
        PostsImportOptions options;
        options.score = testScore;
        options.pool = &pool;
        options.batchSize = 97;
        options.markAsSample = true;
        options.progress = [&](qint64 done, qint64 totalBytes) {
            QCOMPARE(totalBytes, qint64(input.size()));
            progress << done;
        };
        const PostsImportResult result = importPosts(m_db, &buffer, QStringLiteral("memory.jsonl"), PostsFormat::Auto, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, total);
        QCOMPARE(result.linesRead, total);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.constLast(), qint64(input.size()));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT external_id, is_sample, compound FROM posts ORDER BY id")));
        int i = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), QStringLiteral("g%1").arg(i));
            QCOMPARE(q.value(1).toInt(), 1);
            const QByteArray text = "post " + QByteArray::number(i) + " is fine";
            QCOMPARE(q.value(2).toDouble(), testScore(std::string_view(text.constData(), std::size_t(text.size()))).compound);
            ++i;
        }
        QCOMPARE(i, total);
    }

    void committedPostsReachTheMainFileInTheBackground()
    {
        // The commit leaves the posts in the write-ahead log and the import returns; a background checkpoint
        // then copies them into the main file, which grows although this connection never checkpoints.
        QVERIFY(execSql(m_db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 sizeBefore = QFileInfo(m_path).size();
        QByteArray json;
        for (int i = 0; i < 3000; ++i)
            json += goodJsonLine(i);
        QBuffer buffer(&json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(importPosts(m_db, &buffer, QStringLiteral("x.jsonl"), PostsFormat::JsonLines).ok);
        waitForBackgroundCheckpoints();
        QVERIFY2(QFileInfo(m_path).size() > sizeBefore + 4 * 32768,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(sizeBefore).arg(QFileInfo(m_path).size())));
        QCOMPARE(count("posts"), 3000);
    }

    void csvAndJsonGiveTheSameBuckets()
    {
        QByteArray json;
        QByteArray csv = csvHeader;
        for (int i = 0; i < 500; ++i) {
            json += goodJsonLine(i);
            csv += goodCsvLine(i);
        }
        // The CSV texts carry a comma: fix the JSON ones to match.
        json.replace(" is fine", ", fine");
        const QString jsonPath = m_dir.filePath(QStringLiteral("same.jsonl"));
        const QString csvPath = m_dir.filePath(QStringLiteral("same.csv"));
        writeFile(jsonPath, json);
        writeFile(csvPath, csv);
        PostsImportOptions options;
        options.score = testScore;
        QVERIFY(importPosts(m_db, jsonPath, options).ok);
        const QStringList fromJson = buckets();
        QVERIFY(execSql(m_db.handle(), "DELETE FROM posts; DELETE FROM sentiment_buckets;"));
        QVERIFY(importPosts(m_db, csvPath, options).ok);
        QCOMPARE(buckets(), fromJson);
        QCOMPARE(fromJson.size(), 84 + 4 + 1); // 500 posts 10 minutes apart from a Wednesday 00:00: hours, days, one week
    }

private:
    void writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }
    int count(const char* table)
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return q.next() ? q.value(0).toInt() : -1;
    }
    QStringList buckets()
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT granularity, bucket_start, n, n_pos, n_neg, sum_compound, sum_weight "
                              "FROM sentiment_buckets ORDER BY 1, 2"));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), QString::number(q.value(5).toDouble(), 'g', 12),
                             QString::number(q.value(6).toDouble(), 'g', 12));
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestPostsImport)
#include "tst_postsimport.moc"
