// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoothing (models/chart/smoothedseries, smoothing): hand-worked moving averages and EMAs over buckets with
// gaps (by time, not by index), the EMA's seed, the threshold, the standard error with one bucket and with
// several, and a brute-force comparison against the metric of summed BucketSums.
#include "models/chart/smoothedseries.h"
#include "models/compare/alignedseries.h"
#include "models/smoothing.h"
#include "models/viewstate.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 base = 20'000 * dayMs; // a Friday, 2024-10-04 00:00 UTC
constexpr double none = std::numeric_limits<double>::quiet_NaN();

Smoothing smoothing(SmoothingKind kind, int days, int minPosts = 0)
{
    Smoothing s;
    s.kind = kind;
    s.days = days;
    s.minPosts = minPosts;
    return s;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9;
}

QString show(const QList<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'g', 10);
    return parts.join(QLatin1String(", "));
}

} // namespace

class TestSmoothing : public QObject
{
    Q_OBJECT
private slots:
    void smoothedValues_data();
    void smoothedValues();
    void thresholdCountsThePostsOfTheWindow();
    void standardErrorNeedsTwoBuckets();
    void countsTreatMissingDaysAsZero();
    void windowsFollowTimeAtOtherGranularities();
    void bruteForceAgainstSummedBuckets_data();
    void bruteForceAgainstSummedBuckets();
    void specsAndJson();
    void compareLinesAreSmoothedByUtcDay();
    void viewStateKeepsSmoothingAndOldViewsLoadAsNone();
};

void TestSmoothing::smoothedValues_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<WeightedBucket>>("buckets");
    QTest::addColumn<QList<double>>("values"); // days 0..n-1
    QTest::addColumn<QList<double>>("errors");

    // Days 0, 1 and 5; MA over (s − 3 days, s]. By index, day 5 would average in days 0 and 1 (−1/6).
    const QList<WeightedBucket> gappy{{base, 1, 1, 1}, {base + dayMs, 0, 3, 3}, {base + 5 * dayMs, -1, 2, 2}};
    // day 1: (1·1 + 0·3) / 4 = 0.25; SE² = (1·0.75² + 9·0.25²) / (4² − (1 + 9)) = 1.125 / 6.
    QTest::newRow("ma3 with a gap")
        << int(SmoothingKind::MovingAverage) << 3 << gappy << QList<double>{1, 0.25, 0.25, 0, none, -1, -1, -1, none}
        << QList<double>{none, std::sqrt(0.1875), std::sqrt(0.1875), none, none, none, none, none, none};
    QTest::newRow("none draws the buckets")
        << int(SmoothingKind::None) << 3 << gappy << QList<double>{1, 0, none, none, none, -1, none}
        << QList<double>{none, none, none, none, none, none, none};
    // Equal weights: the textbook SEM, s / √k = 1 / √3 for 1, 2, 3.
    QTest::newRow("ma3 equal weights") << int(SmoothingKind::MovingAverage) << 3
                                       << QList<WeightedBucket>{{base, 1, 1, 1},
                                                                {base + dayMs, 2, 1, 1},
                                                                {base + 2 * dayMs, 3, 1, 1}}
                                       << QList<double>{1, 1.5, 2, 2.5, 3, none}
                                       << QList<double>{none, 0.5, 1 / std::sqrt(3.0), 0.5, none, none};
    // EMA N = 3: alpha = 0.5 per day. Day 0 is the seed; day 1: (0.5·1 + 1·0) / 1.5; day 2 ages both:
    // (0.25·1) / 0.75; day 3 adds x = 1 with weight 2: (0.125 + 2) / (0.125 + 0.25 + 2) = 17/19.
    // SE on day 1: v = (0.5, 1), M = 1/3: (0.25·4/9 + 1/9) / (1.5² − 1.25) = 2/9. Day 3: v = (1/8, 1/4, 2),
    // M = 17/19: (1/64·(2/19)² + 1/16·(17/19)² + 4·(2/19)²) / (2.375² − (1/64 + 1/16 + 4)) = (34.125/361) / 1.5625.
    QTest::newRow("ema3 seed and gap")
        << int(SmoothingKind::Exponential) << 3
        << QList<WeightedBucket>{{base, 1, 1, 1}, {base + dayMs, 0, 1, 1}, {base + 3 * dayMs, 1, 2, 2}}
        << QList<double>{1, 1.0 / 3, 1.0 / 3, 17.0 / 19}
        << QList<double>{none, std::sqrt(2.0 / 9), std::sqrt(2.0 / 9), std::sqrt(34.125 / 361 / 1.5625)};
    // Weighting by posts: a day of 9 posts at 1 against a day of 1 post at −1 gives 0.8, not 0.
    // SE² = (81·0.2² + 1·1.8²) / (10² − 82) = 6.48 / 18 = 0.36.
    QTest::newRow("ma2 weighs by posts") << int(SmoothingKind::MovingAverage) << 2
                                         << QList<WeightedBucket>{{base, 1, 9, 9}, {base + dayMs, -1, 1, 1}}
                                         << QList<double>{1, 0.8} << QList<double>{none, 0.6};
}

