// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/chartdata.h"

#include "models/chart/smoothedseries.h"
#include "models/sentiment/buckets/languagebuckets.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace seance {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The first row whose bucket ends after t.
qsizetype firstRowEndingAfter(const QList<BucketRow>& rows, qint64 t, qint64 length)
{
    const auto it = std::partition_point(rows.cbegin(), rows.cend(),
                                         [t, length](const BucketRow& row) { return row.start + length <= t; });
    return qsizetype(it - rows.cbegin());
}

} // namespace

bool ChartBuckets::covers(const TimeRange& visible, qint64 lead) const
{
    const qint64 length = granularityLength(granularity);
    return isUsable() && window.from <= visible.from - 2 * length - lead && visible.to + 2 * length <= window.to;
}

TimeRange loadWindow(const TimeRange& visible, Granularity granularity, qint64 lead)
{
    const qint64 margin = visible.span() / 2;
    const qint64 length = granularityLength(granularity);
    return {bucketStart(visible.from - margin - 2 * length - lead, granularity),
            bucketStart(visible.to + margin + 2 * length, granularity) + length};
}

TimeRange prefetchWindow(const TimeRange& visible, Granularity granularity, qsizetype tokenCount, qint64 lead)
{
    const TimeRange tight = loadWindow(visible, granularity, lead);
    const qint64 length = granularityLength(granularity);
    const qint64 budgetSpan = prefetchRowBudget / std::max<qint64>(1, tokenCount) * length;
    if (budgetSpan <= tight.span())
        return tight;
    const qint64 margin = (budgetSpan - visible.span()) / 2;
    return {std::min(tight.from, bucketStart(visible.from - margin, granularity)),
            bucketStart(visible.to + margin, granularity) + length};
}

ChartBuckets loadChartBuckets(BucketQuery& query, const ChartRequest& request, const Database* db)
{
    const bool byLanguage = db && request.language != PostLanguage::All;
    ChartBuckets out;
    out.generation = request.generation;
    out.databasePath = request.databasePath;
    out.tokenIds = request.tokenIds;
    out.granularity = request.granularity;
    out.window = request.window;
    out.shareOfVoice = request.shareOfVoice;
    out.language = byLanguage ? request.language : PostLanguage::All;
    const auto shareOfVoice = request.shareOfVoice ? BucketQuery::ShareOfVoice::Include
                                                   : BucketQuery::ShareOfVoice::Skip;
    for (const QString& id : request.tokenIds) {
        TokenBuckets token;
        token.tokenId = id;
        // "All" reads the precomputed buckets; a language has none, so its buckets are folded from the posts.
        auto rows = byLanguage
                        ? languageBucketRange(*db, SubjectKind::Token, id, request.granularity, request.window.from,
                                              request.window.to, request.language, shareOfVoice, &out.error)
                        : query.range(SubjectKind::Token, id, request.granularity, request.window.from,
                                      request.window.to, shareOfVoice, &out.error);
        if (!rows)
            return out;
        token.rows = std::move(*rows);
        // Only a token without buckets in the window needs the cheaper extent query to tell "no posts at all"
        // from "no posts here".
        token.hasPosts = !token.rows.isEmpty()
                         || query.fullRange(SubjectKind::Token, id, request.granularity).has_value();
        out.tokens.append(std::move(token));
    }
    return out;
}

const BucketRow* bucketAt(const QList<BucketRow>& rows, qint64 time, Granularity granularity)
{
    const qint64 start = bucketStart(time, granularity);
    const auto it = std::partition_point(rows.cbegin(), rows.cend(),
                                         [start](const BucketRow& row) { return row.start < start; });
    return it != rows.cend() && it->start == start ? &*it : nullptr;
}

QList<TimeValue> metricSeries(const QList<BucketRow>& rows, Metric metric, Granularity granularity,
                              const TimeRange& visible, int minPosts, QList<TimeValue>* solid)
{
    const qint64 length = granularityLength(granularity);
    QList<TimeValue> out;
    qsizetype i = firstRowEndingAfter(rows, visible.from - length, length);
    out.reserve(rows.size() - i + 8);
    const BucketRow* previous = nullptr;
    const bool countsPosts = metric == Metric::Volume || metric == Metric::Unscored;
    for (; i < rows.size(); ++i) {
        const BucketRow& row = rows.at(i);
        if (row.start >= visible.to + length)
            break;
        if (previous && row.start - previous->start > length) {
            if (countsPosts) {
                // A bucket without posts holds zero posts: the line drops to zero and stays there.
                out.append({previous->start + length + length / 2, 0});
                if (row.start - previous->start > 2 * length)
                    out.append({row.start - length / 2, 0});
            } else {
                out.append({previous->start + length + length / 2, nan});
            }
            if (solid)
                solid->append(out.mid(solid->size()));
        }
        const double value = metricValue(row.sums, metric).value_or(nan);
        out.append({row.start + length / 2, value});
        if (solid) {
            const qint64 posts = metric == Metric::ShareOfVoice ? row.sums.n : row.sums.nScored;
            const bool thin = !countsPosts && minPosts > 0 && posts < minPosts;
            solid->append({out.constLast().t, thin ? nan : value});
        }
        previous = &row;
    }
    return out;
}

