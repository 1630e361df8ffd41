// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetimport.h"
#include "models/io/dataset/datasetwriter.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/postwriter.h"
#include "models/storage/tokenstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

const QString goldenPath = QStringLiteral(SEANCE_FIXTURES_DIR "/dataset/golden.json");
const QString examplePath = QStringLiteral(SEANCE_FIXTURES_DIR "/../../docs/examples/minimal-dataset.json");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray exportToBytes(const Database& db, DatasetExportReport* report = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exportDataset(db, buffer, {}, report, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

// Imports `bytes` into the database and exports it back; empty on failure.
QByteArray roundTrip(const Database& db, const QByteArray& bytes)
{
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    QString error;
    if (!importDataset(db, input, QStringLiteral("input.json"), {}, nullptr, &error)) {
        qWarning("import failed: %s", qPrintable(error));
        return {};
    }
    return exportToBytes(db);
}

// On a mismatch, leaves the actual output next to the test binary: the way to review (and, when the change
// is intended, regenerate) the golden file.
void compareWithGolden(const QByteArray& actual, const QByteArray& golden, const char* name)
{
    if (actual == golden)
        return;
    const QString path = QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1String(name);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    QFAIL(qPrintable(QStringLiteral("export differs from the expected file; actual output written to %1").arg(path)));
}

} // namespace

class TestDatasetExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    bool openEmpty(Database& db, const QString& name)
    {
        QFile::remove(m_dir.filePath(name));
        return db.open(m_dir.filePath(name));
    }

private slots:
    void goldenRoundTripIsByteIdentical()
    {
        const QByteArray golden = readFile(goldenPath);
        QVERIFY(!golden.isEmpty());
        Database first;
        QVERIFY(openEmpty(first, QStringLiteral("first.seance")));
        QString error;
        QVERIFY2(importDataset(first, goldenPath, {}, nullptr, &error), qPrintable(error));
        DatasetExportReport report;
        const QByteArray exported = exportToBytes(first, &report);
        compareWithGolden(exported, golden, "golden.actual.json");
        QCOMPARE(report.posts, 10);
        QCOMPARE(report.seriesPoints, 5);

        // Export, import into an empty database, export again: the same bytes.
        QBuffer input;
        input.setData(exported);
        QVERIFY(input.open(QIODevice::ReadOnly));
        Database second;
        QVERIFY(openEmpty(second, QStringLiteral("second.seance")));
        QVERIFY2(importDataset(second, input, QStringLiteral("exported.json"), {}, nullptr, &error), qPrintable(error));
        compareWithGolden(exportToBytes(second), golden, "golden.second.json");
    }

    // The example in the format's documentation must stay valid and in canonical form.
    void documentedExampleIsCanonical()
    {
        const QByteArray example = readFile(examplePath);
        QVERIFY(!example.isEmpty());
        Database db;
        QVERIFY(openEmpty(db, QStringLiteral("example.seance")));
        compareWithGolden(roundTrip(db, example), example, "minimal-dataset.actual.json");
    }

    void writesTimesCanonically_data()
    {
        QTest::addColumn<QByteArray>("given");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("date") << QByteArray(R"("date": "2025-10-01")") << QByteArray(R"("date": "2025-10-01")");
        QTest::newRow("midnight time") << QByteArray(R"("time": "2025-10-01T00:00:00Z")")
                                       << QByteArray(R"("date": "2025-10-01")");
        QTest::newRow("offset") << QByteArray(R"("time": "2025-10-01T14:00:00+02:00")")
                                << QByteArray(R"("time": "2025-10-01T12:00:00Z")");
        QTest::newRow("milliseconds") << QByteArray(R"("time": 1759320000123)")
                                      << QByteArray(R"("time": "2025-10-01T12:00:00.123Z")");
        QTest::newRow("microseconds truncated") << QByteArray(R"("time": "2025-10-01T12:00:00.123999Z")")
                                                << QByteArray(R"("time": "2025-10-01T12:00:00.123Z")");
        QTest::newRow("before 1970") << QByteArray(R"("time": -1)")
                                     << QByteArray(R"("time": "1969-12-31T23:59:59.999Z")");
        QTest::newRow("year 0") << QByteArray(R"("date": "0000-01-01")") << QByteArray(R"("date": "0000-01-01")");
        QTest::newRow("last instant") << QByteArray(R"("time": "9999-12-31T23:59:59.999Z")")
                                      << QByteArray(R"("time": "9999-12-31T23:59:59.999Z")");
        QTest::newRow("leap day") << QByteArray(R"("time": "2024-02-29T06:30:00Z")")
                                  << QByteArray(R"("time": "2024-02-29T06:30:00Z")");
    }

    // A token's CoinGecko id and a series' unit (migration "market") survive export and import unchanged.
    void marketFieldsRoundTrip()
    {
        const QByteArray given = R"({"format": "seance-dataset", "version": 1, "tokens": [{"id": "t", "name": "T", )"
                                 R"("symbol": "T", "chain": "x", "coingecko_id": "ghost-coin"}], "series": [{"id": )"
                                 R"("t-price-usd", "token": "t", "metric": "price", "unit": "USD", "points": )"
                                 R"([["2025-10-01T00:00:00Z", 0.5]]}]})";
        Database first;
        QVERIFY(openEmpty(first, QStringLiteral("market1.seance")));
        const QByteArray exported = roundTrip(first, given);
        QVERIFY2(exported.contains(R"("coingecko_id": "ghost-coin")"), exported.constData());
        QVERIFY2(exported.contains(R"("unit": "USD")"), exported.constData());
        Database second;
        QVERIFY(openEmpty(second, QStringLiteral("market2.seance")));
        QCOMPARE(roundTrip(second, exported), exported);
    }

    // Whatever form a time is given in, the writer uses one canonical form that reads back to the same instant.
    void writesTimesCanonically()
    {
        QFETCH(QByteArray, given);
        QFETCH(QByteArray, written);
        const QByteArray header = R"({"format": "seance-dataset", "version": 1, "events": [{"id": "e", "title": "E", )";
        Database first;
        QVERIFY(openEmpty(first, QStringLiteral("times1.seance")));
        const QByteArray exported = roundTrip(first, header + given + "}]}");
        QVERIFY2(exported.contains(QByteArray("      " + written + ",\n")), exported.constData());
        Database second;
        QVERIFY(openEmpty(second, QStringLiteral("times2.seance")));
        QCOMPARE(roundTrip(second, exported), exported);
    }

    void emptyDatabaseGivesEmptyArrays()
    {
        Database db;
        QVERIFY(openEmpty(db, QStringLiteral("empty.seance")));
        QCOMPARE(exportToBytes(db), QByteArray(R"({
  "format": "seance-dataset",
  "version": 1,
  "tokens": [],
  "narratives": [],
  "events": [],
  "posts": [],
  "series": [],
  "saved_views": []
}
)"));
    }

    // Records come out by id and posts by time then id, whatever order they went in; unknown values are
    // left out, never written as a guess; a post without an id gets none.
    void ordersRecordsAndLeavesUnknownsOut()
    {
        Database db;
        QVERIFY(openEmpty(db, QStringLiteral("order.seance")));
        TokenStore tokens(db);
        for (const char* id : {"zeta", "alpha"}) {
            TokenRecord token;
            token.id = QLatin1String(id);
            token.name = token.symbol = token.chain = QStringLiteral("x");
            token.status = QStringLiteral("unknown");
            QVERIFY(tokens.insert(token));
        }
        EventRecord event;
        event.id = QStringLiteral("e");
        event.occurredAt = 1'759'320'000'123; // not midnight: written as "time" with milliseconds
        event.title = QStringLiteral("E");
        QVERIFY(EventStore(db).insert(event));
        PostWriter writer(db);
        QVERIFY(writer.prepare(nullptr));
        for (const auto& [id, t] : {std::pair{"", 2000}, std::pair{"b", 1000}, std::pair{"a", 1000}}) {
            PostRecord post;
            post.externalId = QLatin1String(id);
            post.tokenId = QStringLiteral("alpha");
            post.postedAt = 1'759'276'800'000 + t;
            post.text = QStringLiteral("p");
            QCOMPARE(writer.insert(post, nullptr), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(nullptr));

        const QByteArray text = exportToBytes(db);
        QVERIFY(text.indexOf("\"id\": \"alpha\"") < text.indexOf("\"id\": \"zeta\""));
        QVERIFY(text.contains(R"(      "time": "2025-10-01T12:00:00.123Z",)"));
        QVERIFY(!text.contains("null"));
        QVERIFY(!text.contains("\"address\""));
        const qsizetype a =
            text.indexOf(R"({"id": "a", "token": "alpha", "time": "2025-10-01T00:00:01Z", "text": "p"})");
        const qsizetype b =
            text.indexOf(R"({"id": "b", "token": "alpha", "time": "2025-10-01T00:00:01Z", "text": "p"})");
        const qsizetype none = text.indexOf(R"({"token": "alpha", "time": "2025-10-01T00:00:02Z", "text": "p"})");
        QVERIFY(a > 0 && b > a && none > b);
    }

    void failedOrCancelledExportKeepsTheTarget()
    {
        Database db;
        QVERIFY(openEmpty(db, QStringLiteral("file.seance")));
        QString error;
        QVERIFY2(importDataset(db, goldenPath, {}, nullptr, &error), qPrintable(error));
        {
            // Enough posts for the writer to poll the cancel flag, which it does every few thousand.
            Transaction transaction(db);
            PostWriter writer(db);
            QVERIFY(writer.prepare(nullptr));
            for (int i = 0; i < 5000; ++i) {
                PostRecord post;
                post.tokenId = QStringLiteral("icp-ghost");
                post.postedAt = 1'759'276'800'000 + i;
                post.text = QStringLiteral("bulk");
                QCOMPARE(writer.insert(post, nullptr), PostWriter::Result::Inserted);
            }
            QVERIFY(writer.flushBuckets(nullptr) && transaction.commit());
        }
        const QString target = m_dir.filePath(QStringLiteral("out.json"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous");
        }
        std::atomic_bool cancel{true};
        DatasetExportOptions options;
        options.cancel = &cancel;
        DatasetExportReport report;
        QVERIFY(!exportDataset(db, target, options, &report, &error));
        QVERIFY(report.cancelled);
        QCOMPARE(readFile(target), QByteArray("previous"));

        QVERIFY(!exportDataset(db, m_dir.filePath(QStringLiteral("missing/out.json")), {}, &report, &error));
        QVERIFY2(error.contains(QLatin1String("missing/out.json")), qPrintable(error));

        QVERIFY2(exportDataset(db, target, {}, &report, &error), qPrintable(error));
        QCOMPARE(report.posts, 5010);
        QVERIFY(readFile(target).startsWith("{\n  \"format\": \"seance-dataset\",\n"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetExport)
#include "tst_datasetexport.moc"
