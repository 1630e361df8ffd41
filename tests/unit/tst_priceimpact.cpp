// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/eventimpactmodel.h"
#include "models/market/priceimpact.h"
#include "models/storage/database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 day = 86'400'000;

// Day d's price is 100 + d, on days 0…29.
QList<SeriesPoint> rising()
{
    QList<SeriesPoint> points;
    for (int d = 0; d < 30; ++d)
        points.append({d * day, 100.0 + d});
    return points;
}

} // namespace

// The price around an event: the change over N days before it and after it, in the model and the tooltip.
class TestPriceImpact : public QObject
{
    Q_OBJECT
private slots:
    void impact_data()
    {
        QTest::addColumn<qint64>("eventTime");
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("before"); // NaN: not covered
        QTest::addColumn<double>("after");
        QTest::newRow("in the middle") << 10 * day << 7 << 100.0 * (110.0 / 103.0 - 1) << 100.0 * (117.0 / 110.0 - 1);
        QTest::newRow("an event at noon uses that day's price")
            << 10 * day + day / 2 << 3 << 100.0 * (110.0 / 107.0 - 1) << 100.0 * (113.0 / 110.0 - 1);
        QTest::newRow("too early for before") << 3 * day << 7 << qQNaN() << 100.0 * (110.0 / 103.0 - 1);
        QTest::newRow("too late for after") << 27 * day << 7 << 100.0 * (127.0 / 120.0 - 1) << qQNaN();
        QTest::newRow("before the series") << -20 * day << 7 << qQNaN() << qQNaN();
    }
    void impact()
    {
        QFETCH(qint64, eventTime);
        QFETCH(int, days);
        QFETCH(double, before);
        QFETCH(double, after);
        const PriceImpact impact = priceImpact(rising(), eventTime, days);
        QCOMPARE(impact.beforePercent.has_value(), !std::isnan(before));
        QCOMPARE(impact.afterPercent.has_value(), !std::isnan(after));
        if (impact.beforePercent)
            QVERIFY(std::abs(*impact.beforePercent - before) < 1e-9);
        if (impact.afterPercent)
            QVERIFY(std::abs(*impact.afterPercent - after) < 1e-9);
    }

    void eventsGetTheirTokensPriceInTheTable()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.seance"))));
        QVERIFY(
            execSql(db.handle(),
                    "INSERT INTO tokens (id, name, symbol, chain) VALUES ('a', 'A', 'A', 'x'), ('b', 'B', 'B', 'x');"
                    "INSERT INTO series (id, token_id, metric, source, unit) VALUES ('b-price-usd', 'b', 'price', "
                    "'CoinGecko', 'USD');"));
        for (const SeriesPoint& p : rising()) {
            const QByteArray sql = "INSERT INTO series_points VALUES ('b-price-usd', " + QByteArray::number(p.t) +
                                   ", " + QByteArray::number(p.value) + ")";
            QVERIFY(execSql(db.handle(), sql.constData()));
        }
        EventRecord priced;
        priced.id = QStringLiteral("priced");
        priced.occurredAt = 10 * day;
        priced.tokenIds = {QStringLiteral("a"), QStringLiteral("b")}; // a has no price: b's is used
        EventRecord unpriced;
        unpriced.id = QStringLiteral("unpriced");
        unpriced.occurredAt = 10 * day;
        unpriced.tokenIds = {QStringLiteral("a")};
        const QHash<QString, PriceImpact> impacts = eventPriceImpacts(db, {priced, unpriced}, 7);
        QCOMPARE(impacts.size(), 1);
        QCOMPARE(impacts.value(QStringLiteral("priced")).tokenId, QStringLiteral("b"));

        EventImpactModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventImpactRow first{priced, SubjectKind::Token, QStringLiteral("b"), QStringLiteral("B"), {}};
        EventImpactRow second{unpriced, SubjectKind::Token, QStringLiteral("a"), QStringLiteral("A"), {}};
        model.setRows({first, second}, Metric::Mean, 7);
        model.setPriceImpacts(impacts);
        QCOMPARE(model.headerData(EventImpactModel::PriceAfterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Price after (7 d)"));
        QCOMPARE(model.index(0, EventImpactModel::PriceBeforeColumn).data().toString(),
                 percentChangeText(100.0 * (110.0 / 103.0 - 1)));
        QVERIFY(model.index(0, EventImpactModel::PriceAfterColumn).data().toString().startsWith(QLatin1Char('+')));
        QCOMPARE(model.index(1, EventImpactModel::PriceBeforeColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(1, EventImpactModel::PriceBeforeColumn).data(EventImpactModel::SortRole).isValid());

        const QString html = priceImpactHtml(impacts.value(QStringLiteral("priced")), QStringLiteral("B <token>"), 7);
        QVERIFY2(html.contains(QStringLiteral("B &lt;token&gt;")) &&
                     html.contains(QStringLiteral("over the 7 days before")),
                 qPrintable(html));
        QCOMPARE(priceImpactHtml(PriceImpact{}, QStringLiteral("A"), 7), QString());
    }
};

QTEST_GUILESS_MAIN(TestPriceImpact)
#include "tst_priceimpact.moc"
