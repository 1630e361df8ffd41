// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartmath/downsampling.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace seance {

namespace {

constexpr double gapValue = std::numeric_limits<double>::quiet_NaN();
constexpr int maxColumns = 100'000;
// Wide enough for any real series, narrow enough that columns × span fits in qint64.
constexpr TimeRange decimationBounds{-saneTimeBounds.to, 2 * saneTimeBounds.to};

void appendAll(const TimeValue* points, qsizetype n, QList<TimeValue>& out)
{
    const qsizetype old = out.size();
    out.resize(old + n);
    std::copy(points, points + n, out.begin() + old);
}

bool isGap(const TimeValue& p)
{
    return !std::isfinite(p.v);
}

struct Run
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The runs of finite values, and for each run after the first the index of the first sample of the gap before it.
void findRuns(std::span<const TimeValue> points, std::vector<Run>& runs, std::vector<qsizetype>& gapStarts)
{
    qsizetype i = 0;
    const qsizetype n = qsizetype(points.size());
    while (i < n) {
        const qsizetype gapStart = i;
        while (i < n && isGap(points[i]))
            ++i;
        if (i == n)
            break;
        const qsizetype begin = i;
        while (i < n && !isGap(points[i]))
            ++i;
        if (!runs.empty())
            gapStarts.push_back(gapStart);
        runs.push_back({begin, i});
    }
}

// Bucket k of LTTB covers [bound(k), bound(k + 1)); integer arithmetic so the last bucket ends exactly at n - 1.
qsizetype lttbBound(qsizetype k, qsizetype n, qsizetype budget)
{
    return k * (n - 2) / (budget - 2) + 1;
}

// Returns false if it meets a non-finite value, with out partly written; the caller then splits at the gaps.
// Checking as it goes, rather than in a pass of its own, saves reading the whole input once more.
bool lttbRun(const TimeValue* p, qsizetype n, qsizetype budget, QList<TimeValue>& out)
{
    if (budget >= n) {
        appendAll(p, n, out);
        return true;
    }
    if (isGap(p[0]) || isGap(p[n - 1]))
        return false;
    out.append(p[0]);
    if (budget <= 2) {
        out.append(p[n - 1]);
        return true;
    }
    // The first bucket is the only one never averaged below, so it is checked here.
    for (qsizetype j = 1; j < lttbBound(1, n, budget); ++j) {
        if (isGap(p[j]))
            return false;
    }
    // Times relative to the first point keep the triangle areas precise; scaling x or y does not change the
    // argmax, so mixing milliseconds with sentiment units is harmless.
    const qint64 t0 = p[0].t;
    qsizetype a = 0;
    for (qsizetype k = 0; k < budget - 2; ++k) {
        const qsizetype nextBegin = lttbBound(k + 1, n, budget);
        const qsizetype nextEnd = std::min(lttbBound(k + 2, n, budget), n);
        qint64 sumX = 0;
        double sumY = 0.0;
        for (qsizetype j = nextBegin; j < nextEnd; ++j) {
            sumX += p[j].t - t0;
            sumY += p[j].v;
        }
        // A NaN or infinity anywhere in the bucket makes the sum non-finite.
        if (!std::isfinite(sumY))
            return false;
        const qsizetype count = nextEnd - nextBegin;
        const double avgX = count > 0 ? double(sumX) / double(count) : double(p[n - 1].t - t0);
        const double avgY = count > 0 ? sumY / double(count) : p[n - 1].v;

        // Twice the triangle's area is |alpha·y + beta·x + gamma| for candidate (x, y): two multiplies a point.
        const double ax = double(p[a].t - t0);
        const double ay = p[a].v;
        const double alpha = ax - avgX;
        const double beta = avgY - ay;
        const double gamma = -alpha * ay - beta * ax;
        const qsizetype begin = lttbBound(k, n, budget);
        const qsizetype end = lttbBound(k + 1, n, budget);
        double maxArea = -1.0;
        qsizetype chosen = begin;
        for (qsizetype j = begin; j < end; ++j) {
            const double area = std::abs(alpha * p[j].v + beta * double(p[j].t - t0) + gamma);
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        out.append(p[chosen]);
        a = chosen;
    }
    out.append(p[n - 1]);
    return true;
}

} // namespace

bool isSortedByTime(std::span<const TimeValue> points)
{
    return std::is_sorted(points.begin(), points.end(),
                          [](const TimeValue& a, const TimeValue& b) { return a.t < b.t; });
}

void downsampleLttb(std::span<const TimeValue> points, qsizetype target, QList<TimeValue>& out)
{
    Q_ASSERT(isSortedByTime(points));
    out.clear();
    target = std::max<qsizetype>(target, 3);
    const qsizetype n = qsizetype(points.size());
    if (n <= target) {
        appendAll(points.data(), n, out);
        return;
    }

    out.reserve(target);
    if (lttbRun(points.data(), n, target, out))
        return;

    out.clear();
    std::vector<Run> runs;
    std::vector<qsizetype> gapStarts;
    findRuns(points, runs, gapStarts);
    qsizetype finite = 0;
    for (const Run& run : runs)
        finite += run.end - run.begin;
    // The NaN markers come out of the budget first; each run then gets a share in proportion to its length.
    const qsizetype available = std::max<qsizetype>(target - qsizetype(gapStarts.size()), 2);
    out.reserve(target + 2 * qsizetype(runs.size()));
    for (size_t r = 0; r < runs.size(); ++r) {
        if (r > 0)
            out.append({points[gapStarts[r - 1]].t, gapValue});
        const qsizetype length = runs[r].end - runs[r].begin;
        const qsizetype share = qsizetype(double(available) * double(length) / double(finite));
        // A run holds no gaps, so this cannot fail.
        lttbRun(points.data() + runs[r].begin, length, std::max(share, std::min<qsizetype>(length, 2)), out);
    }
}

QList<TimeValue> downsampleLttb(std::span<const TimeValue> points, qsizetype target)
{
    QList<TimeValue> out;
    downsampleLttb(points, target, out);
    return out;
}

namespace {

// One column of one run: indices of its first, minimum, maximum and last points.
class ColumnAccumulator
{
public:
    void add(const TimeValue& p, qsizetype i)
    {
        if (m_first < 0) {
            m_first = m_min = m_max = i;
            m_minValue = m_maxValue = p.v;
        } else if (p.v < m_minValue) {
            m_min = i;
            m_minValue = p.v;
        } else if (p.v > m_maxValue) {
            m_max = i;
            m_maxValue = p.v;
        }
        m_last = i;
    }
    void flush(std::span<const TimeValue> points, QList<TimeValue>& out)
    {
        if (m_first < 0)
            return;
        std::array<qsizetype, 4> indices{m_first, m_min, m_max, m_last};
        std::sort(indices.begin(), indices.end());
        for (qsizetype k = 0; k < 4; ++k) {
            if (k == 0 || indices[k] != indices[k - 1])
                out.append(points[indices[k]]);
        }
        m_first = -1;
    }

private:
    qsizetype m_first = -1;
    qsizetype m_min = -1;
    qsizetype m_max = -1;
    qsizetype m_last = -1;
    // Kept beside the indices so the per-point comparisons never reload the points.
    double m_minValue = 0.0;
    double m_maxValue = 0.0;
};

} // namespace

void downsampleMinMax(std::span<const TimeValue> points, const TimeRange& timeRange, int columns, QList<TimeValue>& out)
{
    Q_ASSERT(isSortedByTime(points));
    out.clear();
    columns = std::clamp(columns, 1, maxColumns);
    const qsizetype n = qsizetype(points.size());
    if (n <= 4 * qsizetype(columns)) {
        appendAll(points.data(), n, out);
        return;
    }
    const TimeRange range = normalisedRange(timeRange, 1, decimationBounds);
    const qint64 span = range.span();
    // Column c holds [start(c), start(c + 1)): the times whose pixel floor((t - from) × columns / span) is c.
    const auto columnStart = [&](qint64 c) -> qint64 {
        if (c <= 0)
            return c < 0 ? std::numeric_limits<qint64>::min() : range.from;
        if (c >= columns)
            return c > columns ? std::numeric_limits<qint64>::max() : range.to;
        return range.from + (c * span + columns - 1) / columns;
    };
    const auto columnOf = [&](qint64 t) -> qint64 {
        if (t < range.from)
            return -1;
        if (t >= range.to)
            return columns;
        return (t - range.from) * columns / span;
    };

    ColumnAccumulator column;
    qint64 start = 0;
    qint64 end = 0; // empty, so the first finite point picks its column
    bool seenFinite = false;
    qsizetype pendingGap = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const TimeValue& p = points[i];
        if (isGap(p)) {
            column.flush(points, out);
            if (seenFinite && pendingGap < 0)
                pendingGap = i;
            continue;
        }
        if (pendingGap >= 0) {
            out.append({points[pendingGap].t, gapValue});
            pendingGap = -1;
        }
        seenFinite = true;
        // Sorted input changes column at most columns + 2 times; the comparisons are all the per-point cost.
        if (p.t >= end || p.t < start) {
            column.flush(points, out);
            const qint64 c = columnOf(p.t);
            start = columnStart(c);
            end = columnStart(c + 1);
        }
        column.add(p, i);
    }
    column.flush(points, out);
}

QList<TimeValue> downsampleMinMax(std::span<const TimeValue> points, const TimeRange& range, int columns)
{
    QList<TimeValue> out;
    downsampleMinMax(points, range, columns, out);
    return out;
}

QList<QPointF> toPoints(std::span<const TimeValue> points)
{
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()));
    for (const TimeValue& p : points)
        out.append(QPointF(double(p.t), p.v));
    return out;
}

} // namespace seance