void TestSmoothing::smoothedValues()
{
    QFETCH(int, kind);
    QFETCH(int, days);
    QFETCH(QList<WeightedBucket>, buckets);
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, errors);
    Smoothing s = smoothing(SmoothingKind(kind), days);
    const auto out = smoothBuckets(buckets, s, Granularity::Day, {base, base + values.size() * dayMs}, false);
    QCOMPARE(out.size(), values.size());
    QList<double> gotValues;
    QList<double> gotErrors;
    for (const SmoothedBucket& point : out) {
        gotValues << point.value;
        gotErrors << point.sem;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(out.at(i).start, base + i * dayMs);
        QVERIFY2(same(gotValues.at(i), values.at(i)), qPrintable(show(gotValues)));
        QVERIFY2(same(gotErrors.at(i), errors.at(i)), qPrintable(show(gotErrors)));
    }
}

void TestSmoothing::thresholdCountsThePostsOfTheWindow()
{
    const QList<WeightedBucket> buckets{{base, 1, 1, 1}, {base + dayMs, 0, 3, 3}, {base + 5 * dayMs, -1, 2, 2}};
    // Posts in (s − 3 days, s]: 1, 4, 4, 3, 0, 2, 2, 2, 0; thin below 3, and a gap is never thin.
    const auto smoothed = smoothBuckets(buckets, smoothing(SmoothingKind::MovingAverage, 3, 3), Granularity::Day,
                                        {base, base + 9 * dayMs}, false);
    const QList<qint64> posts{1, 4, 4, 3, 0, 2, 2, 2, 0};
    const QList<bool> thin{true, false, false, false, false, true, true, true, false};
    for (qsizetype i = 0; i < smoothed.size(); ++i) {
        QCOMPARE(smoothed.at(i).posts, posts.at(i));
        QCOMPARE(smoothed.at(i).thin, thin.at(i));
    }
    // Without smoothing each bucket answers for itself; 0 turns the threshold off.
    const auto raw =
        smoothBuckets(buckets, smoothing(SmoothingKind::None, 3, 2), Granularity::Day, {base, base + 6 * dayMs}, false);
    QCOMPARE(raw.at(0).thin, true);
    QCOMPARE(raw.at(1).thin, false);
    QCOMPARE(raw.at(5).thin, false); // 2 posts, not under 2
    const auto off =
        smoothBuckets(buckets, smoothing(SmoothingKind::None, 3, 0), Granularity::Day, {base, base + 6 * dayMs}, false);
    QCOMPARE(off.at(0).thin, false);
}

void TestSmoothing::standardErrorNeedsTwoBuckets()
{
    // One bucket of 500 posts is still one day: no spread between days to measure.
    const QList<WeightedBucket> one{{base, 0.4, 500, 500}};
    for (const SmoothingKind kind : {SmoothingKind::MovingAverage, SmoothingKind::Exponential}) {
        const auto out = smoothBuckets(one, smoothing(kind, 7), Granularity::Day, {base, base + 3 * dayMs}, false);
        for (const SmoothedBucket& point : out) {
            QCOMPARE(point.value, 0.4);
            QVERIFY(std::isnan(point.sem));
        }
    }
}

void TestSmoothing::countsTreatMissingDaysAsZero()
{
    // Volume: 7 posts on day 0, 14 on day 2. The 7-day window of day 2 holds days −4…2: 21 / 7 = 3.
    const QList<WeightedBucket> buckets{{base, 7, 1, 7}, {base + 2 * dayMs, 14, 1, 14}};
    const auto out = smoothBuckets(buckets, smoothing(SmoothingKind::MovingAverage, 7, 5), Granularity::Day,
                                   {base + 2 * dayMs, base + 3 * dayMs}, true);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).value, 3.0);
    QCOMPARE(out.at(0).thin, false); // a count is never uncertain
    const auto raw =
        smoothBuckets(buckets, smoothing(SmoothingKind::None, 7), Granularity::Day, {base, base + 3 * dayMs}, true);
    QCOMPARE(raw.at(1).value, 0.0);
}

