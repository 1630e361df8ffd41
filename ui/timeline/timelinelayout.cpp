// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinelayout.h"

#include "ui/common/elidedtext.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace seance {

using namespace timelinemetrics;

namespace {

constexpr int badgeGap = 6;
constexpr int labelGap = 4;
constexpr int titleInset = 10; // leaves room for the lane's colour bar
// A left margin narrower than this keeps all its room for the lane title, and the "before" badge moves into the
// plot: a chart with short y-axis labels leaves little margin, and a title cut to one letter says nothing.
constexpr int roomyTitle = 90;
// Narrower than this, an elided label is just "…" plus a letter, which reads as noise.
constexpr int minimumReadableLabel = 24;

QRect badgeRect(const QFontMetrics& metrics, int count, bool before)
{
    return QRect(0, 0, metrics.horizontalAdvance(edgeBadgeText(count, before)) + 8, metrics.height() + 2);
}

void placeBadgesAndTitle(PlacedLane& lane, const TimelineLane& source, const TimelineViewport& viewport,
                         const QFontMetrics& titleMetrics, const QFontMetrics& labelMetrics)
{
    const int centreY = lane.rect.center().y();
    int titleRight = viewport.plotLeft - badgeGap;
    const int titleWidth = titleMetrics.horizontalAdvance(source.title);
    const int plotWidth = viewport.plotRight - viewport.plotLeft;
    if (titleWidth > titleRight - titleInset && plotWidth >= 3 * roomyTitle) {
        const int room = std::min({titleWidth + 2, plotWidth / 3, maximumLabelWidth});
        const int left = viewport.plotLeft + labelGap;
        lane.titleInPlot = true;
        lane.titleRect = QRect(left, lane.rect.top(), room, lane.rect.height());
        lane.elidedTitle = titleMetrics.elidedText(source.title, Qt::ElideRight, room);
        lane.titleRect.setWidth(titleMetrics.horizontalAdvance(lane.elidedTitle));
        titleRight = lane.titleRect.right();
    }
    if (lane.hiddenBefore > 0) {
        lane.beforeBadge = badgeRect(labelMetrics, lane.hiddenBefore, true);
        if (lane.titleInPlot) {
            lane.beforeBadge.moveLeft(lane.titleRect.right() + badgeGap);
        } else if (titleRight - lane.beforeBadge.width() - badgeGap - titleInset >= roomyTitle) {
            lane.beforeBadge.moveRight(titleRight);
            titleRight = lane.beforeBadge.left() - badgeGap;
        } else {
            lane.beforeBadge.moveLeft(viewport.plotLeft + 2);
        }
        lane.beforeBadge.moveTop(centreY - lane.beforeBadge.height() / 2);
    }
    if (lane.hiddenAfter > 0) {
        lane.afterBadge = badgeRect(labelMetrics, lane.hiddenAfter, false);
        // Outside the plot when the right margin has room, so the badge never hides a marker.
        if (viewport.plotRight + badgeGap + lane.afterBadge.width() <= viewport.size.width() - 2)
            lane.afterBadge.moveLeft(viewport.plotRight + badgeGap);
        else
            lane.afterBadge.moveRight(std::min(viewport.size.width(), viewport.plotRight) - 2);
        lane.afterBadge.moveTop(centreY - lane.afterBadge.height() / 2);
    }
    if (lane.titleInPlot)
        return;
    lane.titleRect = QRect(QPoint(titleInset, lane.rect.top()), QPoint(titleRight, lane.rect.bottom()));
    if (lane.titleRect.width() > 0)
        lane.elidedTitle = titleMetrics.elidedText(source.title, Qt::ElideRight, lane.titleRect.width());
}

constexpr int titleBackingPad = 3; // the painter's backing behind a title in the plot

// Titles and badges inside the plot give way to the markers under them: a marker is data, while the title is
// also the lane's colour bar and tooltip, and the badge's count is in its tooltip too. A title drawn in the plot
// ends before the first marker that would sit under it, or goes when too little of it would be left; a "before"
// badge in the plot moves past the title or goes.
void clearMarkersOfTitles(TimelineGeometry& geometry, const TimelineContent& content, const QFontMetrics& titleMetrics)
{
    for (const PlacedEvent& event : std::as_const(geometry.events)) {
        PlacedLane& lane = geometry.lanes[content.items.at(event.item).lane];
        const QRectF halo = markerWithHalo(event);
        const int pad = lane.titleInPlot ? titleBackingPad : 0; // a title in the margin has no backing
        if (!lane.elidedTitle.isEmpty() && halo.intersects(QRectF(lane.titleRect.adjusted(-pad, 0, pad, 0)))) {
            // An event at the plot's very edge rings into the margin, too: the margin's title ends before it.
            const int room = int(std::floor(halo.left())) - pad - 1 - lane.titleRect.left();
            const QString title = content.lanes.at(content.items.at(event.item).lane).title;
            lane.elidedTitle =
                room >= minimumReadableLabel ? titleMetrics.elidedText(title, Qt::ElideRight, room) : QString();
            if (lane.elidedTitle == QStringLiteral("\u2026"))
                lane.elidedTitle.clear();
            lane.titleRect.setWidth(lane.elidedTitle.isEmpty() ? 0 : titleMetrics.horizontalAdvance(lane.elidedTitle));
            if (lane.titleInPlot && !lane.beforeBadge.isEmpty())
                lane.beforeBadge.moveLeft(lane.elidedTitle.isEmpty() ? lane.titleRect.left()
                                                                     : lane.titleRect.right() + badgeGap);
        }
    }
    // A badge that still covers a marker (after the titles moved) is dropped: the lane's tooltip counts them.
    for (const PlacedEvent& event : std::as_const(geometry.events)) {
        PlacedLane& lane = geometry.lanes[content.items.at(event.item).lane];
        if (!lane.beforeBadge.isEmpty() && markerWithHalo(event).intersects(QRectF(lane.beforeBadge)))
            lane.beforeBadge = QRect();
        if (!lane.afterBadge.isEmpty() && markerWithHalo(event).intersects(QRectF(lane.afterBadge)))
            lane.afterBadge = QRect();
    }
}

void placeLabels(TimelineGeometry& geometry, const TimelineContent& content, const QFontMetrics& metrics)
{
    // Per lane, the placed events in time order: each label may run up to the next marker in its lane.
    QList<QList<int>> byLane(geometry.lanes.size());
    for (int i = 0; i < geometry.events.size(); ++i)
        byLane[content.items.at(geometry.events.at(i).item).lane].append(i);

    for (int laneIndex = 0; laneIndex < byLane.size(); ++laneIndex) {
        const PlacedLane& lane = geometry.lanes.at(laneIndex);
        const QList<int>& order = byLane.at(laneIndex);
        for (int k = 0; k < order.size(); ++k) {
            PlacedEvent& event = geometry.events[order.at(k)];
            int limit = geometry.viewport.size.width() - 4;
            if (!lane.afterBadge.isEmpty())
                limit = std::min(limit, lane.afterBadge.left() - badgeGap);
            if (k + 1 < order.size())
                limit = std::min(limit, int(std::floor(geometry.events.at(order.at(k + 1)).marker.left())) - badgeGap);
            const int start = int(std::ceil(event.marker.right())) + labelGap;
            // A label that would run under the "before" badge or a title in the plot gives way to it.
            if (!lane.beforeBadge.isEmpty() && start <= lane.beforeBadge.right() + labelGap)
                continue;
            if (lane.titleInPlot && start <= lane.titleRect.right() + labelGap)
                continue;
            const int room = std::min(limit - start, maximumLabelWidth);
            if (room < minimumReadableLabel)
                continue;
            const QString text = elidedText(metrics, content.items.at(event.item).label, room);
            if (text.isEmpty() || text == QStringLiteral("\u2026"))
                continue;
            event.label = text;
            event.labelRect =
                QRect(start, lane.rect.top(), std::min(metrics.horizontalAdvance(text), room), lane.rect.height());
        }
    }
}

} // namespace

