// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartmath/downsampling.h"
#include "models/time/granularity.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z
constexpr double gapNaN = std::numeric_limits<double>::quiet_NaN();

// Hourly samples of a random walk around 0.5, so no value is 0 by accident and a zero in the output would show.
QList<TimeValue> randomWalk(qsizetype n, unsigned seed = 7)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> step(0.0, 0.05);
    QList<TimeValue> points;
    points.reserve(n);
    double v = 0.5;
    for (qsizetype i = 0; i < n; ++i) {
        v = std::clamp(v + step(random), 0.1, 0.9);
        points.append({day0 + i * hourMs, v});
    }
    return points;
}

bool same(const TimeValue& a, const TimeValue& b)
{
    return a.t == b.t && (a.v == b.v || (std::isnan(a.v) && std::isnan(b.v)));
}

// True if out is input with some points left out and none added, changed or reordered.
bool isSubsequence(const QList<TimeValue>& out, const QList<TimeValue>& in)
{
    qsizetype j = 0;
    for (const TimeValue& p : out) {
        while (j < in.size() && !same(in.at(j), p))
            ++j;
        if (j == in.size())
            return false;
        ++j;
    }
    return true;
}

TimeRange extent(const QList<TimeValue>& points)
{
    return {points.front().t, points.back().t + 1};
}

// For lttb, size is the target; for min-max, the number of columns across the points' extent.
QList<TimeValue> reduce(const QString& algorithm, const QList<TimeValue>& points, int size)
{
    if (algorithm == QLatin1String("lttb"))
        return downsampleLttb(points, size);
    return downsampleMinMax(points, points.isEmpty() ? TimeRange{day0, day0 + dayMs} : extent(points), size);
}

// Finite runs and NaN gaps, alternating from a finite run: {3000, 100, 3000} is run, gap, run.
QList<TimeValue> withGaps(const QList<int>& layout, bool leadingGap)
{
    qsizetype total = 0;
    for (int length : layout)
        total += length;
    QList<TimeValue> points = randomWalk(total, 11);
    qsizetype i = 0;
    bool gap = leadingGap;
    for (int length : layout) {
        for (int k = 0; k < length; ++k, ++i) {
            if (gap)
                points[i].v = gapNaN;
        }
        gap = !gap;
    }
    return points;
}

} // namespace

