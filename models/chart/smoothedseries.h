// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/metrics.h"
#include "models/smoothing.h"
#include "models/time/granularity.h"
#include "models/time/timerange.h"

#include <QList>

#include <span>

namespace seance {

// One bucket as smoothing sees it: the metric's value and its weight, the metric's own denominator (scored
// posts for the mean, the engagement weight for the weighted mean, positive plus negative posts for the
// positive share, all subjects' posts for the share of voice). A weighted mean of buckets with these weights
// is exactly the metric of their summed BucketSums, so a 7-day average of the mean is the mean of the week's
// posts, as docs/design.md measures every window. Counts (volume, unscored) weigh each bucket once.
struct WeightedBucket
{
    qint64 start = 0;
    double value = 0;
    double weight = 0;
    qint64 posts = 0; // what the minimum-posts threshold counts: scored posts, or all posts for the counts
};

// Empty when the metric is undefined for the row (a mean without scored posts).
std::optional<WeightedBucket> weightedBucket(const BucketRow& row, Metric metric);
QList<WeightedBucket> weightedBuckets(const QList<BucketRow>& rows, Metric metric);
// Volume and unscored: a bucket without posts is a real zero, not a gap, and no point is "thin".
bool metricCountsPosts(Metric metric);

struct SmoothedBucket
{
    qint64 start = 0;
    double raw = 0;    // the bucket's own value; NaN when it has none
    double value = 0;  // what the line draws: raw without smoothing; NaN is a gap
    double sem = 0;    // the standard error of value; NaN when undefined (no smoothing, or under two buckets)
    qint64 posts = 0;  // the bucket's posts without smoothing, else the posts of the N days up to the bucket
    bool thin = false; // posts < minPosts: drawn faded
};

// How far before a point the smoothing reads, so the loaded window must reach that far back: N days for the
// moving average, 4N for the EMA (whose weights beyond that sum to under 0.04 % for N = 7), 0 for none.
qint64 smoothingLead(const Smoothing& smoothing);

// Evaluates the smoothing at every bucket start in [bucketStart(range.from), range.to), by time, not by index:
// - Moving average: the weighted mean of the buckets whose start lies in (s − N days, s].
// - EMA: alpha = 2 / (N + 1) per day, so a bucket of age a days weighs (1 − alpha)^a; the weights are
//   normalised (pandas' ewm(adjust=True)), so the first point equals the first bucket and early points are not
//   pulled towards it. A day without posts only ages the others.
// - Standard error: SE² = Σ v²(x − M)² / ((Σ v)² − Σ v²) over the weights v the value M used; with equal
//   weights this is s²/k, the textbook standard error of the mean of k daily values. Under two buckets with
//   posts it is undefined (NaN): there is no spread to measure.
// buckets: ascending starts on the granularity's grid; those before range.from − smoothingLead() are ignored.
// missingIsZero: a bucket absent from the list counts as value 0 with weight 1 (the count metrics).
QList<SmoothedBucket> smoothBuckets(std::span<const WeightedBucket> buckets, const Smoothing& smoothing,
                                    Granularity granularity, const TimeRange& range, bool missingIsZero);

} // namespace seance
