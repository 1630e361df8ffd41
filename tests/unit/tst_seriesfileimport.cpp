// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/series/seriesfileimport.h"
#include "models/storage/database.h"
#include "models/storage/seriesstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString fixture(const QString& name)
{
    return QStringLiteral(SEANCE_FIXTURES_DIR "/series/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The market downloads (CoinGecko, CoinMarketCap) against golden files of what must be stored, and every kind of
// bad input leaving the workspace byte-identical.
class TestSeriesFileImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("market.seance"));
        QFile::remove(m_path);
        QVERIFY(m_db.open(m_path));
        QVERIFY(execSql(m_db.handle(),
                        "INSERT INTO tokens (id, name, symbol, chain) VALUES ('ghost', 'Ghost', 'GHOST', 'x')"));
    }
    void cleanup() { m_db.close(); }

    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("CoinGecko: zeros, 0.0, an empty cell, an intraday last row")
            << QStringLiteral("ghost-usd-max.csv") << int(SeriesFileFormat::CoinGecko) << qint64(6);
        QTest::newRow("CoinMarketCap: BOM, newest first, circulatingSupply")
            << QStringLiteral("ghost_historical_data_coinmarketcap.csv") << int(SeriesFileFormat::CoinMarketCap)
            << qint64(3);
        QTest::newRow("CoinMarketCap, older: 12 columns, epoch ms, decimal commas")
            << QStringLiteral("ghost_coinmarketcap_older.csv") << int(SeriesFileFormat::CoinMarketCap) << qint64(2);
    }
    void golden()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(qint64, rows);
        SeriesFileImportOptions options;
        options.tokenId = QStringLiteral("ghost");
        const SeriesFileImportResult result = importSeriesFile(m_db, fixture(file), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(int(result.format), format);
        QCOMPARE(result.rows, rows);
        QString expectedName = file;
        expectedName.replace(QStringLiteral(".csv"), QStringLiteral(".expected"));
        QCOMPARE(storedSeries(), QString::fromUtf8(readAll(fixture(expectedName))));
    }

    void fileNameGivesTheCurrency_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("seriesId");
        QTest::newRow("usd") << QStringLiteral("ghost-usd-max.csv") << QString() << QStringLiteral("ghost-price-usd");
        QTest::newRow("eur") << QStringLiteral("ghost-eur-max.csv") << QString() << QStringLiteral("ghost-price-eur");
        QTest::newRow("no hint: USD") << QStringLiteral("download.csv") << QString()
                                      << QStringLiteral("ghost-price-usd");
        QTest::newRow("the user's choice wins")
            << QStringLiteral("ghost-eur-max.csv") << QStringLiteral("gbp") << QStringLiteral("ghost-price-gbp");
    }
    void fileNameGivesTheCurrency()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, option);
        QFETCH(QString, seriesId);
        const QString path = m_dir.filePath(fileName);
        writeFile(path, "snapped_at,price,market_cap,total_volume\n2024-03-01 00:00:00 UTC,1.5,,\n");
        SeriesFileImportOptions options;
        options.tokenId = QStringLiteral("ghost");
        options.currency = option;
        const SeriesFileImportResult result = importSeriesFile(m_db, path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.seriesIds, QStringList{seriesId});
        const std::optional<SeriesRecord> series = SeriesStore(m_db).find(seriesId);
        QVERIFY(series);
        QCOMPARE(series->unit, option.isEmpty() ? seriesId.section(QLatin1Char('-'), -1).toUpper() : option.toUpper());
    }

    void reimportReplacesPointsAtTheSameTimes()
    {
        SeriesFileImportOptions options;
        options.tokenId = QStringLiteral("ghost");
        QVERIFY(importSeriesFile(m_db, fixture(QStringLiteral("ghost-usd-max.csv")), options).ok);
        const QString update = m_dir.filePath(QStringLiteral("ghost-usd-max.csv"));
        writeFile(update, "snapped_at,price,market_cap,total_volume\n"
                          "2024-03-05 00:00:00 UTC,0.0006,,\n2024-03-06 00:00:00 UTC,0.0007,,\n");
        const SeriesFileImportResult result = importSeriesFile(m_db, update, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        const std::optional<SeriesRecord> price = SeriesStore(m_db).find(QStringLiteral("ghost-price-usd"));
        QVERIFY(price);
        QCOMPARE(price->points.size(), 7); // six from the first file, one new day; 03-05 replaced
        QCOMPARE(price->points.at(4).value, 0.0006);
        QCOMPARE(price->points.at(6).value, 0.0007);
        QCOMPARE(price->points.at(0).value, 0.00041);
    }

    void badInputLeavesTheWorkspaceUntouched_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const QString ghost = QStringLiteral("ghost");
        const QByteArray gecko = "snapped_at,price,market_cap,total_volume\n";
        const QByteArray cmc = "timeOpen;name;close;volume;marketCap\n";
        QTest::newRow("CoinGecko: no price column")
            << QByteArray("snapped_at,market_cap,total_volume\n2024-03-01 00:00:00 UTC,1,2\n") << ghost << qint64(1)
            << QStringLiteral("price") << QStringLiteral("no price column");
        QTest::newRow("CoinMarketCap: no close column")
            << QByteArray("timeOpen;timeClose;open;volume\n\"2025-10-01T00:00:00.000Z\";\"x\";1;2\n") << ghost
            << qint64(1) << QStringLiteral("close") << QStringLiteral("no price column");
        QTest::newRow("CoinGecko: bad time")
            << gecko + "2024-03-01 00:00:00 UTC,1,2,3\n2024-02-30 00:00:00 UTC,1,2,3\n"
            << ghost << qint64(3) << QStringLiteral("snapped_at") << QStringLiteral("not an ISO 8601 time");
        QTest::newRow("CoinMarketCap: bad time")
            << cmc + "\"yesterday\";\"2781\";1;2;3\n"
            << ghost << qint64(2) << QStringLiteral("timeOpen") << QStringLiteral("not an ISO 8601 time");
        QTest::newRow("CoinGecko: not a number")
            << gecko + "2024-03-01 00:00:00 UTC,1,2,3\n2024-03-02 00:00:00 UTC,1,n/a,3\n"
            << ghost << qint64(3) << QStringLiteral("market_cap") << QStringLiteral("not a number");
        QTest::newRow("CoinMarketCap: not a number")
            << cmc + "\"2025-10-01T00:00:00.000Z\";\"2781\";1;2;$3\n"
            << ghost << qint64(2) << QStringLiteral("marketCap") << QStringLiteral("not a number");
        QTest::newRow("negative price") << gecko + "2024-03-01 00:00:00 UTC,-1,2,3\n"
                                        << ghost << qint64(2) << QStringLiteral("price") << QStringLiteral("negative");
        QTest::newRow("CoinGecko: same day twice")
            << gecko + "2024-03-01 00:00:00 UTC,1,2,3\n2024-03-01 00:00:00 UTC,1,2,3\n"
            << ghost << qint64(3) << QStringLiteral("snapped_at") << QStringLiteral("same time");
        QTest::newRow("CoinMarketCap: same time twice, ISO and epoch")
            << cmc + "\"2025-10-01T00:00:00.000Z\";\"2781\";1;2;3\n1759276800000;\"2781\";1;2;3\n"
            << ghost << qint64(3) << QStringLiteral("timeOpen") << QStringLiteral("same time");
        QTest::newRow("missing field") << gecko + "2024-03-01 00:00:00 UTC,1,2\n"
                                       << ghost << qint64(2) << QString() << QStringLiteral("expected 4 fields");
        QTest::newRow("header only") << gecko << ghost << qint64(2) << QString() << QStringLiteral("no rows");
        QTest::newRow("empty file (a generic series)")
            << QByteArray() << ghost << qint64(1) << QString() << QStringLiteral("empty");
        QTest::newRow("unknown token") << gecko + "2024-03-01 00:00:00 UTC,1,2,3\n"
                                       << QStringLiteral("nope") << qint64(0) << QString()
                                       << QStringLiteral("unknown token id \"nope\"");
        QTest::newRow("no token given") << gecko + "2024-03-01 00:00:00 UTC,1,2,3\n"
                                        << QString() << qint64(0) << QString() << QStringLiteral("unknown token id");
    }
    void badInputLeavesTheWorkspaceUntouched()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, token);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        SeriesFileImportOptions options;
        options.tokenId = QStringLiteral("ghost");
        QVERIFY(importSeriesFile(m_db, fixture(QStringLiteral("ghost-usd-max.csv")), options).ok);
        const QString source = m_dir.filePath(QStringLiteral("bad.csv"));
        writeFile(source, input);
        m_db.close();
        const QByteArray before = fileHash(m_path);
        QVERIFY(m_db.open(m_path));
        options.tokenId = token;
        const SeriesFileImportResult result = importSeriesFile(m_db, source, options);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorLine, line);
        QCOMPARE(result.errorColumn, column);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        const QString where = line > 0 ? source + QLatin1Char(':') + QString::number(line) : source;
        QVERIFY2(result.error.startsWith(where), qPrintable(result.error));
        m_db.close();
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(m_db.open(m_path));
    }

    void fileNameSuggestsButNeverDecides_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("CoinGecko's name") << QStringLiteral("pepe-usd-max.csv") << QStringLiteral("pepe-eth");
        QTest::newRow("CoinMarketCap's name")
            << QStringLiteral("Dogecoin_1_1_2025-1_1_2026_historical_data_coinmarketcap.csv") << QStringLiteral("doge");
        QTest::newRow("two tokens share the ticker") << QStringLiteral("ghost-usd-max.csv") << QString();
        QTest::newRow("no match") << QStringLiteral("prices.csv") << QString();
    }
    void fileNameSuggestsButNeverDecides()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, suggestion);
        const QList<QPair<QString, QString>> tokens = {{QStringLiteral("pepe-eth"), QStringLiteral("PEPE")},
                                                       {QStringLiteral("doge"), QStringLiteral("DOGECOIN")},
                                                       {QStringLiteral("xrpl-ghost"), QStringLiteral("GHOST")},
                                                       {QStringLiteral("icp-ghost"), QStringLiteral("GHOST")}};
        QCOMPARE(suggestTokenForFile(QStringLiteral("/downloads/") + fileName, tokens), suggestion);
    }

private:
    void writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }
    // Every stored series as the golden files spell it: "id metric unit source", then "t value" per point.
    QString storedSeries()
    {
        QString text;
        for (const SeriesRecord& series : SeriesStore(m_db).all()) {
            text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(series.id, series.metric, series.unit.isEmpty() ? QStringLiteral("-") : series.unit,
                             series.source);
            for (const SeriesPoint& point : series.points)
                text += QStringLiteral("%1 %2\n").arg(point.t).arg(QString::number(point.value, 'g', 12));
        }
        return text;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSeriesFileImport)
#include "tst_seriesfileimport.moc"
