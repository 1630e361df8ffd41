// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/smoothedseries.h"

#include <cmath>
#include <deque>
#include <limits>

namespace seance {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The running sums of a weighted mean and its standard error: Σv, Σv², Σvx, Σv²x, Σv²x² and the number of
// buckets with posts. The moving average adds and removes buckets; the EMA scales them all down each bucket.
struct Sums
{
    double v = 0;
    double v2 = 0;
    double vx = 0;
    double v2x = 0;
    double v2xx = 0;
    qint64 count = 0;

    void add(double x, double w, double sign)
    {
        v += sign * w;
        v2 += sign * w * w;
        vx += sign * w * x;
        v2x += sign * w * w * x;
        v2xx += sign * w * w * x * x;
        count += sign > 0 ? 1 : -1;
        if (count == 0)
            *this = Sums(); // no rounding residue once the window is empty
    }
    void decay(double d)
    {
        v *= d;
        vx *= d;
        v2 *= d * d;
        v2x *= d * d;
        v2xx *= d * d;
    }
    double mean() const { return v > 0 ? vx / v : nan; }
    double standardError() const
    {
        const double m = mean();
        const double denominator = v * v - v2;
        if (count < 2 || !std::isfinite(m) || !(denominator > 1e-12 * v * v))
            return nan;
        const double numerator = v2xx - 2 * m * v2x + m * m * v2;
        return std::sqrt(std::max(numerator, 0.0) / denominator);
    }
};

struct Slot
{
    double x = 0;
    double w = 0;
    qint64 posts = 0;
    bool observed = false;
};

} // namespace

bool metricCountsPosts(Metric metric)
{
    return metric == Metric::Volume || metric == Metric::Unscored;
}

std::optional<WeightedBucket> weightedBucket(const BucketRow& row, Metric metric)
{
    const BucketSums& s = row.sums;
    const std::optional<double> value = metricValue(s, metric);
    if (!value)
        return std::nullopt;
    double weight = 1;
    qint64 posts = s.nScored;
    switch (metric) {
    case Metric::Mean:
        weight = double(s.nScored);
        break;
    case Metric::Weighted:
        weight = s.sumWeight;
        break;
    case Metric::PositiveShare:
        weight = double(s.nPos + s.nNeg);
        break;
    case Metric::ShareOfVoice:
        weight = double(s.allSubjectsN);
        posts = s.n;
        break;
    case Metric::Volume:
    case Metric::Unscored:
        posts = s.n;
        break;
    }
    if (!(weight > 0))
        return std::nullopt;
    return WeightedBucket{row.start, *value, weight, posts};
}

QList<WeightedBucket> weightedBuckets(const QList<BucketRow>& rows, Metric metric)
{
    QList<WeightedBucket> out;
    out.reserve(rows.size());
    for (const BucketRow& row : rows) {
        if (const auto bucket = weightedBucket(row, metric))
            out.append(*bucket);
    }
    return out;
}

qint64 smoothingLead(const Smoothing& smoothing)
{
    switch (smoothing.kind) {
    case SmoothingKind::MovingAverage:
        return qint64(smoothing.days) * dayMs;
    case SmoothingKind::Exponential:
        return 4 * qint64(smoothing.days) * dayMs;
    case SmoothingKind::None:
        break;
    }
    return 0;
}

QList<SmoothedBucket> smoothBuckets(std::span<const WeightedBucket> buckets, const Smoothing& smoothing,
                                    Granularity granularity, const TimeRange& range, bool missingIsZero)
{
    const qint64 length = granularityLength(granularity);
    const qint64 first = bucketStart(range.from, granularity);
    const qint64 begin = bucketStart(first - smoothingLead(smoothing), granularity);
    const qint64 windowMs = qint64(std::max(smoothing.days, 1)) * dayMs;
    const auto windowSlots = std::size_t((windowMs + length - 1) / length); // bucket starts in (s − N days, s]
    const double alpha = 2.0 / (std::max(smoothing.days, 1) + 1.0);
    const double decay = std::pow(1 - alpha, double(length) / double(dayMs));
    const bool thresholded = !missingIsZero && smoothing.minPosts > 0;

    QList<SmoothedBucket> out;
    if (range.to > first)
        out.reserve(qsizetype((range.to - first) / length + 1));
    std::size_t next = 0;
    while (next < buckets.size() && buckets[next].start < begin)
        ++next;
    std::deque<Slot> window;
    Sums sums;
    qint64 windowPosts = 0;
    for (qint64 s = begin; s < range.to; s += length) {
        while (next < buckets.size() && buckets[next].start < s)
            ++next; // off the grid: never expected
        Slot slot;
        if (next < buckets.size() && buckets[next].start == s) {
            const WeightedBucket& b = buckets[next++];
            slot = {b.value, b.weight, b.posts, std::isfinite(b.value) && b.weight > 0};
        } else if (missingIsZero) {
            slot = {0, 1, 0, true};
        }
        window.push_back(slot);
        windowPosts += slot.posts;
        if (smoothing.kind == SmoothingKind::Exponential)
            sums.decay(decay);
        if (slot.observed)
            sums.add(slot.x, slot.w, 1);
        if (window.size() > windowSlots) {
            const Slot& old = window.front();
            windowPosts -= old.posts;
            if (old.observed && smoothing.kind == SmoothingKind::MovingAverage)
                sums.add(old.x, old.w, -1);
            window.pop_front();
        }
        if (s < first)
            continue;
        SmoothedBucket point;
        point.start = s;
        point.raw = slot.observed ? slot.x : nan;
        if (smoothing.isOn()) {
            point.value = sums.mean();
            point.sem = sums.standardError();
            point.posts = windowPosts;
        } else {
            point.value = point.raw;
            point.sem = nan;
            point.posts = slot.posts;
        }
        point.thin = thresholded && std::isfinite(point.value) && point.posts < smoothing.minPosts;
        out.append(point);
    }
    return out;
}

} // namespace seance
