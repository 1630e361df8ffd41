// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace seance {

// Days relative to an anchor, both ends included: the default shows a month before day 0 and two after.
struct DayWindow
{
    int first = -30;
    int last = 60;

    int dayCount() const { return last >= first ? last - first + 1 : 0; }
    bool contains(int day) const { return day >= first && day <= last; }
    friend bool operator==(const DayWindow&, const DayWindow&) = default;
};

// Whole UTC days from the anchor's UTC day to t's UTC day: an anchor at 23:30 UTC and a post at 00:10 UTC the
// next day are one day apart. Never depends on the local time zone.
int daysSinceAnchor(qint64 t, qint64 anchorTime);
// The UTC midnight that starts the given day relative to the anchor.
qint64 alignedDayStart(qint64 anchorTime, int day);

} // namespace seance
