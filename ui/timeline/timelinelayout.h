// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/timeaxismapping.h"

#include <QColor>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

class QFontMetrics;

namespace seance {

namespace timelinemetrics {
inline constexpr int nominalLaneHeight = 28;
inline constexpr int minimumLaneHeight = 22;
inline constexpr int maximumLaneHeight = 40;
inline constexpr int minimumVisibleLanes = 5;
inline constexpr int topPadding = 4;
// Until the mediator passes the chart's plot area: room for lane titles on the left, for a count badge right.
inline constexpr int defaultPlotLeft = 150;
inline constexpr int defaultRightMargin = 40;
inline constexpr double markerRadius = 4.5;
// Around a marker: the focus ring (4 px out, 2 px pen) and the 3 px backing of a title in the plot. Titles,
// badges and labels stay out of it, so nothing written ever hides an event.
inline constexpr double markerHalo = 6.0;
inline constexpr int maximumLabelWidth = 240;
} // namespace timelinemetrics

// One lane: a narrative, or the "Other events" lane (empty narrativeId) for events without a known narrative.
struct TimelineLane
{
    QString narrativeId;
    QString title;
    QColor color;
};

// Launches are diamonds, so the moment a token came to be stands out from the talk about it.
enum class MarkerShape { Dot, Diamond };

// An event as the layout and the painter see it; the pane keeps these sorted by time.
struct TimelineItem
{
    qint64 time = 0;
    int lane = 0;
    QString label;
    MarkerShape shape = MarkerShape::Dot;
};

// What is shown: changes only with the data (and the palette's lane colours).
struct TimelineContent
{
    QList<TimelineLane> lanes;
    QList<TimelineItem> items;
};

// Where it is shown: changes with every resize, zoom and pan.
struct TimelineViewport
{
    QSize size;
    int plotLeft = 0;
    int plotRight = 0;
    TimeRange range;
    friend bool operator==(const TimelineViewport&, const TimelineViewport&) = default;
};

struct PlacedLane
{
    QRect rect;
    QRect titleRect;
    QString elidedTitle;
    // The margin left of the plot is the chart's, often too narrow for a name: the title then sits on a
    // backing at the left of the plot instead, and event labels give way to it.
    bool titleInPlot = false;
    int hiddenBefore = 0;
    int hiddenAfter = 0;
    QRect beforeBadge; // empty when nothing is hidden on that side
    QRect afterBadge;
};

struct PlacedEvent
{
    int item = -1; // index into TimelineContent::items
    double x = 0.0;
    QRectF marker;
    QRect labelRect; // empty when there was no room for a readable label
    QString label;   // elided to labelRect
};

struct TimelineGeometry
{
    TimelineViewport viewport;
    TimeAxisMapping mapping;
    QRect lanesRect;
    QRect axisRect;
    int laneHeight = 0;
    QList<PlacedLane> lanes;
    QList<PlacedEvent> events; // only events inside the range, in time order
};

// "◂ 3" and "3 ▸": how many events of a lane lie before or after the visible range.
QString edgeBadgeText(int count, bool before);
int timelineAxisHeight(const QFontMetrics& labelMetrics);
// Lane heights grow with the font, so a large font never clips a lane title.
int minimumLaneHeightFor(const QFontMetrics& titleMetrics);
int nominalLaneHeightFor(const QFontMetrics& titleMetrics);

// The marker with its focus ring: the part of the lane that titles, badges and labels must leave free.
QRectF markerWithHalo(const PlacedEvent& event);

// Pure geometry: where lanes, titles, markers, labels and badges go. Event x comes from one TimeAxisMapping over
// [plotLeft, plotRight], the same mapping the chart uses, so both panes agree to the pixel. A label is elided to
// the room before the next marker in its lane, so labels never overlap.
TimelineGeometry layoutTimeline(const TimelineContent& content, const TimelineViewport& viewport,
                                const QFontMetrics& titleMetrics, const QFontMetrics& labelMetrics);

} // namespace seance
