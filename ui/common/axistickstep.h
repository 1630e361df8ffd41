// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/timeaxismapping.h"

#include <QFont>

namespace seance {

// The font of a time axis' tick labels: the pane's font, a little smaller.
QFont axisLabelFont(const QFont& baseFont);

// The tick step of a time axis, chosen the same way by the chart and the timeline under it, so that at the same
// plot width and range their grid lines fall on the same times. baseFont is the pane's font before any
// label scaling; the spacing leaves room for the widest day or hour label.
TickStep sharedAxisTickStep(const TimeAxisMapping& mapping, const QFont& baseFont);

} // namespace seance
