// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/timerange.h"

#include <QList>
#include <QPointF>

#include <span>

namespace seance {

// One sample of a series: UTC milliseconds and a value. A NaN (or infinite) value marks a gap, such as a bucket
// with no posts, which a chart must break the line at rather than draw as zero or bridge.
struct TimeValue
{
    qint64 t = 0;
    double v = 0.0;
};

// Both reducers expect points in non-decreasing time, asserted in debug builds. Unsorted input in a release
// build gives a poor reduction but never reads out of bounds.
bool isSortedByTime(std::span<const TimeValue> points);

// Gap handling shared by both reducers, when they reduce: each run of finite values is reduced on its own, and
// the output holds exactly one NaN point (at the time of the gap's first sample) between consecutive runs and
// none before the first or after the last, so no line is ever drawn across a gap.

// Largest-Triangle-Three-Buckets (Steinarsson, 2013), O(n). Keeps the first and last point of every run.
// target is raised to at least 3. If the input has at most target points it is returned unchanged. Without
// gaps the output has exactly target points; with r runs, at most target + 2r.
void downsampleLttb(std::span<const TimeValue> points, qsizetype target, QList<TimeValue>& out);
QList<TimeValue> downsampleLttb(std::span<const TimeValue> points, qsizetype target);

// Min-max decimation per pixel column, O(n): range is split into columns equal time slices (as TimeAxisMapping
// splits it into pixels), and each column keeps its first, minimum, maximum and last point, in time order, so a
// one-sample spike survives. Points before or after range are decimated as one extra column on each side.
// columns is clamped to [1, 100000] and range to the years 1840–2230. If the input has at most 4 × columns
// points it is returned unchanged; otherwise each column gives at most 4 points per run it holds.
void downsampleMinMax(std::span<const TimeValue> points, const TimeRange& range, int columns, QList<TimeValue>& out);
QList<TimeValue> downsampleMinMax(std::span<const TimeValue> points, const TimeRange& range, int columns);

// x is the time in ms as a double, exact for any time in range, which is what QDateTimeAxis expects.
QList<QPointF> toPoints(std::span<const TimeValue> points);

} // namespace seance
