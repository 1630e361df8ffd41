// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/tokenfilterproxymodel.h"
#include "models/items/tokentablemodel.h"
#include "models/storage/database.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

class TestTokenTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("tokens.seance"))));
        const char* rows[] = {
            "INSERT INTO tokens (id, name, symbol, chain, status, launched_at, total_supply) VALUES "
            "('icp-ghost', 'GHOST', 'GHOST', 'icp', 'live', NULL, '10000000000')",
            "INSERT INTO tokens (id, name, symbol, chain, status, launched_at, total_supply) VALUES "
            "('xrpl-ghost-coin', 'Ghost Coin', 'GHOST', 'xrpl', 'live', NULL, NULL)",
            "INSERT INTO tokens (id, name, symbol, chain, status) VALUES ('ghostai', 'GhostAI', 'GHOSTAI', 'unknown', 'hypothetical')",
            "INSERT INTO tokens (id, name, symbol, chain, status, launched_at, total_supply) VALUES "
            "('dogecoin', 'Dogecoin', 'DOGE', 'dogecoin', 'live', 1386288000000, NULL)",
            "INSERT INTO tokens (id, name, symbol, chain, status, launched_at, total_supply) VALUES "
            "('pepe', 'Pepe', 'PEPE', 'ethereum', 'live', 1681689600000, '420690000000000')",
            "INSERT INTO tags (token_id, tag) VALUES ('icp-ghost', 'ghost'), ('xrpl-ghost-coin', 'ghost'), "
            "('ghostai', 'ghost'), ('ghostai', 'hypothetical'), ('dogecoin', 'reference-meme'), ('pepe', 'frog')",
        };
        for (const char* sql : rows)
            QVERIFY2(execSql(m_db.handle(), sql), sql);
    }

    void modelPassesTester()
    {
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_db.connection());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(TokenTableModel::ColumnCount));
        model.reload(m_db.connection());
        QCOMPARE(model.rowCount(), 5);
    }

    void priceColumns_data()
    {
        QTest::addColumn<QString>("points"); // day:value pairs of Pepe's USD price series; empty: none
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("change");
        QTest::newRow("no series") << QString() << QStringLiteral("—") << QStringLiteral("—");
        QTest::newRow("a week of history") << QStringLiteral("0:2,3:2.5,7:3") << QStringLiteral("$3")
                                           << QStringLiteral("+%1 %").arg(QLocale().toString(50.0, 'f', 1));
        QTest::newRow("a missing day 7 days back: the day before")
            << QStringLiteral("0:4,9:3") << QStringLiteral("$3")
            << QStringLiteral("%1 %").arg(QLocale().toString(-25.0, 'f', 1));
        QTest::newRow("less than a week")
            << QStringLiteral("5:1,7:0.00001234") << QStringLiteral("$%1").arg(QLocale().toString(0.00001234, 'g', 4))
            << QStringLiteral("—");
    }
    void priceColumns()
    {
        QFETCH(QString, points);
        QFETCH(QString, price);
        QFETCH(QString, change);
        QVERIFY(execSql(m_db.handle(), "DELETE FROM series"));
        if (!points.isEmpty()) {
            QVERIFY(execSql(m_db.handle(), "INSERT INTO series (id, token_id, metric, source, unit) "
                                           "VALUES ('pepe-price-usd', 'pepe', 'price', 'CoinGecko', 'USD')"));
            for (const QString& pair : points.split(QLatin1Char(','))) {
                const QByteArray sql =
                    "INSERT INTO series_points (series_id, t, value) VALUES ('pepe-price-usd', " +
                    QByteArray::number(1'700'000'000'000LL / 86'400'000 * 86'400'000 +
                                       pair.section(QLatin1Char(':'), 0, 0).toLongLong() * 86'400'000) +
                    ", " + pair.section(QLatin1Char(':'), 1).toUtf8() + ")";
                QVERIFY2(execSql(m_db.handle(), sql.constData()), sql.constData());
            }
        }
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_db.connection());
        QCOMPARE(model.hasPrices(), !points.isEmpty());
        const int pepeRow = 4;
        QCOMPARE(model.index(pepeRow, TokenTableModel::PriceColumn).data().toString(), price);
        QCOMPARE(model.index(pepeRow, TokenTableModel::PriceChangeColumn).data().toString(), change);
        QCOMPARE(model.index(0, TokenTableModel::PriceColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(TokenTableModel::PriceChangeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Price 7d Δ")); // short, to fit the default token dock
        QVERIFY(model.headerData(TokenTableModel::PriceChangeColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("7-day price change")));
        QVERIFY(execSql(m_db.handle(), "DELETE FROM series"));
    }

    void displaysUnknownsAndFormatsValues()
    {
        TokenTableModel model;
        model.reload(m_db.connection());
        // Rows are ordered by name: Dogecoin, GHOST, Ghost Coin, GhostAI, Pepe.
        QCOMPARE(model.index(0, TokenTableModel::NameColumn).data().toString(), QStringLiteral("Dogecoin"));
        QCOMPARE(model.index(0, TokenTableModel::LaunchedColumn).data().toString(), QStringLiteral("2013-12-06"));
        QCOMPARE(model.index(0, TokenTableModel::SupplyColumn).data().toString(), QStringLiteral("unknown"));
        QCOMPARE(model.index(1, TokenTableModel::SupplyColumn).data().toString(), QStringLiteral("10B"));
        QCOMPARE(model.index(4, TokenTableModel::SupplyColumn).data().toString(), QStringLiteral("420.69T"));
        QCOMPARE(model.index(3, 0).data(TokenTableModel::TagsRole).toStringList(),
                 QStringList({QStringLiteral("ghost"), QStringLiteral("hypothetical")}));
        QCOMPARE(model.index(3, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("ghostai"));
    }

    void sentimentColumnsShowSummaries()
    {
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_db.connection());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TokenSummary pepe;
        pepe.tokenId = QStringLiteral("pepe");
        pepe.latestDay = 1759276800000; // 2025-10-01
        pepe.latest = 0.4212;
        pepe.change7d = -0.125;
        pepe.volume7d = 1234;
        pepe.trend = {0.1, std::nan(""), 0.3};
        TokenSummary doge;
        doge.tokenId = QStringLiteral("dogecoin");
        model.setSentimentSummaries({pepe, doge}, Metric::Mean);
        QCOMPARE(changed.size(), 1);
        const int pepeRow = 4;
        QCOMPARE(model.index(pepeRow, TokenTableModel::LatestColumn).data().toString(), QStringLiteral("+0.42"));
        QCOMPARE(model.index(pepeRow, TokenTableModel::ChangeColumn).data().toString(), QStringLiteral("\u22120.13"));
        QCOMPARE(model.index(pepeRow, TokenTableModel::VolumeColumn).data().toString(),
                 QLocale().toString(qint64(1234)));
        const auto trend = model.index(pepeRow, TokenTableModel::TrendColumn).data(TokenTableModel::TrendRole)
                               .value<QList<double>>();
        QCOMPARE(trend.size(), 3);
        QCOMPARE(trend.at(2), 0.3);
        QVERIFY(std::isnan(trend.at(1)));
        // A token without posts, and one without a summary at all, show a dash and sort below real values.
        QCOMPARE(model.index(0, TokenTableModel::LatestColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, TokenTableModel::VolumeColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(0, TokenTableModel::LatestColumn).data(TokenTableModel::SortRole).isValid());
        QVERIFY(model.index(pepeRow, TokenTableModel::ChangeColumn).data(TokenTableModel::SortRole).isValid());

        // Another metric reformats the same columns; a reload keeps the summaries.
        pepe.latest = 62.5;
        pepe.change7d = 4.0;
        model.setSentimentSummaries({pepe}, Metric::PositiveShare);
        model.reload(m_db.connection());
        QCOMPARE(model.index(pepeRow, TokenTableModel::LatestColumn).data().toString(),
                 QStringLiteral("%1 %").arg(QLocale().toString(62.5, 'f', 1)));
        QCOMPARE(model.index(pepeRow, TokenTableModel::ChangeColumn).data().toString(),
                 QStringLiteral("+%1 pts").arg(QLocale().toString(4.0, 'f', 1)));
        QCOMPARE(model.index(pepeRow, 0).data(TokenTableModel::TrendMetricRole).toInt(), int(Metric::PositiveShare));
    }

    void proxySortsBySentiment()
    {
        TokenTableModel model;
        model.reload(m_db.connection());
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QList<TokenSummary> summaries;
        const std::pair<const char*, double> changes[] = {{"pepe", 0.2}, {"icp-ghost", -0.4}, {"dogecoin", 0.05}};
        for (const auto& [id, change] : changes) {
            TokenSummary summary;
            summary.tokenId = QString::fromLatin1(id);
            summary.latestDay = 0;
            summary.change7d = change;
            summaries.append(summary);
        }
        model.setSentimentSummaries(summaries, Metric::Mean);
        proxy.sort(TokenTableModel::ChangeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("pepe"));
        QCOMPARE(proxy.index(1, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("dogecoin"));
        QCOMPARE(proxy.index(2, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("icp-ghost"));
        // Tokens without a value come after those with one, in both directions.
        proxy.sort(TokenTableModel::ChangeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("icp-ghost"));
        QCOMPARE(proxy.index(2, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("pepe"));
        QVERIFY(!proxy.index(3, TokenTableModel::ChangeColumn).data(TokenTableModel::SortRole).isValid());
    }

    void abbreviatedSupply_data()
    {
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("shown");
        QTest::newRow("quadrillion") << QStringLiteral("1000000000000000") << QStringLiteral("1Q");
        QTest::newRow("billions") << QStringLiteral("10000000000") << QStringLiteral("10B");
        QTest::newRow("pepe") << QStringLiteral("420690000000000") << QStringLiteral("420.69T");
        QTest::newRow("small") << QStringLiteral("999") << QStringLiteral("999");
        QTest::newRow("not a number") << QStringLiteral("n/a") << QStringLiteral("n/a");
    }
    void abbreviatedSupply()
    {
        QFETCH(QString, exact);
        QFETCH(QString, shown);
        QCOMPARE(TokenTableModel::abbreviatedSupply(exact), shown);
    }

    void proxyFiltersAndSorts()
    {
        TokenTableModel model;
        model.reload(m_db.connection());
        TokenFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setSearchText(QStringLiteral("ghost"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("ghost xrpl"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("xrpl-ghost-coin"));
        proxy.setSearchText({});
        proxy.setStatusFilter(QStringLiteral("hypothetical"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter({});
        proxy.setChainFilter(QStringLiteral("ethereum"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setChainFilter({});
        proxy.setTagFilter(QStringLiteral("ghost"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTagFilter({});

        // Supply sorts numerically with unknowns first, not as text ("10B" < "420.69T" < "unknown").
        proxy.sort(TokenTableModel::SupplyColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("pepe"));
        QCOMPARE(proxy.index(1, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("icp-ghost"));
        proxy.sort(TokenTableModel::LaunchedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("dogecoin"));
        QCOMPARE(proxy.index(1, 0).data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("pepe"));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
