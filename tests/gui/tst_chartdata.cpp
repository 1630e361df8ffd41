// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's series from buckets: where a missing bucket is a gap and where it is a real zero.
#include "models/chart/chartdata.h"

#include <QTest>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z

BucketRow dayRow(int day, qint64 posts, double meanCompound)
{
    BucketRow row;
    row.start = day0 + day * dayMs;
    row.sums.n = posts;
    row.sums.nScored = posts;
    // Every post of a row has the row's mean, so the row is all positive, all negative or all neutral.
    row.sums.nPos = meanCompound >= 0.05 ? posts : 0;
    row.sums.nNeg = meanCompound <= -0.05 ? posts : 0;
    row.sums.sumCompound = meanCompound * double(posts);
    row.sums.sumWeight = double(posts);
    row.sums.sumWeightedCompound = row.sums.sumCompound;
    return row;
}

// "v" for a value, "_" for a gap, per point: compact enough to read the expectations as pictures.
QString shape(const QList<TimeValue>& points)
{
    QString out;
    for (const TimeValue& p : points)
        out += std::isfinite(p.v) ? QString::number(p.v) + QLatin1Char(' ') : QStringLiteral("_ ");
    return out.trimmed();
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT
private slots:
    void metricSeriesGapsAndZeros_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<QString>("expected");
        // Days 0, 1 and 5 have 2, 4 and 6 posts with means 0.5, −0.25 and 1.
        QTest::newRow("mean: a gap") << int(Metric::Mean) << QStringLiteral("0.5 -0.25 _ 1");
        QTest::newRow("positive share: a gap") << int(Metric::PositiveShare) << QStringLiteral("100 0 _ 100");
        QTest::newRow("volume: zeros across the gap") << int(Metric::Volume) << QStringLiteral("2 4 0 0 6");
    }
    void metricSeriesGapsAndZeros()
    {
        QFETCH(int, metric);
        QFETCH(QString, expected);
        const QList<BucketRow> rows = {dayRow(0, 2, 0.5), dayRow(1, 4, -0.25), dayRow(5, 6, 1.0)};
        const QList<TimeValue> points =
            metricSeries(rows, Metric(metric), Granularity::Day, {day0, day0 + 6 * dayMs});
        QCOMPARE(shape(points), expected);
        // Every point sits at a bucket centre, in time order.
        for (qsizetype i = 0; i < points.size(); ++i) {
            QCOMPARE((points.at(i).t - day0) % dayMs, dayMs / 2);
            if (i > 0)
                QVERIFY(points.at(i).t > points.at(i - 1).t);
        }
    }

    void volumeZeroesSpanTheWholeGap()
    {
        const QList<BucketRow> rows = {dayRow(0, 2, 0), dayRow(5, 6, 0)};
        const QList<TimeValue> points = metricSeries(rows, Metric::Volume, Granularity::Day, {day0, day0 + 6 * dayMs});
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(1).t, day0 + dayMs + dayMs / 2); // the first empty day
        QCOMPARE(points.at(2).t, day0 + 4 * dayMs + dayMs / 2); // the last empty day
        // One empty day needs one zero point, not two at the same time.
        const QList<TimeValue> single =
            metricSeries({dayRow(0, 2, 0), dayRow(2, 6, 0)}, Metric::Volume, Granularity::Day, {day0, day0 + 3 * dayMs});
        QCOMPARE(shape(single), QStringLiteral("2 0 6"));
    }

    // Bars sum the tokens' posts per bucket, in time order, whatever the order and overlap of the tokens' days.
    void volumeBarsSumTokensPerBucket()
    {
        const auto token = [](const QList<int>& days) {
            TokenBuckets buckets;
            for (const int day : days)
                buckets.rows.append(dayRow(day, day + 1, 0.0)); // day d has d + 1 posts
            return buckets;
        };
        // Five tokens, so the pairwise merge has an odd run out in its first round.
        const QList<TokenBuckets> tokens = {token({1, 4, 6}), token({0, 4}), token({}), token({2, 3, 4, 9}),
                                            token({0, 9})};
        double maxVolume = 0;
        const QList<VolumeBar> bars =
            volumeBars(tokens, Granularity::Day, {day0, day0 + 10 * dayMs}, 1000, &maxVolume);
        QString sums;
        for (const VolumeBar& bar : bars) {
            QCOMPARE(bar.to - bar.from, dayMs);
            sums += QStringLiteral("%1:%2 ").arg((bar.from - day0) / dayMs).arg(bar.posts);
        }
        QCOMPARE(sums.trimmed(), QStringLiteral("0:2 1:2 2:3 3:4 4:15 6:7 9:20"));
        QCOMPARE(maxVolume, 20.0);
    }

    // The background window: the row budget shared by the tokens, centred on the view, aligned to buckets.
    void prefetchWindowFollowsTheRowBudget_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<qint64>("visibleSpan");
        QTest::addColumn<qint64>("expectedBuckets"); // 0: the same as loadWindow()
        QTest::newRow("1 token, daily") << int(Granularity::Day) << 1 << 30 * dayMs << prefetchRowBudget;
        QTest::newRow("4 tokens, hourly") << int(Granularity::Hour) << 4 << 60 * dayMs << prefetchRowBudget / 4;
        QTest::newRow("20 tokens, hourly") << int(Granularity::Hour) << 20 << 3 * dayMs << prefetchRowBudget / 20;
        QTest::newRow("view wider than the budget") << int(Granularity::Hour) << 20 << 400 * dayMs << qint64(0);
    }
    void prefetchWindowFollowsTheRowBudget()
    {
        QFETCH(int, granularity);
        QFETCH(int, tokens);
        QFETCH(qint64, visibleSpan);
        QFETCH(qint64, expectedBuckets);
        const auto g = Granularity(granularity);
        const TimeRange visible{day0 + 7 * dayMs + 1234, day0 + 7 * dayMs + 1234 + visibleSpan};
        const TimeRange window = prefetchWindow(visible, g, tokens);
        const TimeRange tight = loadWindow(visible, g);
        const qint64 length = granularityLength(g);
        if (expectedBuckets == 0) {
            QCOMPARE(window, tight);
            return;
        }
        QVERIFY(window.from <= tight.from && tight.to <= window.to);
        QCOMPARE(window.from % length, 0);
        QVERIFY(std::abs(window.span() / length - expectedBuckets) <= 2);
        // Centred: the margins either side differ by less than two buckets.
        QVERIFY(std::abs((visible.from - window.from) - (window.to - visible.to)) < 2 * length);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
