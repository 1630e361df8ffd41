// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/tokenfilterproxymodel.h"
#include "items/tokentablemodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

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