class TestDownsampling : public QObject
{
    Q_OBJECT
private slots:
    void passthrough_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("nanAt");
        const QString lttb = QStringLiteral("lttb");
        const QString minMax = QStringLiteral("minmax");
        QTest::newRow("lttb, empty") << lttb << 0 << 10 << -1;
        QTest::newRow("lttb, one point") << lttb << 1 << 10 << -1;
        QTest::newRow("lttb, n = target") << lttb << 50 << 50 << -1;
        QTest::newRow("lttb, n < target") << lttb << 50 << 1000 << -1;
        QTest::newRow("lttb, target 0 means 3") << lttb << 3 << 0 << -1;
        QTest::newRow("lttb, gap kept as is") << lttb << 10 << 10 << 4;
        QTest::newRow("minmax, empty") << minMax << 0 << 10 << -1;
        QTest::newRow("minmax, n = 4 × columns") << minMax << 40 << 10 << -1;
        QTest::newRow("minmax, few points") << minMax << 7 << 100 << -1;
        QTest::newRow("minmax, gap kept as is") << minMax << 12 << 3 << 0;
    }
    void passthrough()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, n);
        QFETCH(int, size);
        QFETCH(int, nanAt);
        QList<TimeValue> points = randomWalk(n);
        if (nanAt >= 0)
            points[nanAt].v = gapNaN;
        const QList<TimeValue> out = reduce(algorithm, points, size);
        QCOMPARE(out.size(), points.size());
        for (qsizetype i = 0; i < out.size(); ++i)
            QVERIFY(same(out.at(i), points.at(i)));
    }

    void firstAndLastKept_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("size");
        const QString lttb = QStringLiteral("lttb");
        const QString minMax = QStringLiteral("minmax");
        QTest::newRow("lttb 1000 → 3") << lttb << 1000 << 3;
        QTest::newRow("lttb 1000 → 10") << lttb << 1000 << 10;
        QTest::newRow("lttb 1000 → 999") << lttb << 1000 << 999;
        QTest::newRow("lttb 100000 → 7680") << lttb << 100000 << 7680;
        QTest::newRow("minmax 1000 → 10 columns") << minMax << 1000 << 10;
        QTest::newRow("minmax 100000 → 1920 columns") << minMax << 100000 << 1920;
        QTest::newRow("minmax 5000 → 1 column") << minMax << 5000 << 1;
    }
    void firstAndLastKept()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, n);
        QFETCH(int, size);
        const QList<TimeValue> points = randomWalk(n);
        const QList<TimeValue> out = reduce(algorithm, points, size);
        QVERIFY(out.size() < points.size());
        QVERIFY(same(out.front(), points.front()));
        QVERIFY(same(out.back(), points.back()));
        QVERIFY(isSubsequence(out, points));
    }

    void lttbOutputSize_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("target");
        QTest::newRow("4 → 3") << 4 << 3;
        QTest::newRow("10 → 3") << 10 << 3;
        QTest::newRow("11 → 10") << 11 << 10;
        QTest::newRow("1000 → 7") << 1000 << 7;
        QTest::newRow("1000 → 500") << 1000 << 500;
        QTest::newRow("12345 → 1000") << 12345 << 1000;
        QTest::newRow("100000 → 7680") << 100000 << 7680;
    }
    void lttbOutputSize()
    {
        QFETCH(int, n);
        QFETCH(int, target);
        const QList<TimeValue> points = randomWalk(n);
        const QList<TimeValue> out = downsampleLttb(points, target);
        QCOMPARE(out.size(), qsizetype(target));
        QVERIFY(isSubsequence(out, points));
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).t > out.at(i - 1).t);
    }

    // A flat line with one narrow triangle: LTTB keeps the apex, where picking every k-th point would miss it.
    void lttbPicksTheTrianglePeak_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("apex");
        QTest::addColumn<double>("height");
        QTest::addColumn<int>("target");
        QTest::newRow("middle, 3 points") << 101 << 50 << 10.0 << 3;
        QTest::newRow("early valley, 3 points") << 101 << 20 << -10.0 << 3;
        QTest::newRow("late, 5 points") << 101 << 77 << 10.0 << 5;
        QTest::newRow("odd place, 9 of 1000") << 1000 << 333 << 5.0 << 9;
        QTest::newRow("near the end, 9 of 1000") << 1000 << 990 << 5.0 << 9;
        QTest::newRow("mid bucket, 12 of 10000") << 10000 << 1500 << 2.0 << 12;
    }
    void lttbPicksTheTrianglePeak()
    {
        QFETCH(int, n);
        QFETCH(int, apex);
        QFETCH(double, height);
        QFETCH(int, target);
        QList<TimeValue> points;
        for (int i = 0; i < n; ++i) {
            const int distance = std::abs(i - apex);
            points.append({day0 + i * hourMs, distance < 5 ? height * (5 - distance) / 5.0 : 0.0});
        }
        const QList<TimeValue> out = downsampleLttb(points, target);
        QCOMPARE(out.size(), qsizetype(target));
        const bool hasApex =
            std::any_of(out.cbegin(), out.cend(), [&](const TimeValue& p) { return same(p, points.at(apex)); });
        QVERIFY(hasApex);
    }

    // Each column's extremes must survive exactly, however narrow the spike.
    void minMaxKeepsSpikes_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("spike");
        QTest::addColumn<int>("dip");
        QTest::newRow("100k over 100 columns") << 100000 << 100 << 31337 << 31338;
        QTest::newRow("100k over 1920 columns") << 100000 << 1920 << 5 << 99990;
        QTest::newRow("spike at the very start") << 20000 << 300 << 0 << 19999;
        QTest::newRow("uneven columns") << 9999 << 7 << 1428 << 1429;
    }
    void minMaxKeepsSpikes()
    {
        QFETCH(int, n);
        QFETCH(int, columns);
        QFETCH(int, spike);
        QFETCH(int, dip);
        QList<TimeValue> points = randomWalk(n);
        points[spike].v = 1000.0;
        points[dip].v = -1000.0;
        const TimeRange range = extent(points);
        const QList<TimeValue> out = downsampleMinMax(points, range, columns);
        QVERIFY(out.size() <= 4 * qsizetype(columns));
        QVERIFY(isSubsequence(out, points));
        QVERIFY(std::any_of(out.cbegin(), out.cend(), [&](const TimeValue& p) { return same(p, points.at(spike)); }));
        QVERIFY(std::any_of(out.cbegin(), out.cend(), [&](const TimeValue& p) { return same(p, points.at(dip)); }));

        // Per column: at most four points, and the same minimum and maximum as the input.
        const auto columnOf = [&](qint64 t) { return (t - range.from) * columns / range.span(); };
        struct Extremes
        {
            double min = std::numeric_limits<double>::infinity();
            double max = -std::numeric_limits<double>::infinity();
            int count = 0;
        };
        std::map<qint64, Extremes> input;
        std::map<qint64, Extremes> output;
        const auto add = [](Extremes& e, double v) {
            e.min = std::min(e.min, v);
            e.max = std::max(e.max, v);
            ++e.count;
        };
        for (const TimeValue& p : points)
            add(input[columnOf(p.t)], p.v);
        for (const TimeValue& p : out)
            add(output[columnOf(p.t)], p.v);
        QCOMPARE(output.size(), input.size());
        for (const auto& [column, extremes] : input) {
            QVERIFY(output[column].count <= 4);
            QCOMPARE(output[column].min, extremes.min);
            QCOMPARE(output[column].max, extremes.max);
        }
    }

    void minMaxPointsOutsideTheRange()
    {
        const QList<TimeValue> points = randomWalk(40 * 24); // 40 days of hours
        const TimeRange range{day0 + 10 * dayMs, day0 + 20 * dayMs};
        const QList<TimeValue> out = downsampleMinMax(points, range, 12);
        QVERIFY(isSubsequence(out, points));
        QVERIFY(same(out.front(), points.front()));
        QVERIFY(same(out.back(), points.back()));
        const auto before =
            std::count_if(out.cbegin(), out.cend(), [&](const TimeValue& p) { return p.t < range.from; });
        const auto after = std::count_if(out.cbegin(), out.cend(), [&](const TimeValue& p) { return p.t >= range.to; });
        QVERIFY(before >= 2 && before <= 4);
        QVERIFY(after >= 2 && after <= 4);
        QVERIFY(out.size() <= 4 * (12 + 2));
    }

    // Missing buckets are NaN: the output must break the line there, never bridge it or fill it with zeros.
    void gaps_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<int>>("layout");
        QTest::addColumn<bool>("leadingGap");
        QList<int> many;
        for (int i = 0; i < 10; ++i)
            many << 1000 << 20;
        many << 1000;
        const QList<QPair<QString, int>> algorithms{{QStringLiteral("lttb"), 300}, {QStringLiteral("minmax"), 60}};
        for (const auto& [algorithm, size] : algorithms) {
            const QByteArray name = algorithm.toLatin1();
            QTest::addRow("%s, one gap", name.data()) << algorithm << size << QList<int>{3000, 100, 3000} << false;
            QTest::addRow("%s, leading and trailing NaN", name.data())
                << algorithm << size << QList<int>{50, 5000, 50} << true;
            QTest::addRow("%s, ten gaps", name.data()) << algorithm << size << many << false;
            QTest::addRow("%s, one-point runs", name.data())
                << algorithm << size << QList<int>{1000, 1, 1, 1, 1, 2, 1000} << false;
            QTest::addRow("%s, one-sample gap", name.data()) << algorithm << size << QList<int>{2000, 1, 2000} << false;
            QTest::addRow("%s, gap in the first bucket", name.data())
                << algorithm << size << QList<int>{5, 10, 6000} << false;
        }
    }
    void gaps()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, size);
        QFETCH(QList<int>, layout);
        QFETCH(bool, leadingGap);
        const QList<TimeValue> points = withGaps(layout, leadingGap);
        const QList<TimeValue> out = reduce(algorithm, points, size);
        QVERIFY(out.size() < points.size());
        QVERIFY(isSubsequence(out, points));
        QVERIFY(std::isfinite(out.front().v));
        QVERIFY(std::isfinite(out.back().v));

        // Expected: one marker per interior gap, at the gap's first sample, between the last sample before the
        // gap and the first after it.
        int interiorGaps = 0;
        qsizetype runs = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (std::isfinite(points.at(i).v) && (i == 0 || !std::isfinite(points.at(i - 1).v)))
                ++runs;
        }
        for (qsizetype i = 1; i < points.size(); ++i) {
            if (std::isnan(points.at(i).v) && std::isfinite(points.at(i - 1).v)) {
                qsizetype end = i;
                while (end < points.size() && std::isnan(points.at(end).v))
                    ++end;
                if (end == points.size())
                    continue;
                ++interiorGaps;
                const auto marker =
                    std::find_if(out.cbegin(), out.cend(), [&](const TimeValue& p) { return same(p, points.at(i)); });
                QVERIFY2(marker != out.cend(), qPrintable(QStringLiteral("no marker for the gap at %1").arg(i)));
                QVERIFY(marker != out.cbegin() && marker + 1 != out.cend());
                QVERIFY(same(*(marker - 1), points.at(i - 1)));
                QVERIFY(same(*(marker + 1), points.at(end)));
            }
        }
        const auto markers =
            std::count_if(out.cbegin(), out.cend(), [](const TimeValue& p) { return std::isnan(p.v); });
        QCOMPARE(markers, qsizetype(interiorGaps));
        QCOMPARE(runs, qsizetype(interiorGaps + 1));
        if (algorithm == QLatin1String("lttb"))
            QVERIFY(out.size() <= size + 2 * runs);
        else
            QVERIFY(out.size() <= 4 * (size + 2) * runs + interiorGaps);
    }

    void onlyGaps()
    {
        QList<TimeValue> points = randomWalk(5000);
        for (TimeValue& p : points)
            p.v = gapNaN;
        QVERIFY(downsampleLttb(points, 100).isEmpty());
        QVERIFY(downsampleMinMax(points, extent(points), 10).isEmpty());
    }

    void unsortedInputIsSafe()
    {
#ifndef QT_NO_DEBUG
        QSKIP("Debug builds assert that the input is sorted.");
#endif
        QList<TimeValue> points = randomWalk(20000);
        std::shuffle(points.begin(), points.end(), std::mt19937(3));
        QVERIFY(!isSortedByTime(points));
        QCOMPARE(downsampleLttb(points, 500).size(), qsizetype(500));
        const QList<TimeValue> out = downsampleMinMax(points, {day0, day0 + 20000 * hourMs}, 100);
        QVERIFY(out.size() <= points.size());
        for (const TimeValue& p : out)
            QVERIFY(std::any_of(points.cbegin(), points.cend(), [&](const TimeValue& q) { return same(p, q); }));
    }

    void sortedness()
    {
        QVERIFY(isSortedByTime({}));
        const QList<TimeValue> ties{{1, 0.0}, {1, 1.0}, {2, 0.0}};
        QVERIFY(isSortedByTime(ties));
        const QList<TimeValue> backwards{{2, 0.0}, {1, 0.0}};
        QVERIFY(!isSortedByTime(backwards));
    }

    void pointsForQtCharts()
    {
        const QList<TimeValue> points{{day0 + 123, 0.25}, {day0 + hourMs, gapNaN}};
        const QList<QPointF> converted = toPoints(points);
        QCOMPARE(converted.size(), 2);
        QCOMPARE(qint64(converted.at(0).x()), day0 + 123);
        QCOMPARE(converted.at(0).y(), 0.25);
        QVERIFY(std::isnan(converted.at(1).y()));
    }
};

QTEST_GUILESS_MAIN(TestDownsampling)
#include "tst_downsampling.moc"