QList<QList<QPointF>> splitRuns(std::span<const TimeValue> points, qsizetype maxRuns)
{
    struct Run
    {
        qsizetype begin;
        qsizetype end;
    };
    std::vector<Run> runs;
    for (qsizetype i = 0, n = qsizetype(points.size()); i < n;) {
        while (i < n && !std::isfinite(points[i].v))
            ++i;
        const qsizetype begin = i;
        while (i < n && std::isfinite(points[i].v))
            ++i;
        if (i > begin)
            runs.push_back({begin, i});
    }
    // Bridge all but the maxRuns - 1 widest gaps.
    std::vector<bool> bridged(runs.size(), false);
    if (maxRuns >= 1 && qsizetype(runs.size()) > maxRuns) {
        std::vector<std::pair<qint64, std::size_t>> gaps; // width, index of the run after the gap
        for (std::size_t k = 1; k < runs.size(); ++k)
            gaps.emplace_back(points[runs[k].begin].t - points[runs[k - 1].end - 1].t, k);
        const auto keep = gaps.begin() + (maxRuns - 1);
        std::nth_element(gaps.begin(), keep, gaps.end(), std::greater<>());
        for (auto it = keep; it != gaps.end(); ++it)
            bridged[it->second] = true;
    }
    QList<QList<QPointF>> out;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        if (!bridged[k])
            out.emplace_back();
        QList<QPointF>& run = out.last();
        for (qsizetype i = runs[k].begin; i < runs[k].end; ++i)
            run.append(QPointF(double(points[i].t), points[i].v));
    }
    return out;
}

namespace {

// Merges adjacent sorted runs pairwise until one is left: O(n log k) for k tokens, where sorting the whole
// frame's buckets again (70k of them for four hourly tokens over two years) cost some 4 ms per frame.
// runEnds: 0, then the end of each run.
void mergeSortedRuns(std::vector<std::pair<qint64, qint64>>& items, std::vector<std::size_t> runEnds)
{
    while (runEnds.size() > 2) {
        std::vector<std::size_t> merged{0};
        std::size_t run = 0;
        for (; run + 2 < runEnds.size(); run += 2) {
            std::inplace_merge(items.begin() + qsizetype(runEnds[run]), items.begin() + qsizetype(runEnds[run + 1]),
                               items.begin() + qsizetype(runEnds[run + 2]));
            merged.push_back(runEnds[run + 2]);
        }
        if (run + 1 < runEnds.size())
            merged.push_back(runEnds.back()); // an odd run out waits for the next round
        runEnds = std::move(merged);
    }
}

} // namespace

QList<VolumeBar> volumeBars(const QList<TokenBuckets>& tokens, Granularity granularity, const TimeRange& visible,
                            int columns, double* maxVolume)
{
    const qint64 length = granularityLength(granularity);
    std::vector<std::pair<qint64, qint64>> buckets; // start, posts of one token
    std::vector<std::size_t> runEnds{0};            // each token's rows are a sorted run
    for (const TokenBuckets& token : tokens) {
        for (qsizetype i = firstRowEndingAfter(token.rows, visible.from, length); i < token.rows.size(); ++i) {
            const BucketRow& row = token.rows.at(i);
            if (row.start >= visible.to)
                break;
            buckets.emplace_back(row.start, row.sums.n);
        }
        runEnds.push_back(buckets.size());
    }
    mergeSortedRuns(buckets, runEnds);
    QList<VolumeBar> bars;
    for (const auto& [start, n] : buckets) {
        if (!bars.isEmpty() && bars.constLast().from == start)
            bars.last().posts += n;
        else
            bars.append({start, start + length, n});
    }
    columns = std::max(columns, 1);
    if (bars.size() > columns) {
        const double msPerColumn = double(std::max<qint64>(visible.span(), 1)) / columns;
        QList<VolumeBar> binned;
        for (const VolumeBar& bar : std::as_const(bars)) {
            const double column = std::floor(double(bar.from - visible.from) / msPerColumn);
            const qint64 from = visible.from + qint64(std::llround(column * msPerColumn));
            if (!binned.isEmpty() && binned.constLast().from == from)
                binned.last().posts = std::max(binned.constLast().posts, bar.posts);
            else
                binned.append({from, visible.from + qint64(std::llround((column + 1) * msPerColumn)), bar.posts});
        }
        bars = std::move(binned);
    }
    if (maxVolume) {
        qint64 highest = 0;
        for (const VolumeBar& bar : std::as_const(bars))
            highest = std::max(highest, bar.posts);
        *maxVolume = double(highest);
    }
    return bars;
}

