// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartmath/timeaxismapping.h"

#include "models/time/granularity.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

namespace seance {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr int maxTicks = 10'000;

// Finest first. Every fixed-length step divides a day, so stepping from a multiple of it lands on UTC midnights.
constexpr std::array<TickStep, 18> tickSteps{{
    {TickUnit::Minute, 1},
    {TickUnit::Minute, 5},
    {TickUnit::Minute, 10},
    {TickUnit::Minute, 15},
    {TickUnit::Minute, 30},
    {TickUnit::Hour, 1},
    {TickUnit::Hour, 2},
    {TickUnit::Hour, 3},
    {TickUnit::Hour, 6},
    {TickUnit::Hour, 12},
    {TickUnit::Day, 1},
    {TickUnit::Day, 2},
    {TickUnit::Week, 1},
    {TickUnit::Month, 1},
    {TickUnit::Month, 3},
    {TickUnit::Month, 6},
    {TickUnit::Year, 1},
    {TickUnit::Year, 2},
}};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::chrono::year_month_day civilDate(qint64 ms)
{
    using namespace std::chrono;
    return year_month_day{floor<days>(sys_time<milliseconds>{milliseconds{ms}})};
}

// The start of month number index, counted from January of year 0, UTC.
qint64 monthStart(qint64 index)
{
    using namespace std::chrono;
    const qint64 y = floorDiv(index, 12);
    const year_month_day date{year{int(y)}, month{unsigned(index - y * 12 + 1)}, day{1}};
    return qint64(sys_days{date}.time_since_epoch().count()) * dayMs;
}

void appendCalendarTicks(const TimeAxisMapping& mapping, const TickStep& step, QList<TimeTick>& out)
{
    // std::chrono years stop at ±32767; the sane bounds are far inside this.
    constexpr qint64 calendarLimit = 30'000LL * 365 * dayMs;
    const TimeRange range = mapping.range();
    if (range.from < -calendarLimit || range.to > calendarLimit)
        return;
    const std::chrono::year_month_day start = civilDate(range.from);
    // Month steps align to January (quarters, halves); year steps to years divisible by the count.
    const qint64 stepMonths = step.unit == TickUnit::Year ? 12 * qint64(step.count) : step.count;
    const qint64 firstIndex = qint64(int(start.year())) * 12 + (unsigned(start.month()) - 1);
    for (qint64 index = floorDiv(firstIndex, stepMonths) * stepMonths; out.size() < maxTicks; index += stepMonths) {
        const qint64 t = monthStart(index);
        if (t >= range.to)
            break;
        if (t >= range.from)
            out.append({t, mapping.timeToPixel(t)});
    }
}

} // namespace

qint64 TickStep::minimumLength() const
{
    const qint64 n = count;
    switch (unit) {
    case TickUnit::Minute:
        return n * minuteMs;
    case TickUnit::Hour:
        return n * hourMs;
    case TickUnit::Day:
        return n * dayMs;
    case TickUnit::Week:
        return n * weekMs;
    case TickUnit::Month:
        // Shortest aligned runs, in a common year: Jan–Mar for a quarter, Jan–Jun for a half, else 28 days a month.
        if (count == 3)
            return 90 * dayMs;
        if (count == 6)
            return 181 * dayMs;
        return n * 28 * dayMs;
    case TickUnit::Year:
        return n * 365 * dayMs;
    }
    return dayMs;
}

TimeAxisMapping::TimeAxisMapping(const TimeRange& range, double left, double right)
    : m_range(range), m_left(left), m_right(right)
{
}

double TimeAxisMapping::msPerPixel() const
{
    return isValid() ? double(m_range.span()) / width() : 0.0;
}

double TimeAxisMapping::timeToPixel(qint64 time) const
{
    if (!isValid())
        return m_left;
    // The integer difference is exact; one multiply and one divide keep the error far below a pixel.
    return m_left + double(time - m_range.from) * width() / double(m_range.span());
}

qint64 TimeAxisMapping::pixelToTime(double pixel) const
{
    if (!isValid() || !std::isfinite(pixel))
        return m_range.from;
    // Bounded so llround stays defined for absurd pixels; 1e15 ms is some 30,000 years.
    const double offset = std::clamp((pixel - m_left) * double(m_range.span()) / width(), -1e15, 1e15);
    return m_range.from + std::llround(offset);
}

TimeRange TimeAxisMapping::zoomedAt(double pixel, double factor, qint64 minSpan) const
{
    if (!isValid() || !std::isfinite(pixel))
        return m_range;
    return zoomedRangeAt(m_range, factor, (pixel - m_left) / width(), minSpan);
}

TimeRange TimeAxisMapping::pannedBy(double dx) const
{
    if (!isValid() || !std::isfinite(dx))
        return m_range;
    const double delta = std::clamp(dx * msPerPixel(), -double(saneTimeBounds.span()), double(saneTimeBounds.span()));
    return shiftedRange(m_range, std::llround(delta));
}

TickStep TimeAxisMapping::tickStep(double minLabelSpacing) const
{
    if (!isValid())
        return tickSteps.back();
    // At least one pixel, and never more than maxTicks across the width.
    const double spacing = std::max({minLabelSpacing, 1.0, width() / maxTicks});
    const double pixelsPerMs = width() / double(m_range.span());
    for (const TickStep& step : tickSteps) {
        if (double(step.minimumLength()) * pixelsPerMs >= spacing)
            return step;
    }
    // Beyond two years: 5, 10, 20, 50, 100, ... years.
    TickStep step{TickUnit::Year, 5};
    for (int decade = 1; decade <= 1'000'000; decade *= 10) {
        for (const int multiple : {1, 2, 5}) {
            step.count = multiple * decade;
            if (step.count >= 5 && double(step.minimumLength()) * pixelsPerMs >= spacing)
                return step;
        }
    }
    return step;
}

QList<TimeTick> TimeAxisMapping::ticks(const TickStep& step) const
{
    QList<TimeTick> out;
    if (!isValid() || step.count <= 0)
        return out;
    switch (step.unit) {
    case TickUnit::Month:
    case TickUnit::Year:
        appendCalendarTicks(*this, step, out);
        return out;
    case TickUnit::Week: {
        // Weeks start on Monday 00:00 UTC, as the weekly sentiment buckets do.
        const qint64 firstMonday = bucketStart(0, Granularity::Week);
        const qint64 index = floorDiv(bucketStart(m_range.from, Granularity::Week) - firstMonday, weekMs);
        qint64 t = firstMonday + floorDiv(index, step.count) * step.count * weekMs;
        const qint64 length = step.count * weekMs;
        for (; t < m_range.to && out.size() < maxTicks; t += length) {
            if (t >= m_range.from)
                out.append({t, timeToPixel(t)});
        }
        return out;
    }
    case TickUnit::Minute:
    case TickUnit::Hour:
    case TickUnit::Day:
        break;
    }
    const qint64 length = step.minimumLength();
    qint64 t = floorDiv(m_range.from, length) * length;
    if (t < m_range.from)
        t += length;
    for (; t < m_range.to && out.size() < maxTicks; t += length)
        out.append({t, timeToPixel(t)});
    return out;
}

} // namespace seance
