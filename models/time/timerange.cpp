// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/time/timerange.h"

#include <QDebug>

#include <algorithm>
#include <cmath>

namespace seance {

namespace {

// Moves a range of at most bounds' span inside bounds without changing its span.
TimeRange shiftedInside(TimeRange range, const TimeRange& bounds)
{
    if (range.from < bounds.from)
        return {bounds.from, bounds.from + range.span()};
    if (range.to > bounds.to)
        return {bounds.to - range.span(), bounds.to};
    return range;
}

} // namespace

TimeRange normalisedRange(TimeRange range, qint64 minSpan, const TimeRange& bounds)
{
    if (bounds.isEmpty())
        return bounds;
    // Pulling the ends to within one bounds-span of bounds first makes every later subtraction overflow-free.
    const qint64 margin = bounds.span();
    range.from = std::clamp(range.from, bounds.from - margin, bounds.to + margin);
    range.to = std::clamp(range.to, bounds.from - margin, bounds.to + margin);
    if (range.to < range.from)
        std::swap(range.from, range.to);

    const qint64 span = std::clamp(range.span(), std::min(std::max<qint64>(minSpan, 1), margin), margin);
    const qint64 centre = range.from + range.span() / 2;
    return shiftedInside({centre - span / 2, centre - span / 2 + span}, bounds);
}

TimeRange shiftedRange(const TimeRange& range, qint64 delta, const TimeRange& bounds)
{
    const TimeRange inside = normalisedRange(range, 1, bounds);
    // Clamping delta itself, not the result, means a huge delta cannot overflow.
    delta = std::clamp(delta, bounds.from - inside.from, bounds.to - inside.to);
    return {inside.from + delta, inside.to + delta};
}

TimeRange centredRange(const TimeRange& range, qint64 centre, const TimeRange& bounds)
{
    const TimeRange inside = normalisedRange(range, 1, bounds);
    centre = std::clamp(centre, bounds.from, bounds.to);
    const qint64 from = centre - inside.span() / 2;
    return shiftedInside({from, from + inside.span()}, bounds);
}

TimeRange zoomedRange(const TimeRange& range, double factor, qint64 anchor, qint64 minSpan, const TimeRange& bounds)
{
    const TimeRange inside = normalisedRange(range, minSpan, bounds);
    // Clamped so that the fraction stays a modest number for anchors far outside the range.
    const qint64 clamped = std::clamp(anchor, bounds.from - bounds.span(), bounds.to + bounds.span());
    return zoomedRangeAt(inside, factor, double(clamped - inside.from) / double(inside.span()), minSpan, bounds);
}

TimeRange zoomedRangeAt(const TimeRange& range, double factor, double anchorFraction, qint64 minSpan,
                        const TimeRange& bounds)
{
    const TimeRange inside = normalisedRange(range, minSpan, bounds);
    if (!(factor > 0.0) || !std::isfinite(factor) || !std::isfinite(anchorFraction))
        return inside;
    const double oldSpan = double(inside.span());
    const double wanted = std::clamp(oldSpan / factor, double(std::max<qint64>(minSpan, 1)), double(bounds.span()));
    const qint64 span = std::llround(wanted);
    // The anchor may lie outside [0, 1]; what stays fixed is its fraction of the way across the range.
    const double fraction = std::clamp(anchorFraction, -1e6, 1e6);
    const double anchor = double(inside.from) + fraction * oldSpan;
    const double from = std::clamp(anchor - fraction * double(span), double(bounds.from), double(bounds.to - span));
    const qint64 start = std::llround(from);
    return shiftedInside({start, start + span}, bounds);
}

QDebug operator<<(QDebug debug, const TimeRange& range)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TimeRange(" << range.from << ", " << range.to << ')';
    return debug;
}

} // namespace seance