namespace {

// One token's line for the frame: the points of the whole line, the points drawn at full strength (NaN where
// a point is thin) and, with a band, the smoothed value's standard error per point.
struct TokenLine
{
    QList<TimeValue> points;
    QList<TimeValue> solid;
    QList<TimeValue> low;
    QList<TimeValue> high;
    bool anyThin = false;
};

TokenLine tokenLine(const QList<BucketRow>& rows, Metric metric, Granularity granularity, const TimeRange& visible,
                    const Smoothing& smoothing)
{
    TokenLine line;
    const qint64 length = granularityLength(granularity);
    if (!smoothing.isOn()) {
        line.points = metricSeries(rows, metric, granularity, visible, smoothing.minPosts, &line.solid);
    } else {
        // Only the rows the smoothing of the visible buckets reads.
        const qint64 from = visible.from - length - smoothingLead(smoothing);
        const qsizetype first = firstRowEndingAfter(rows, from, length);
        const QList<WeightedBucket> weighted = weightedBuckets(rows.mid(first), metric);
        const QList<SmoothedBucket> smoothed = smoothBuckets(
            weighted, smoothing, granularity, {visible.from - length, visible.to + length}, metricCountsPosts(metric));
        for (const SmoothedBucket& point : smoothed) {
            const qint64 t = point.start + length / 2;
            line.points.append({t, point.value});
            line.solid.append({t, point.thin ? nan : point.value});
            if (smoothing.band) {
                line.low.append({t, point.value - point.sem});
                line.high.append({t, point.value + point.sem});
            }
        }
    }
    for (qsizetype i = 0; i < line.points.size() && !line.anyThin; ++i)
        line.anyThin = std::isfinite(line.points.at(i).v) && !std::isfinite(line.solid.at(i).v);
    return line;
}

// Closed polygons of low and high between the points where both are defined; with more than two points per
// pixel, every k-th point (a smoothed band has no spikes for min-max decimation to keep).
QList<QPolygonF> bandPolygons(const QList<TimeValue>& low, const QList<TimeValue>& high, int columns)
{
    QList<QPolygonF> out;
    const qsizetype stride = std::max<qsizetype>(1, low.size() / std::max(1, 2 * columns));
    QPolygonF upper;
    QPolygonF lower;
    const auto flush = [&] {
        if (upper.size() >= 2) {
            std::reverse(lower.begin(), lower.end());
            out.append(upper + lower);
        }
        upper.clear();
        lower.clear();
    };
    for (qsizetype i = 0; i < low.size(); ++i) {
        const bool defined = std::isfinite(low.at(i).v) && std::isfinite(high.at(i).v);
        if (!defined) {
            flush();
            continue;
        }
        if (i % stride != 0 && i + 1 < low.size())
            continue;
        upper.append(QPointF(double(high.at(i).t), high.at(i).v));
        lower.append(QPointF(double(low.at(i).t), low.at(i).v));
    }
    flush();
    return out;
}

} // namespace

ChartFrame buildFrame(const ChartBuckets& buckets, Metric metric, const TimeRange& visible, int columns,
                      const Smoothing& smoothing)
{
    // Lines of one pixel column apart are indistinguishable; a few hundred runs is already a dotted line.
    constexpr qsizetype maxRunsPerToken = 400;
    ChartFrame frame;
    QList<TimeValue> reduced;
    const auto shownPoints = [&](const QList<TimeValue>& points) {
        // Beyond two points per pixel, min-max decimation over two-pixel columns: at most four points per column
        // (first, min, max, last), so a one-bucket spike survives, and at most two per pixel on average. Every
        // point costs Qt Charts a geometry and hit-shape update on each frame, so fewer is faster.
        if (points.size() <= 2 * qsizetype(columns))
            return points;
        reduced.clear();
        downsampleMinMax(points, visible, std::max(1, columns / 2), reduced);
        return reduced;
    };
    const auto noteVisible = [&](const QList<TimeValue>& points) {
        for (const TimeValue& p : points) {
            if (std::isfinite(p.v) && visible.contains(p.t)) {
                frame.maxValue = frame.anyVisibleData ? std::max(frame.maxValue, p.v) : p.v;
                frame.anyVisibleData = true;
            }
        }
    };
    for (const TokenBuckets& token : buckets.tokens) {
        const TokenLine line = tokenLine(token.rows, metric, buckets.granularity, visible, smoothing);
        frame.sourcePoints += line.points.size();
        const QList<TimeValue> shown = shownPoints(line.points);
        noteVisible(shown);
        if (line.anyThin) {
            frame.fadedRuns.append(splitRuns(shown, maxRunsPerToken));
            frame.runs.append(splitRuns(shownPoints(line.solid), maxRunsPerToken));
        } else {
            frame.fadedRuns.append(QList<QList<QPointF>>());
            frame.runs.append(splitRuns(shown, maxRunsPerToken));
        }
        noteVisible(line.high);
        frame.bands.append(bandPolygons(line.low, line.high, columns));
    }
    frame.volume = volumeBars(buckets.tokens, buckets.granularity, visible, columns, &frame.maxVolume);
    if (frame.maxVolume > 0)
        frame.anyVisibleData = true;
    return frame;
}

} // namespace seance
