// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/timerange.h"

#include <QList>

namespace seance {

enum class TickUnit { Minute, Hour, Day, Week, Month, Year };

// One step between axis ticks, e.g. {Hour, 6}. Months and years have calendar (UTC) lengths.
struct TickStep
{
    TickUnit unit = TickUnit::Day;
    int count = 1;

    // The shortest time one step can take (28 days for a month), which is what spacing guarantees rest on.
    qint64 minimumLength() const;
    friend constexpr bool operator==(const TickStep&, const TickStep&) = default;
};

struct TimeTick
{
    qint64 time = 0;
    double pixel = 0.0;
};

// Maps a time range onto the pixel span [left, right] and back: from lands on left and to on right. The chart
// and the timeline share one of these so they stay pixel-aligned. Ticks fall on UTC boundaries.
class TimeAxisMapping
{
public:
    TimeAxisMapping() = default;
    TimeAxisMapping(const TimeRange& range, double left, double right);

    TimeRange range() const { return m_range; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    double width() const { return m_right - m_left; }
    // A mapping over an empty range or a pixel span of no width maps everything to left and from.
    bool isValid() const { return !m_range.isEmpty() && m_right > m_left; }
    double msPerPixel() const;

    double timeToPixel(qint64 time) const;
    // Rounded to the nearest millisecond.
    qint64 pixelToTime(double pixel) const;

    // The range after magnifying by factor about pixel: pixelToTime(pixel) is the same before and after.
    TimeRange zoomedAt(double pixel, double factor, qint64 minSpan = 1) const;
    // The range shifted by dx pixels' worth of time; positive dx shows later times, so a mouse drag of d pixels
    // to the right is pannedBy(-d).
    TimeRange pannedBy(double dx) const;

    // The finest step whose ticks are at least minLabelSpacing pixels apart, so labels never crowd.
    TickStep tickStep(double minLabelSpacing) const;
    // Ticks of that step inside [from, to), in increasing time, at most 10,000 of them.
    QList<TimeTick> ticks(const TickStep& step) const;

private:
    TimeRange m_range;
    double m_left = 0.0;
    double m_right = 0.0;
};

} // namespace seance
