// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QDebug;

namespace seance {

// A half-open interval [from, to) of UTC milliseconds since the Unix epoch.
struct TimeRange
{
    qint64 from = 0;
    qint64 to = 0;

    constexpr qint64 span() const noexcept { return to - from; }
    constexpr bool isEmpty() const noexcept { return to <= from; }
    constexpr bool contains(qint64 t) const noexcept { return from <= t && t < to; }
    friend constexpr bool operator==(const TimeRange&, const TimeRange&) = default;
};

// Every range the UI shows lies inside these bounds, which keeps all span arithmetic far from qint64 overflow.
inline constexpr TimeRange saneTimeBounds{0, 4'102'444'800'000}; // 1970-01-01T00:00Z to 2100-01-01T00:00Z

// Orders the ends, widens the range about its centre to at least minSpan, and shifts it (span kept) inside
// bounds; a range wider than bounds becomes bounds. Any input, however absurd, gives a range inside bounds.
TimeRange normalisedRange(TimeRange range, qint64 minSpan, const TimeRange& bounds = saneTimeBounds);

// The range moved by delta with its span kept, stopped at the edge of bounds.
TimeRange shiftedRange(const TimeRange& range, qint64 delta, const TimeRange& bounds = saneTimeBounds);

// The range with its span kept and its centre at centre, as far as bounds allow.
TimeRange centredRange(const TimeRange& range, qint64 centre, const TimeRange& bounds = saneTimeBounds);

// Magnifies by factor (2 halves the span, 0.5 doubles it) so that anchor keeps its relative position. The new
// span is clamped to [minSpan, bounds.span()] before positioning, so a zoom stopped by minSpan still keeps the
// anchor in place. A factor that is not a positive finite number leaves the range unchanged.
TimeRange zoomedRange(const TimeRange& range, double factor, qint64 anchor, qint64 minSpan,
                      const TimeRange& bounds = saneTimeBounds);
// The same, with the anchor given as its fraction of the way across the range (0 at from, 1 at to), which lets a
// pixel anchor stay fixed to within a millisecond whatever the factor.
TimeRange zoomedRangeAt(const TimeRange& range, double factor, double anchorFraction, qint64 minSpan,
                        const TimeRange& bounds = saneTimeBounds);

QDebug operator<<(QDebug debug, const TimeRange& range);

} // namespace seance
