// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetimport.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/tokenstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace seance;

namespace {

const QString goldenPath = QStringLiteral(SEANCE_FIXTURES_DIR "/dataset/golden.json");

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A version-1 dataset around the given members.
QByteArray dataset(const QByteArray& members)
{
    return R"({"format": "seance-dataset", "version": 1)" + (members.isEmpty() ? QByteArray() : ", " + members) + "}";
}

qint64 count(const Database& db, const char* table, const char* where = "1")
{
    QSqlQuery query(db.connection());
    const QString sql =
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(table), QLatin1String(where));
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

class TestDatasetImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    Database m_db;

    QString writeInput(const QByteArray& bytes, const QString& name = QStringLiteral("input.json"))
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            return {};
        return path;
    }

    bool importFile(const QString& path, QString* error, DatasetImportReport* report = nullptr,
                const DatasetImportOptions& options = {})
    {
        DatasetImportReport ignored;
        return importDataset(m_db, path, options, report ? report : &ignored, error);
    }

    // Imports bad input into a database that already holds the golden dataset, and checks that the import
    // fails with all of `expected` in its message and leaves the file byte-for-byte as it was.
    void expectRejected(const QString& inputPath, const QStringList& expected)
    {
        m_db.close();
        QVERIFY(!QFile::exists(m_dbPath + QStringLiteral("-wal")));
        const QByteArray before = fileHash(m_dbPath);
        QVERIFY(m_db.open(m_dbPath));
        QString error;
        QVERIFY(!importFile(inputPath, &error));
        for (const QString& part : expected)
            QVERIFY2(error.contains(part), qPrintable(QStringLiteral("«%1» lacks «%2»").arg(error, part)));
        m_db.close();
        QCOMPARE(fileHash(m_dbPath), before);
        QVERIFY(m_db.open(m_dbPath));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("workspace.seance"));
        QString error;
        QVERIFY2(m_db.open(m_dbPath, &error), qPrintable(error));
        QVERIFY2(importFile(goldenPath, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.close();
        QFile::remove(m_dbPath);
    }

    void importsGoldenDataset()
    {
        QCOMPARE(count(m_db, "tokens"), 3);
        QCOMPARE(count(m_db, "tags"), 11);
        QCOMPARE(count(m_db, "narratives"), 2);
        QCOMPARE(count(m_db, "events"), 4);
        QCOMPARE(count(m_db, "event_tokens"), 4);
        QCOMPARE(count(m_db, "posts"), 10);
        QCOMPARE(count(m_db, "posts", "compound IS NULL"), 4);
        QCOMPARE(count(m_db, "posts", "external_id IS NULL"), 1);
        QCOMPARE(count(m_db, "series_points"), 5);
        QCOMPARE(count(m_db, "saved_views"), 1);
        // Daily buckets of icp-ghost hold its four posts.
        QCOMPARE(count(m_db, "sentiment_buckets", "subject_kind = 0 AND subject_id = 'icp-ghost' AND granularity = 1"),
                 3);
        const std::optional<TokenRecord> pepe = TokenStore(m_db).find(QStringLiteral("pepe-ethereum"));
        QVERIFY(pepe);
        QCOMPARE(pepe->totalSupply, QStringLiteral("420690000000000"));
        QCOMPARE(pepe->launchedAt, std::optional<qint64>(1'681'689'600'000)); // 2023-04-17T00:00Z
        const std::optional<TokenRecord> ghost = TokenStore(m_db).find(QStringLiteral("icp-ghost"));
        QVERIFY(ghost && ghost->address.isEmpty() && !ghost->launchedAt);
    }

    void reportsCounts()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("fresh.seance"))));
        DatasetImportReport report;
        QString error;
        QVERIFY2(importDataset(db, goldenPath, {}, &report, &error), qPrintable(error));
        QCOMPARE(report.tokens, 3);
        QCOMPARE(report.narratives, 2);
        QCOMPARE(report.events, 4);
        QCOMPARE(report.postsInserted, 10);
        QCOMPARE(report.postsDuplicate, 0);
        QCOMPARE(report.postsUnscored, 4);
        QCOMPARE(report.series, 1);
        QCOMPARE(report.seriesPoints, 5);
        QCOMPARE(report.savedViews, 1);
        QVERIFY(!report.cancelled);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        const QByteArray token = R"({"id": "t", "name": "T", "symbol": "T", "chain": "c"})";
        auto row = [](const char* name, const QByteArray& input, const QStringList& expected) {
            QTest::newRow(name) << input << expected;
        };

        const QByteArray events =
            dataset(R"("events": [{"id": "e", "date": "2025-10-01", "title": "E"}, )"
                    "{\"id\": \"e2\", \"date\": \"2025-10-01\", \"title\": \"Karpathy's thread\"}]");
        const qsizetype cut = events.indexOf("thread") + 3;
        row("truncated", events.left(cut), {QStringLiteral("bad.json: events[1].title: invalid JSON at line 1, byte %1")
                                                .arg(cut)});
        row("syntax error", dataset(R"("tokens": [)" + token + R"(,, {}])"),
            {QStringLiteral("bad.json: tokens: invalid JSON at line 1, byte")});
        row("version as string", R"({"format": "seance-dataset", "version": "1"})",
            {QStringLiteral("bad.json: version: expected an integer, got a string")});
        row("unknown version", R"({"format": "seance-dataset", "version": 2, "tokens": []})",
            {QStringLiteral("version: 2 is not supported")});
        row("unknown format", R"({"format": "other-tool", "version": 1})",
            {QStringLiteral("format: \"other-tool\" is not a Seance dataset")});
        row("missing format", R"({"version": 1})", {QStringLiteral("format: required member is missing")});
        row("records before version", R"({"format": "seance-dataset", "tokens": [], "version": 1})",
            {QStringLiteral("tokens: \"format\": \"seance-dataset\" and \"version\": 1 must come before")});
        row("unknown top-level member", dataset(R"("tokenz": [])"), {QStringLiteral("tokenz: unknown member")});
        row("array expected", dataset(R"("tokens": {})"), {QStringLiteral("tokens: expected an array, got an object")});
        row("record not an object", dataset(R"("tokens": [)" + token + R"(, 7])"),
            {QStringLiteral("tokens[1]: expected an object, got a number")});
        row("number for string", dataset(R"("tokens": [{"id": "t", "name": 42, "symbol": "T", "chain": "c"}])"),
            {QStringLiteral("bad.json: tokens[0].name: expected a string, got a number")});
        row("missing field", dataset(R"("narratives": [{"id": "n"}])"),
            {QStringLiteral("narratives[0].title: required field is missing")});
        row("unknown field",
            dataset(R"("tokens": [{"id": "t", "nmae": "T", "name": "T", "symbol": "T", "chain": "c"}])"),
            {QStringLiteral("tokens[0].nmae: unknown field (allowed: id, name,")});
        row("duplicate field", dataset(R"("tokens": [{"id": "t", "id": "u"}])"),
            {QStringLiteral("tokens[0].id: field \"id\" appears twice")});
        row("duplicate token ids", dataset(R"("tokens": [)" + token + ", " + token + "]"),
            {QStringLiteral("bad.json: tokens[1].id: \"t\" is already used by tokens[0]")});
        row("token id in database",
            dataset(R"("tokens": [{"id": "icp-ghost", "name": "X", "symbol": "X", "chain": "x"}])"),
            {QStringLiteral("tokens[0].id: \"icp-ghost\" already exists in the database")});
        row("same chain and address",
            dataset(R"("tokens": [{"id": "p2", "name": "P", "symbol": "P", "chain": "ethereum", )"
                    R"("address": "0x6982508145454Ce325dDbE47a25d4ec3d2311933"}])"),
            {QStringLiteral("tokens[0].address: \"0x6982508145454Ce325dDbE47a25d4ec3d2311933\" on chain "
                            "\"ethereum\" already belongs to token \"pepe-ethereum\"")});
        row("event with missing token",
            dataset(R"("events": [{"id": "e", "date": "2025-10-01", "title": "E", "tokens": ["icp-ghost", "nope"]}])"),
            {QStringLiteral(
                "bad.json: events[0].tokens[1]: token \"nope\" is neither in the file nor in the database")});
        row("event with missing narrative",
            dataset(R"("events": [{"id": "e", "narrative": "gone", "date": "2025-10-01", "title": "E"}])"),
            {QStringLiteral("events[0].narrative: narrative \"gone\" is neither in the file nor in the database")});
        row("post with missing token",
            dataset(R"("posts": [{"token": "nope", "time": "2025-10-01T10:00:00Z", "text": "hi"}])"),
            {QStringLiteral("posts[0].token: token \"nope\" is neither")});
        row("bad date", dataset(R"("events": [{"id": "e", "date": "2025-13-01", "title": "E"}])"),
            {QStringLiteral("bad.json: events[0].date: \"2025-13-01\" is not a valid date")});
        row("bad time", dataset(R"("posts": [{"token": "icp-ghost", "time": "2025-10-01T25:00:00Z", "text": "x"}])"),
            {QStringLiteral("posts[0].time: \"2025-10-01T25:00:00Z\" is not a valid ISO 8601 time")});
        row("fractional time", dataset(R"("posts": [{"token": "icp-ghost", "time": 1.5, "text": "x"}])"),
            {QStringLiteral("posts[0].time: expected an ISO 8601 string or integer milliseconds, got a number")});
        row("invalid utf-8",
            dataset("\"tokens\": [{\"id\": \"t\", \"name\": \"Gh\xff\xfest\", \"symbol\": \"T\", \"chain\": \"c\"}]"),
            {QStringLiteral("bad.json: tokens[0].name: text is not valid UTF-8 (at byte")});
        row("bad status",
            dataset(R"("tokens": [{"id": "t", "name": "T", "symbol": "T", "chain": "c", "status": "moon"}])"),
            {QStringLiteral("tokens[0].status: \"moon\" is not one of live, hypothetical, defunct, unknown")});
        row("supply as number",
            dataset(R"("tokens": [{"id": "t", "name": "T", "symbol": "T", "chain": "c", "total_supply": 1e10}])"),
            {QStringLiteral("tokens[0].total_supply: expected a decimal string")});
        row("compound without parts",
            dataset(R"("posts": [{"token": "icp-ghost", "time": "2025-10-01", "text": "x", "compound": 0.5}])"),
            {QStringLiteral("posts[0].pos: required when compound is given")});
        row("post without subject", dataset(R"("posts": [{"time": "2025-10-01", "text": "x"}])"),
            {QStringLiteral("posts[0].token: a post needs a token, a narrative or both")});
        row("post text over 64 KiB",
            dataset("\"posts\": [{\"token\": \"icp-ghost\", \"time\": \"2025-10-01\", \"text\": \"" +
                    QByteArray(65 * 1024, 'a') + "\"}]"),
            {QStringLiteral("posts[0].text: is longer than 64 KiB")});
        row("number over 256 characters",
            dataset("\"posts\": [{\"token\": \"icp-ghost\", \"text\": \"x\", \"engagement\": " + QByteArray(300, '7')
                    + "}]"),
            {QStringLiteral("posts[0].engagement: a number is longer than 256 characters")});
        row("duplicate time in series",
            dataset(R"("series": [{"id": "s", "metric": "m", "points": [["2025-10-01", 1], [1759276800000, 2]]}])"),
            {QStringLiteral("series[0].points[1]: time 1759276800000 is already given by points[0]")});
        row("too deep", dataset(R"("saved_views": [{"name": "v", "created_at": "2025-10-01", "state": )"
                                + QByteArray(40, '[') + QByteArray(40, ']') + "}]"),
            {QStringLiteral("saved_views[0].state: nested deeper than 32 levels")});
        // Everything before the last record is valid and was already written inside the transaction.
        row("late failure",
            dataset(R"("tokens": [)" + token + R"(], "posts": [{"token": "t", "time": "2025-10-01", "text": "x"}], )"
                    R"("saved_views": [{"name": "v", "state": [], "created_at": "2025-10-01"}])"),
            {QStringLiteral("saved_views[0].state: expected an object, got an array")});

        // One pass reports every bad record (up to 20), each with the bad value quoted.
        row("three bad records",
            dataset(R"("tokens": [{"id": "a", "name": 42, "symbol": "A", "chain": "c"}, )"
                    R"({"id": "b", "name": "B", "symbol": "B", "chain": "c", "status": "alive"}, )"
                    R"({"id": "c", "name": "C", "symbol": "C", "chain": "c"}], )"
                    R"("narratives": [{"id": "n", "title": ["Ghosts"]}])"),
            {QStringLiteral("bad.json: 3 problems:"), QStringLiteral("tokens[0].name: expected a string, got a number (42)"),
             QStringLiteral("tokens[1].status: \"alive\" is not one of"),
             QStringLiteral("narratives[0].title: expected a string, got an array ([\"Ghosts\"])")});
        QByteArray many;
        for (int i = 0; i < 25; ++i)
            many += (i ? ", " : "") + QByteArray("{\"id\": \"t") + QByteArray::number(i) + "\", \"name\": true}";
        row("stops at twenty", dataset(R"("tokens": [)" + many + "]"),
            {QStringLiteral("the first 20 bad records"),
             QStringLiteral("tokens[0].name: expected a string, got true or false (true)"),
             QStringLiteral("tokens[19].name")});
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        const QString path = writeInput(input, QStringLiteral("bad.json"));
        QVERIFY(!path.isEmpty());
        expectRejected(path, expected);
    }

    // The string cap stops the read after 1 MiB of the field, so a 100 MB field costs neither time nor memory.
    void rejectsHugeStringQuickly()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dataset("\"tokens\": [{\"id\": \"t\", \"symbol\": \"T\", \"chain\": \"c\", \"description\": \"")
                           .chopped(1));
            const QByteArray block(1024 * 1024, 'g');
            for (int i = 0; i < 100; ++i)
                QCOMPARE(file.write(block), block.size());
            file.write("\", \"name\": \"T\"}]}");
        }
        QElapsedTimer timer;
        timer.start();
        expectRejected(path, {QStringLiteral("huge.json: tokens[0].description: a string is longer than 1 MiB")});
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(peakResidentMiB() < 300, qPrintable(QString::number(peakResidentMiB())));
    }

    void acceptsReferencesAnywhereInTheFile()
    {
        const QString path = writeInput(dataset(
            R"("events": [{"id": "e", "narrative": "n", "time": "2025-10-01T12:00:00+02:00", "title": "E", )"
            R"("tokens": ["t"]}],)"
            R"("posts": [{"token": "t", "narrative": "n", "time": 1759320000000, "text": "x"}],)"
            R"("series": [{"id": "s", "token": "pepe-ethereum", "metric": "m"}],)"
            R"("tokens": [{"id": "t", "name": "T", "symbol": "T", "chain": "c"}],)"
            R"("narratives": [{"id": "n", "title": "N"}])"));
        QString error;
        QVERIFY2(importFile(path, &error), qPrintable(error));
        const std::optional<EventRecord> event = EventStore(m_db).find(QStringLiteral("e"));
        QVERIFY(event);
        QCOMPARE(event->occurredAt, 1'759'312'800'000); // 10:00 UTC
        QCOMPARE(event->tokenIds, QStringList{QStringLiteral("t")});
        QCOMPARE(TokenStore(m_db).find(QStringLiteral("t"))->status, QStringLiteral("unknown"));
    }

    // Inside a caller's transaction a failed import undoes only itself, and the caller still decides.
    void nestsInsideCallersTransaction()
    {
        const QString good =
            writeInput(dataset(R"("narratives": [{"id": "n", "title": "N"}])"), QStringLiteral("good.json"));
        const QString bad = writeInput(dataset(R"("narratives": [{"id": "m", "title": "M"}, {"id": "x"}])"),
                                       QStringLiteral("bad.json"));
        Transaction outer(m_db);
        QVERIFY(outer.isActive());
        QVERIFY(execSql(m_db.handle(), "INSERT INTO narratives (id, title) VALUES ('caller', 'C')"));
        QString error;
        QVERIFY(!importFile(bad, &error));
        QVERIFY2(importFile(good, &error), qPrintable(error));
        QCOMPARE(count(m_db, "narratives", "id IN ('caller', 'n')"), 2);
        QCOMPARE(count(m_db, "narratives", "id = 'm'"), 0);
        outer.rollback();
        QCOMPARE(count(m_db, "narratives", "id IN ('caller', 'n')"), 0);
    }

    void skipsAndCountsDuplicatePosts()
    {
        const QString path =
            writeInput(dataset(R"("posts": [)"
                               R"({"id": "sample-0001", "token": "icp-ghost", "time": "2025-10-01", "text": "again"},)"
                               R"({"id": "new", "token": "icp-ghost", "time": "2025-10-01", "text": "a"},)"
                               R"({"id": "new", "token": "icp-ghost", "time": "2025-10-02", "text": "b"},)"
                               R"({"token": "icp-ghost", "time": "2025-10-01", "text": "no id"}])"));
        DatasetImportReport report;
        QString error;
        QVERIFY2(importFile(path, &error, &report), qPrintable(error));
        QCOMPARE(report.postsInserted, 2);
        QCOMPARE(report.postsDuplicate, 2);
        QCOMPARE(count(m_db, "posts"), 12);
    }

    void scoresOnlyPostsWithoutScores()
    {
        DatasetImportOptions options;
        options.score = [](std::string_view text) {
            SentimentScore score;
            score.scored = text.find("moon") != std::string_view::npos;
            score.compound = 0.5;
            score.pos = 0.4;
            score.neu = 0.6;
            return score;
        };
        const QString path =
            writeInput(dataset(R"("posts": [)"
                               R"({"id": "a", "token": "icp-ghost", "time": "2025-10-01", "text": "to the moon"},)"
                               R"({"id": "b", "token": "icp-ghost", "time": "2025-10-01", "text": "유령"},)"
                               R"({"id": "c", "token": "icp-ghost", "time": "2025-10-01", "text": "moon", )"
                               R"("compound": -0.25, "pos": 0, "neu": 0.5, "neg": 0.5}])"));
        DatasetImportReport report;
        QString error;
        QVERIFY2(importFile(path, &error, &report, options), qPrintable(error));
        QCOMPARE(report.postsUnscored, 1);
        QCOMPARE(count(m_db, "posts", "external_id = 'a' AND compound = 0.5"), 1);
        QCOMPARE(count(m_db, "posts", "external_id = 'b' AND compound IS NULL"), 1);
        QCOMPARE(count(m_db, "posts", "external_id = 'c' AND compound = -0.25"), 1);
    }

    void reportsProgressAndRollsBackWhenCancelled()
    {
        QByteArray posts;
        for (int i = 0; i < 30'000; ++i)
            posts +=
                QStringLiteral(R"(%1{"id": "bulk-%2", "token": "icp-ghost", "time": %3, "text": "post number %2"})")
                    .arg(i == 0 ? QString() : QStringLiteral(","))
                    .arg(i)
                    .arg(1'759'276'800'000 + i * 1000)
                    .toUtf8();
        const QByteArray input = dataset("\"posts\": [" + posts + "]");
        QVERIFY(input.size() > 2 * 1024 * 1024);
        std::atomic_bool cancel{false};
        QList<QPair<qint64, qint64>> calls;
        DatasetImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            cancel = true;
        };
        const QString path = writeInput(input);
        m_db.close();
        const QByteArray before = fileHash(m_dbPath);
        QVERIFY(m_db.open(m_dbPath));
        DatasetImportReport report;
        QString error;
        QVERIFY(!importFile(path, &error, &report, options));
        QVERIFY(report.cancelled);
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QCOMPARE(report.postsInserted, 0);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first(), qMakePair(qint64(1024 * 1024), qint64(input.size())));
        m_db.close();
        QCOMPARE(fileHash(m_dbPath), before);

        QVERIFY(m_db.open(m_dbPath));
        cancel = false;
        calls.clear();
        options.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
        QVERIFY2(importFile(path, &error, &report, options), qPrintable(error));
        QCOMPARE(report.postsInserted, 30'000);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.last(), qMakePair(qint64(input.size()), qint64(input.size())));
    }
};

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_datasetimport.moc"