void TestSmoothing::windowsFollowTimeAtOtherGranularities()
{
    const qint64 week = bucketStart(base, Granularity::Week);
    const QList<WeightedBucket> weeks{{week, 1, 1, 1}, {week + weekMs, 3, 1, 1}};
    // A 10-day window reaches back past the previous week's start; a 6-day one does not.
    QCOMPARE(smoothBuckets(weeks, smoothing(SmoothingKind::MovingAverage, 10), Granularity::Week,
                           {week + weekMs, week + 2 * weekMs}, false)
                 .at(0)
                 .value,
             2.0);
    QCOMPARE(smoothBuckets(weeks, smoothing(SmoothingKind::MovingAverage, 6), Granularity::Week,
                           {week + weekMs, week + 2 * weekMs}, false)
                 .at(0)
                 .value,
             3.0);
    // Hours: a 1-day window at hour 23 holds hours 0…23, at hour 24 hours 1…24.
    const QList<WeightedBucket> hours{{base, 1, 1, 1}, {base + 23 * hourMs, 0, 1, 1}};
    const auto out = smoothBuckets(hours, smoothing(SmoothingKind::MovingAverage, 1), Granularity::Hour,
                                   {base + 23 * hourMs, base + 25 * hourMs}, false);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).value, 0.5);
    QCOMPARE(out.at(1).value, 0.0);
}

void TestSmoothing::bruteForceAgainstSummedBuckets_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("days");
    for (const Metric metric : {Metric::Mean, Metric::Weighted, Metric::PositiveShare}) {
        for (const int days : {1, 3, 7, 12}) {
            QTest::addRow("%s ma%d", qPrintable(metricName(metric)), days)
                << int(metric) << int(SmoothingKind::MovingAverage) << days;
            QTest::addRow("%s ema%d", qPrintable(metricName(metric)), days)
                << int(metric) << int(SmoothingKind::Exponential) << days;
        }
    }
}

void TestSmoothing::bruteForceAgainstSummedBuckets()
{
    QFETCH(int, metric);
    QFETCH(int, kind);
    QFETCH(int, days);
    QRandomGenerator random(quint32(metric * 100 + kind * 10 + days));
    // 120 days, a third of them without posts, posts as raw compound scores.
    QList<BucketRow> rows;
    for (int d = 0; d < 120; ++d) {
        if (random.bounded(3) == 0)
            continue;
        BucketRow row;
        row.start = base + d * dayMs;
        const int n = 1 + random.bounded(20);
        for (int k = 0; k < n; ++k)
            row.sums.addPost(random.generateDouble() * 2 - 1, 1 + random.bounded(50));
        rows.append(row);
    }
    const Smoothing s = smoothing(SmoothingKind(kind), days);
    const TimeRange range{base + 40 * dayMs, base + 120 * dayMs};
    const QList<WeightedBucket> weighted = weightedBuckets(rows, Metric(metric));
    const auto out = smoothBuckets(weighted, s, Granularity::Day, range, false);
    QCOMPARE(out.size(), 80);
    const double keep = 1 - 2.0 / (days + 1);
    for (const SmoothedBucket& point : out) {
        double expected = none;
        if (s.kind == SmoothingKind::MovingAverage) {
            // The metric of the window's summed sums: the posts of N days pooled.
            BucketSums total;
            for (const BucketRow& row : rows) {
                if (row.start > point.start - days * dayMs && row.start <= point.start)
                    total += row.sums;
            }
            expected = metricValue(total, Metric(metric)).value_or(none);
        } else {
            // Every bucket from the lead before the range's start up to the point, weighted by keep^age.
            double num = 0;
            double den = 0;
            for (const WeightedBucket& b : weighted) {
                if (b.start > point.start || b.start < range.from - 4 * days * dayMs)
                    continue;
                const double v = b.weight * std::pow(keep, double(point.start - b.start) / dayMs);
                num += v * b.value;
                den += v;
            }
            expected = den > 0 ? num / den : none;
        }
        QVERIFY2(
            std::isnan(expected) == std::isnan(point.value) &&
                (std::isnan(expected) || std::abs(expected - point.value) < 1e-9 * std::max(1.0, std::abs(expected))),
            qPrintable(QStringLiteral("day %1: %2 against %3")
                           .arg((point.start - base) / dayMs)
                           .arg(point.value)
                           .arg(expected)));
    }
}

