// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace seance {

using namespace timelinemetrics;

namespace {

constexpr int badgeGap = 6;
constexpr int labelGap = 4;
constexpr int titleInset = 10; // leaves room for the lane's colour bar
// Narrower than this, an elided label is just "…" plus a letter, which reads as noise.
constexpr int minimumReadableLabel = 24;

QRect badgeRect(const QFontMetrics& metrics, int count, bool before)
{
    return QRect(0, 0, metrics.horizontalAdvance(edgeBadgeText(count, before)) + 8, metrics.height() + 2);
}

void placeBadgesAndTitle(PlacedLane& lane, const TimelineLane& source, const TimelineLayoutInput& input,
                         const QFontMetrics& titleMetrics, const QFontMetrics& labelMetrics)
{
    const int centreY = lane.rect.center().y();
    if (lane.hiddenBefore > 0) {
        lane.beforeBadge = badgeRect(labelMetrics, lane.hiddenBefore, true);
        lane.beforeBadge.moveRight(input.plotLeft - badgeGap);
        lane.beforeBadge.moveTop(centreY - lane.beforeBadge.height() / 2);
    }
    if (lane.hiddenAfter > 0) {
        lane.afterBadge = badgeRect(labelMetrics, lane.hiddenAfter, false);
        // Outside the plot when the right margin has room, so the badge never hides a marker.
        if (input.plotRight + badgeGap + lane.afterBadge.width() <= input.size.width() - 2)
            lane.afterBadge.moveLeft(input.plotRight + badgeGap);
        else
            lane.afterBadge.moveRight(input.size.width() - 3);
        lane.afterBadge.moveTop(centreY - lane.afterBadge.height() / 2);
    }
    const int titleRight = (lane.beforeBadge.isEmpty() ? input.plotLeft : lane.beforeBadge.left()) - badgeGap;
    lane.titleRect = QRect(QPoint(titleInset, lane.rect.top()), QPoint(titleRight, lane.rect.bottom()));
    if (lane.titleRect.width() > 0)
        lane.elidedTitle = titleMetrics.elidedText(source.title, Qt::ElideRight, lane.titleRect.width());
}

void placeLabels(TimelineGeometry& geometry, const TimelineLayoutInput& input, const QFontMetrics& metrics)
{
    // Per lane, the placed events in time order: each label may run up to the next marker in its lane.
    QList<QList<int>> byLane(geometry.lanes.size());
    for (int i = 0; i < geometry.events.size(); ++i)
        byLane[input.items.at(geometry.events.at(i).item).lane].append(i);

    for (int laneIndex = 0; laneIndex < byLane.size(); ++laneIndex) {
        const PlacedLane& lane = geometry.lanes.at(laneIndex);
        const QList<int>& order = byLane.at(laneIndex);
        for (int k = 0; k < order.size(); ++k) {
            PlacedEvent& event = geometry.events[order.at(k)];
            int limit = lane.afterBadge.isEmpty() ? input.size.width() - 4 : lane.afterBadge.left() - badgeGap;
            if (k + 1 < order.size())
                limit = std::min(limit, int(std::floor(geometry.events.at(order.at(k + 1)).marker.left())) - badgeGap);
            const int start = int(std::ceil(event.marker.right())) + labelGap;
            const int room = std::min(limit - start, maximumLabelWidth);
            if (room < minimumReadableLabel)
                continue;
            const QString text = metrics.elidedText(input.items.at(event.item).label, Qt::ElideRight, room);
            if (text.isEmpty() || text == QStringLiteral("\u2026"))
                continue;
            event.label = text;
            event.labelRect =
                QRect(start, lane.rect.top(), std::min(metrics.horizontalAdvance(text), room), lane.rect.height());
        }
    }
}

} // namespace

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

TimelineGeometry layoutTimeline(const TimelineLayoutInput& input, const QFontMetrics& titleMetrics,
                                const QFontMetrics& labelMetrics)
{
    TimelineGeometry geometry;
    const int width = input.size.width();
    const int lanesBottom = std::max(topPadding, input.size.height() - timelineAxisHeight(labelMetrics));
    geometry.lanesRect = QRect(0, topPadding, width, lanesBottom - topPadding);
    geometry.axisRect = QRect(0, lanesBottom, width, input.size.height() - lanesBottom);
    geometry.mapping = TimeAxisMapping(input.range, input.plotLeft, input.plotRight);
    if (input.lanes.isEmpty())
        return geometry;

    const int shortest = minimumLaneHeightFor(titleMetrics);
    geometry.laneHeight = std::clamp(geometry.lanesRect.height() / int(input.lanes.size()), shortest,
                                     std::max(shortest, maximumLaneHeight));
    for (int i = 0; i < input.lanes.size(); ++i) {
        PlacedLane lane;
        lane.rect = QRect(0, topPadding + i * geometry.laneHeight, width, geometry.laneHeight);
        geometry.lanes.append(lane);
    }

    for (int i = 0; i < input.items.size(); ++i) {
        const TimelineItem& item = input.items.at(i);
        if (item.lane < 0 || item.lane >= geometry.lanes.size())
            continue;
        PlacedLane& lane = geometry.lanes[item.lane];
        if (item.time < input.range.from) {
            ++lane.hiddenBefore;
        } else if (!input.range.contains(item.time)) {
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
        placeBadgesAndTitle(geometry.lanes[i], input.lanes.at(i), input, titleMetrics, labelMetrics);
    placeLabels(geometry, input, labelMetrics);
    return geometry;
}

} // namespace seance
