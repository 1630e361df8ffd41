// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/priceaxis.h"

#include <QTest>

#include <cmath>

using namespace seance;

Q_DECLARE_METATYPE(seance::PriceScale)

namespace {

constexpr qint64 day = 86'400'000;

QList<SeriesPoint> daily(const QList<double>& values, qint64 start = 10 * day)
{
    QList<SeriesPoint> points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points.append({start + i * day, values.at(i)});
    return points;
}

} // namespace

// The price overlay's second axis: its range, where a value lands on it, and the percent-change mapping.
class TestPriceAxis : public QObject
{
    Q_OBJECT
private slots:
    void axisRange_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<PriceScale>("scale");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::newRow("sub-cent prices: steps of 0.001")
            << QList<double>{0.0021, 0.0049} << PriceScale::Linear << 0.001 << 0.005;
        QTest::newRow("dollar prices") << QList<double>{0.95, 1.37} << PriceScale::Linear << 0.8 << 1.6;
        QTest::newRow("percent change spans zero")
            << QList<double>{-42.0, 96.0} << PriceScale::Linear << -50.0 << 150.0;
        QTest::newRow("one value") << QList<double>{5.0} << PriceScale::Linear << 4.0 << 12.0;
        QTest::newRow("never below zero for prices") << QList<double>{0.1, 10.0} << PriceScale::Linear << 0.0 << 20.0;
        QTest::newRow("log: whole decades") << QList<double>{0.0021, 0.049} << PriceScale::Log << 0.001 << 0.1;
        QTest::newRow("log: one decade") << QList<double>{0.0021, 0.0049} << PriceScale::Log << 0.001 << 0.01;
        QTest::newRow("log: exact powers stay") << QList<double>{0.01, 1.0} << PriceScale::Log << 0.01 << 1.0;
        QTest::newRow("log leaves out zero and negatives")
            << QList<double>{0.0, -1.0, 20.0} << PriceScale::Log << 10.0 << 100.0;
        QTest::newRow("nothing to show") << QList<double>{} << PriceScale::Linear << 0.0 << 1.0;
        QTest::newRow("NaN is left out") << QList<double>{qQNaN(), 3.0, 4.0} << PriceScale::Linear << 2.5 << 4.5;
    }
    void axisRange()
    {
        QFETCH(QList<double>, values);
        QFETCH(PriceScale, scale);
        QFETCH(double, min);
        QFETCH(double, max);
        const PriceAxisRange range = priceAxisRange(values, scale);
        QVERIFY2(std::abs(range.min - min) < 1e-12 && std::abs(range.max - max) < 1e-12,
                 qPrintable(QStringLiteral("%1 … %2").arg(range.min).arg(range.max)));
        for (const double v : values) {
            if (std::isfinite(v) && (scale == PriceScale::Linear || v > 0))
                QVERIFY(range.min <= v && v <= range.max);
        }
        if (scale == PriceScale::Linear && !values.isEmpty()) {
            // Four round steps: the ticks meet the sentiment axis's grid lines.
            const double step = (range.max - range.min) / 4;
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                         std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                     qPrintable(QString::number(step)));
        }
    }

    void fraction_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<PriceScale>("scale");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("fraction"); // NaN: cannot be shown
        QTest::newRow("linear bottom") << 0.002 << PriceScale::Linear << 0.002 << 0.005 << 0.0;
        QTest::newRow("linear middle") << 0.0035 << PriceScale::Linear << 0.002 << 0.005 << 0.5;
        QTest::newRow("linear top") << 0.005 << PriceScale::Linear << 0.002 << 0.005 << 1.0;
        QTest::newRow("linear above") << 0.008 << PriceScale::Linear << 0.002 << 0.005 << 2.0;
        QTest::newRow("log: a decade up is half of two") << 0.01 << PriceScale::Log << 0.001 << 0.1 << 0.5;
        QTest::newRow("log: tenfold is the same step anywhere")
            << 0.0316227766 << PriceScale::Log << 0.001 << 0.1 << 0.75;
        QTest::newRow("log: zero has no place") << 0.0 << PriceScale::Log << 0.001 << 0.1 << qQNaN();
        QTest::newRow("log: negative has no place") << -1.0 << PriceScale::Log << 0.001 << 0.1 << qQNaN();
    }
    void fraction()
    {
        QFETCH(double, value);
        QFETCH(PriceScale, scale);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, fraction);
        const std::optional<double> at = priceAxisFraction(value, PriceAxisRange{min, max, scale});
        if (std::isnan(fraction)) {
            QVERIFY(!at);
            return;
        }
        QVERIFY(at);
        QVERIFY2(std::abs(*at - fraction) < 1e-9, qPrintable(QString::number(*at)));
    }

    void priceAtTime_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<double>("price"); // NaN: none
        QTest::newRow("before the first point") << 9 * day << qQNaN();
        QTest::newRow("on a point") << 11 * day << 2.0;
        QTest::newRow("between points: the last one before") << 11 * day + 3600'000 << 2.0;
        QTest::newRow("across a missing day") << 13 * day + 3600'000 << 3.0; // points stop at day 12
        QTest::newRow("not two days on") << 14 * day + 3600'000 << qQNaN();
        QTest::newRow("not across a long gap") << 20 * day << qQNaN();
    }
    void priceAtTime()
    {
        QFETCH(qint64, t);
        QFETCH(double, price);
        const std::optional<double> at = priceAt(daily({1.0, 2.0, 3.0}), t);
        if (std::isnan(price))
            QVERIFY(!at);
        else
            QCOMPARE(at, std::optional<double>(price));
    }

    void percentChange_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<QList<double>>("expected");
        // Prices 2, 3, 1, 4 on days 10…13.
        QTest::newRow("from the first point") << 10 * day << QList<double>{0.0, 50.0, -50.0, 100.0};
        QTest::newRow("range starts mid-series: base is that day's price")
            << 11 * day << QList<double>{0.0, -200.0 / 3, 100.0 / 3};
        QTest::newRow("range starts between points: the price then")
            << 11 * day + 1 << QList<double>{-200.0 / 3, 100.0 / 3};
        QTest::newRow("range starts before the data: its first point")
            << qint64(0) << QList<double>{0.0, 50.0, -50.0, 100.0};
    }
    void percentChange()
    {
        QFETCH(qint64, from);
        QFETCH(QList<double>, expected);
        const QList<QPointF> points = percentChangeFromStart(daily({2.0, 3.0, 1.0, 4.0}), TimeRange{from, 100 * day});
        QCOMPARE(points.size(), expected.size());
        for (qsizetype i = 0; i < points.size(); ++i)
            QVERIFY2(std::abs(points.at(i).y() - expected.at(i)) < 1e-9, qPrintable(QString::number(points.at(i).y())));
    }

    void pointsReachThePlotEdges()
    {
        const QList<QPointF> points = pricePointsFor(daily({1, 2, 3, 4, 5}), TimeRange{11 * day + 1, 13 * day});
        QCOMPARE(points.size(), 3); // day 11 (before), day 12 (inside), day 13 (at the end, after)
        QCOMPARE(points.constFirst().y(), 2.0);
        QCOMPARE(points.constLast().y(), 4.0);
    }

    void sourceCaption()
    {
        QCOMPARE(priceSourceCaption({}), QString());
        const PriceLine gecko{QStringLiteral("a"), QStringLiteral("USD"), QStringLiteral("CoinGecko"), {}};
        const PriceLine sample{QStringLiteral("b"), QStringLiteral("USD"), QStringLiteral("sample data"), {}};
        QCOMPARE(priceSourceCaption({gecko, gecko}), QStringLiteral("Price: CoinGecko"));
        QCOMPARE(priceSourceCaption({sample, gecko}), QStringLiteral("Price: sample data, CoinGecko"));
    }
};

QTEST_GUILESS_MAIN(TestPriceAxis)
#include "tst_priceaxis.moc"