void TestSmoothing::specsAndJson()
{
    QCOMPARE(smoothingSpec(smoothing(SmoothingKind::MovingAverage, 7)), QStringLiteral("ma:7"));
    QCOMPARE(smoothingSpec(smoothing(SmoothingKind::Exponential, 14)), QStringLiteral("ema:14"));
    QCOMPARE(smoothingSpec(smoothing(SmoothingKind::None, 14)), QStringLiteral("none"));
    QCOMPARE(smoothingFromSpec(QStringLiteral("EMA:30"))->days, 30);
    QCOMPARE(smoothingFromSpec(QStringLiteral("ma"))->days, 7);
    QCOMPARE(smoothingFromSpec(QStringLiteral("none"))->kind, SmoothingKind::None);
    for (const char* bad : {"ma:0", "ma:91", "ma:x", "none:7", "sma:7", ""})
        QVERIFY2(!smoothingFromSpec(QString::fromLatin1(bad)), bad);

    Smoothing s = smoothing(SmoothingKind::Exponential, 21, 9);
    s.band = true;
    QCOMPARE(smoothingFromJson(smoothingToJson(s)), s);
    QCOMPARE(smoothingFromJson(QJsonObject()), Smoothing()); // an old view: none, the defaults
    QString error;
    QVERIFY(!smoothingFromJson(QJsonObject{{QStringLiteral("days"), 7.5}}, &error));
    QVERIFY(error.contains(QLatin1String("smoothing.days")));
    QVERIFY(!smoothingFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("sma")}}, &error));
    QVERIFY(!smoothingFromJson(QJsonObject{{QStringLiteral("minPosts"), -1}}, &error));
}

void TestSmoothing::compareLinesAreSmoothedByUtcDay()
{
    // Posts on the anchor's day (2 at +0.5, weight 1) and two days later (1 at −0.4); the anchor at 15:00 UTC.
    const auto row = [](int day, const QList<double>& scores) {
        BucketRow r;
        r.start = base + day * dayMs;
        for (const double score : scores)
            r.sums.addPost(score, 1);
        return r;
    };
    const QList<BucketRow> rows{row(-5, {0.9}), row(0, {0.5, 0.5}), row(2, {-0.4})};
    const qint64 anchor = base + 15 * hourMs;
    const DayWindow window{-1, 3};
    const QList<AlignedPoint> raw = alignDailyBuckets(rows, anchor, window, Metric::Mean);
    QCOMPARE(smoothAlignedPoints(raw, rows, anchor, window, Metric::Mean, Smoothing()), raw);
    // A 3-day moving average: day −1 reaches back to day −3 (no posts); days 0 and 1 hold day 0; day 2 pools
    // days 0–2: (2·0.5 − 0.4) / 3 = 0.2; day 3 pools days 1–3: −0.4. Post counts stay each day's own.
    const QList<AlignedPoint> smoothed =
        smoothAlignedPoints(raw, rows, anchor, window, Metric::Mean, smoothing(SmoothingKind::MovingAverage, 3));
    const QList<std::optional<double>> expected{std::nullopt, 0.5, 0.5, 0.2, -0.4};
    QCOMPARE(smoothed.size(), expected.size());
    for (qsizetype i = 0; i < smoothed.size(); ++i) {
        QCOMPARE(smoothed.at(i).day, int(i) - 1);
        QCOMPARE(smoothed.at(i).posts, raw.at(i).posts);
        QCOMPARE(smoothed.at(i).value.has_value(), expected.at(i).has_value());
        if (expected.at(i))
            QVERIFY(std::abs(*smoothed.at(i).value - *expected.at(i)) < 1e-12);
    }
}

void TestSmoothing::viewStateKeepsSmoothingAndOldViewsLoadAsNone()
{
    ViewState saved;
    Smoothing smoothing;
    smoothing.kind = SmoothingKind::MovingAverage;
    smoothing.days = 14;
    smoothing.band = true;
    smoothing.minPosts = 12;
    QSignalSpy changed(&saved, &ViewState::smoothingChanged);
    saved.setSmoothing(smoothing);
    saved.setSmoothing(smoothing);
    QCOMPARE(changed.count(), 1);
    const QJsonObject json = saved.toJson();
    QCOMPARE(json.value(QStringLiteral("smoothing")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("ma"));
    ViewState restored;
    QVERIFY(restored.fromJson(json));
    QCOMPARE(restored.smoothing(), smoothing);
    // A view saved before smoothing existed: no key, so raw buckets, whatever was shown before.
    QJsonObject old = json;
    old.remove(QStringLiteral("smoothing"));
    QVERIFY(restored.fromJson(old));
    QCOMPARE(restored.smoothing().kind, SmoothingKind::None);
    // A bad smoothing refuses the whole view and changes nothing.
    restored.setSmoothing(smoothing);
    QJsonObject bad = json;
    bad.insert(QStringLiteral("smoothing"), QJsonObject{{QStringLiteral("days"), 0}});
    bad.insert(QStringLiteral("metric"), QStringLiteral("volume"));
    QString error;
    QVERIFY(!restored.fromJson(bad, &error));
    QVERIFY2(error.contains(QLatin1String("smoothing.days")), qPrintable(error));
    QCOMPARE(restored.smoothing(), smoothing);
    QCOMPARE(restored.metric(), Metric::Mean);
    bad.insert(QStringLiteral("smoothing"), 7);
    QVERIFY(!restored.fromJson(bad, &error));
}

QTEST_GUILESS_MAIN(TestSmoothing)
#include "tst_smoothing.moc"