QRectF markerWithHalo(const PlacedEvent& event)
{
    return event.marker.adjusted(-markerHalo, -markerHalo, markerHalo, markerHalo);
}

QString edgeBadgeText(int count, bool before)
{
    return before ? QStringLiteral("\u25C2 %1").arg(count) : QStringLiteral("%1 \u25B8").arg(count);
}

int timelineAxisHeight(const QFontMetrics& labelMetrics)
{
    return labelMetrics.height() + 10;
}

int minimumLaneHeightFor(const QFontMetrics& titleMetrics)
{
    return std::max(minimumLaneHeight, titleMetrics.height() + 4);
}

int nominalLaneHeightFor(const QFontMetrics& titleMetrics)
{
    return std::max(nominalLaneHeight, titleMetrics.height() + 10);
}

TimelineGeometry layoutTimeline(const TimelineContent& content, const TimelineViewport& viewport,
                                const QFontMetrics& titleMetrics, const QFontMetrics& labelMetrics)
{
    TimelineGeometry geometry;
    geometry.viewport = viewport;
    const int width = viewport.size.width();
    const int lanesBottom = std::max(topPadding, viewport.size.height() - timelineAxisHeight(labelMetrics));
    geometry.lanesRect = QRect(0, topPadding, width, lanesBottom - topPadding);
    geometry.axisRect = QRect(0, lanesBottom, width, viewport.size.height() - lanesBottom);
    geometry.mapping = TimeAxisMapping(viewport.range, viewport.plotLeft, viewport.plotRight);
    if (content.lanes.isEmpty())
        return geometry;

    const int shortest = minimumLaneHeightFor(titleMetrics);
    geometry.laneHeight = std::clamp(geometry.lanesRect.height() / int(content.lanes.size()), shortest,
                                     std::max(shortest, maximumLaneHeight));
    for (int i = 0; i < content.lanes.size(); ++i) {
        PlacedLane lane;
        lane.rect = QRect(0, topPadding + i * geometry.laneHeight, width, geometry.laneHeight);
        geometry.lanes.append(lane);
    }

    for (int i = 0; i < content.items.size(); ++i) {
        const TimelineItem& item = content.items.at(i);
        if (item.lane < 0 || item.lane >= geometry.lanes.size())
            continue;
        PlacedLane& lane = geometry.lanes[item.lane];
        if (item.time < viewport.range.from) {
            ++lane.hiddenBefore;
        } else if (!viewport.range.contains(item.time)) {
            ++lane.hiddenAfter;
        } else {
            PlacedEvent event;
            event.item = i;
            event.x = geometry.mapping.timeToPixel(item.time);
            const double centreY = lane.rect.top() + lane.rect.height() / 2.0;
            event.marker = QRectF(event.x - markerRadius, centreY - markerRadius, 2 * markerRadius, 2 * markerRadius);
            geometry.events.append(event);
        }
    }

    for (int i = 0; i < geometry.lanes.size(); ++i)
        placeBadgesAndTitle(geometry.lanes[i], content.lanes.at(i), viewport, titleMetrics, labelMetrics);
    clearMarkersOfTitles(geometry, content, titleMetrics);
    placeLabels(geometry, content, labelMetrics);
    return geometry;
}

} // namespace seance
