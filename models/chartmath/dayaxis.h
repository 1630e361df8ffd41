// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/dayzeroalignment.h"

#include <QList>

namespace seance {

// Maps days since an anchor onto the pixel span [left, right] and back. Day d is drawn at the middle of its
// slot, so the first and last days of the window keep half a slot of room at the edges. The comparison's chart
// and its event lanes share one of these, which is what keeps their hover line in one place.
class DayAxisMapping
{
public:
    DayAxisMapping() = default;
    DayAxisMapping(DayWindow window, double left, double right);

    DayWindow window() const { return m_window; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    bool isValid() const { return m_window.dayCount() > 0 && m_right > m_left; }
    double slotWidth() const;

    double dayToPixel(double day) const;
    // The day whose slot holds the pixel, clamped to the window.
    int pixelToDay(double pixel) const;
    // Day labels at least minSpacing pixels apart: steps of 1, 2, 5, 7, 10, 14, 15, 30, … days, always through day 0.
    QList<int> ticks(double minSpacing) const;

private:
    DayWindow m_window;
    double m_left = 0.0;
    double m_right = 0.0;
};

// A value axis: [minimum, maximum] widened to whole steps of 1, 2 or 5 × 10^k with at most maxTicks ticks.
struct ValueTicks
{
    double minimum = 0.0;
    double maximum = 1.0;
    double step = 0.5;
    QList<double> values() const;
};
ValueTicks niceValueTicks(double low, double high, int maxTicks = 6);

} // namespace seance
