// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartmath/dayaxis.h"

#include <algorithm>
#include <cmath>

namespace seance {

DayAxisMapping::DayAxisMapping(DayWindow window, double left, double right)
    : m_window(window)
    , m_left(left)
    , m_right(right)
{
}

double DayAxisMapping::slotWidth() const
{
    return isValid() ? (m_right - m_left) / m_window.dayCount() : 0.0;
}

double DayAxisMapping::dayToPixel(double day) const
{
    if (!isValid())
        return m_left;
    return m_left + (day - m_window.first + 0.5) * slotWidth();
}

int DayAxisMapping::pixelToDay(double pixel) const
{
    if (!isValid())
        return 0;
    const int day = m_window.first + int(std::floor((pixel - m_left) / slotWidth()));
    return std::clamp(day, m_window.first, m_window.last);
}

QList<int> DayAxisMapping::ticks(double minSpacing) const
{
    QList<int> result;
    if (!isValid())
        return result;
    static const int steps[] = {1, 2, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365};
    int step = steps[std::size(steps) - 1];
    for (int candidate : steps) {
        if (candidate * slotWidth() >= minSpacing) {
            step = candidate;
            break;
        }
    }
    // Multiples of the step, so day 0 is always a tick when the window holds it.
    const int first = int(std::ceil(double(m_window.first) / step)) * step;
    for (int day = first; day <= m_window.last; day += step)
        result.append(day);
    return result;
}

QList<double> ValueTicks::values() const
{
    QList<double> result;
    if (step <= 0)
        return result;
    const int count = int(std::lround((maximum - minimum) / step));
    for (int i = 0; i <= count; ++i)
        result.append(minimum + i * step);
    return result;
}

ValueTicks niceValueTicks(double low, double high, int maxTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {};
    if (low > high)
        std::swap(low, high);
    if (high - low < 1e-12) {
        // One value: give it room on both sides rather than a zero-height axis.
        const double pad = std::max(std::fabs(low) * 0.1, 0.1);
        low -= pad;
        high += pad;
    }
    maxTicks = std::max(maxTicks, 2);
    const double rough = (high - low) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (magnitude * factor >= rough) {
            step = magnitude * factor;
            break;
        }
    }
    ValueTicks ticks;
    ticks.step = step;
    ticks.minimum = std::floor(low / step + 1e-9) * step;
    ticks.maximum = std::ceil(high / step - 1e-9) * step;
    return ticks;
}

} // namespace seance
