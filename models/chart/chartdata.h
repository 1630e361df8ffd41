// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/downsampling.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/scoring/postlanguage.h"
#include "models/smoothing.h"
#include "models/time/timerange.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <span>

namespace seance {

// What the chart asks the worker for: the buckets of some tokens over a window wider than the visible range,
// so that panning and zooming inside the window need no new query.
struct ChartRequest
{
    quint64 generation = 0;
    QString databasePath;
    QStringList tokenIds;
    Granularity granularity = Granularity::Day;
    TimeRange window;
    bool shareOfVoice = false; // fill BucketSums::allSubjectsN, which costs one more query per token
    // Only posts in this language: folded from the raw posts (languageBucketRange) instead of the buckets.
    PostLanguage language = PostLanguage::All;
};

struct TokenBuckets
{
    QString tokenId;
    QList<BucketRow> rows; // ascending; buckets without posts are absent
    bool hasPosts = false; // anywhere in the workspace, not only in the window
};

// The worker's answer, kept by the pane as its cache.
struct ChartBuckets
{
    quint64 generation = 0;
    bool stale = false; // skipped because a newer request arrived first
    QString databasePath;
    QStringList tokenIds;
    Granularity granularity = Granularity::Day;
    TimeRange window;
    bool shareOfVoice = false;
    PostLanguage language = PostLanguage::All;
    QList<TokenBuckets> tokens;
    QString error;

    bool isUsable() const { return !stale && error.isEmpty(); }
    // True when the window holds the visible range and one bucket either side, which the lines need to reach
    // the plot's edges.
    // lead: the smoothing's reach before the first visible bucket (smoothingLead()), which the window must hold too.
    bool covers(const TimeRange& visible, qint64 lead = 0) const;
};

// The visible range widened by half its span on each side and aligned outwards to bucket boundaries; lead
// widens it further back for the smoothing (smoothingLead()).
TimeRange loadWindow(const TimeRange& visible, Granularity granularity, qint64 lead = 0);

// How many bucket rows a prefetched window may hold over all selected tokens: some 7 MB, and a few tens of
// milliseconds in the worker; four tokens get 2.7 years of hourly buckets, one token 11 years.
inline constexpr qint64 prefetchRowBudget = 96'000;

// The window the chart loads in the background once the visible range is on screen, so that zooming and
// panning rarely leave it: as many buckets around the visible range as the row budget gives each token, and
// never less than loadWindow().
TimeRange prefetchWindow(const TimeRange& visible, Granularity granularity, qsizetype tokenCount, qint64 lead = 0);

// Runs on the worker's thread, with the worker's own connection.
// A request with a language filter reads the raw posts through `db` (the connection `query` was made on);
// without `db` the filter is ignored.
ChartBuckets loadChartBuckets(BucketQuery& query, const ChartRequest& request, const Database* db = nullptr);

// The bucket that starts at bucketStart(time), or null.
const BucketRow* bucketAt(const QList<BucketRow>& rows, qint64 time, Granularity granularity);

// One token's metric at each bucket's centre over the visible range and one bucket beyond either side. For
// the averages and shares, a missing bucket, or one where the metric is undefined, gives a NaN point: a gap,
// never a zero. For the post counts (volume, unscored) a missing bucket between two others is a real zero.
// solid, when given, gets the same points with NaN for each bucket of fewer than minPosts posts (scored posts,
// or all posts for the share of voice; never for the counts): the line drawn at full strength.
QList<TimeValue> metricSeries(const QList<BucketRow>& rows, Metric metric, Granularity granularity,
                              const TimeRange& visible, int minPosts = 0, QList<TimeValue>* solid = nullptr);

// The runs of finite points between gaps. Beyond maxRuns the shortest gaps are bridged, which bounds the
// number of runs (and lone dots) a very sparse token can cost; a run of one point is kept (the chart draws a
// dot).
QList<QList<QPointF>> splitRuns(std::span<const TimeValue> points, qsizetype maxRuns);

// The posts of all selected tokens in one bucket, or the largest such bucket of one pixel column.
struct VolumeBar
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 posts = 0;
};

struct ChartFrame
{
    QList<QList<QList<QPointF>>> runs; // per token, in selection order: drawn at full strength
    // Per token: the whole line, drawn faded under runs, when some of its points rest on fewer posts than the
    // threshold (runs then leave those out); empty when none does.
    QList<QList<QList<QPointF>>> fadedRuns;
    // Per token: closed (time, value) polygons of the smoothed value ± its standard error; empty without a band.
    QList<QList<QPolygonF>> bands;
    QList<VolumeBar> volume;
    double maxValue = 0;               // of the visible finite values, for the auto-scaled volume metric
    double maxVolume = 0;
    qsizetype sourcePoints = 0; // metric points before downsampling, summed over tokens
    bool anyVisibleData = false;
};

// The bars of the summed post counts, in time order. With more buckets than columns each column shows its
// largest bucket, so a burst keeps its height at every zoom.
QList<VolumeBar> volumeBars(const QList<TokenBuckets>& tokens, Granularity granularity, const TimeRange& visible,
                            int columns, double* maxVolume = nullptr);

// Everything the chart draws for one visible range: metric values (smoothed as smoothing says, smoothedseries.h),
// reduced by min-max decimation to about two points per pixel when there are more, split at gaps; the faded
// parts under the minimum-posts threshold, the standard-error band, and the volume bars. columns: the plot's
// width in pixels.
ChartFrame buildFrame(const ChartBuckets& buckets, Metric metric, const TimeRange& visible, int columns,
                      const Smoothing& smoothing = {});

} // namespace seance
