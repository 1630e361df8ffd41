// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/timeaxismapping.h"
#include "models/metricformat.h"
#include "models/sentiment/buckets/metrics.h"
#include "models/time/granularity.h"

#include <QString>

namespace seance {

// The chart's texts. Times are UTC, whatever the system's zone: the buckets are UTC days and weeks.

// A tick's label for the given step: "14:00", "Oct 3", "Oct", "2025".
QString tickLabel(qint64 time, TickUnit unit);
// The coarser context printed under the ticks where it changes: the date under hours, the year under days
// and months; empty for years.
QString tickContext(qint64 time, TickUnit unit);
// The bucket that holds time: "Fri, Oct 3 2025 · 14:00–15:00", "Fri, Oct 3 2025", "Week of Sep 29 2025".
QString bucketLabel(qint64 time, Granularity granularity);
// A short date and time for the crosshair and rubber band: "Oct 3 2025 14:05".
QString shortTimeLabel(qint64 time, qint64 visibleSpan);
// "3 days before", "5 hours after", "at this time".
QString relativeTimeText(qint64 eventTime, qint64 hoverTime);

} // namespace seance
