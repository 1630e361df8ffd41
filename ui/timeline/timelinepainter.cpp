// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinepainter.h"

#include "ui/common/axistickstep.h"
#include "ui/timeline/timelinepalette.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace seance {

namespace {

constexpr int tickLength = 4;
constexpr int tickLabelGap = 12;
constexpr int colourBarWidth = 3;

// Tick label patterns are translated so each language orders year, month and day its own way.
QString pattern(const char* text)
{
    return QCoreApplication::translate("seance::NarrativeTimelinePane", text);
}

QString tickLabel(qint64 time, TickUnit unit)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc());
    const QLocale locale;
    switch (unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        // A day's first tick names the day, so an hour scale never loses track of the date.
        if (utc.time() == QTime(0, 0))
            return locale.toString(utc, pattern(QT_TRANSLATE_NOOP("seance::NarrativeTimelinePane", "MMM d")));
        return locale.toString(utc, pattern(QT_TRANSLATE_NOOP("seance::NarrativeTimelinePane", "HH:mm")));
    case TickUnit::Day:
    case TickUnit::Week:
        return locale.toString(utc, pattern(QT_TRANSLATE_NOOP("seance::NarrativeTimelinePane", "MMM d")));
    case TickUnit::Month:
        return locale.toString(utc, pattern(QT_TRANSLATE_NOOP("seance::NarrativeTimelinePane", "MMM yyyy")));
    case TickUnit::Year:
        return locale.toString(utc, pattern(QT_TRANSLATE_NOOP("seance::NarrativeTimelinePane", "yyyy")));
    }
    return QString();
}

struct AxisTicks
{
    TickUnit unit = TickUnit::Day;
    QList<TimeTick> ticks;
};

// The chart's step, so the timeline's grid lines continue the chart's. Its labels ("Sep 30", "Sep 2025", "14:00")
// fit: the shared spacing leaves room for a day label, and a month is never shorter than a day step.
AxisTicks chooseTicks(const TimeAxisMapping& mapping, const QFont& baseFont)
{
    const TickStep step = sharedAxisTickStep(mapping, baseFont);
    return {step.unit, mapping.ticks(step)};
}

void paintLanes(QPainter& painter, const TimelineContent& content, const TimelineGeometry& geometry,
                const TimelinePalette& palette, const TimelinePaintState& state)
{
    painter.setFont(state.titleFont);
    for (int i = 0; i < geometry.lanes.size(); ++i) {
        const PlacedLane& lane = geometry.lanes.at(i);
        if (i % 2 == 1)
            painter.fillRect(lane.rect, palette.laneBand);
        painter.setPen(palette.laneSeparator);
        painter.drawLine(lane.rect.left(), lane.rect.bottom(), lane.rect.right(), lane.rect.bottom());
        painter.fillRect(QRect(0, lane.rect.top() + 3, colourBarWidth, lane.rect.height() - 6),
                         content.lanes.at(i).color);
        if (lane.elidedTitle.isEmpty())
            continue;
        if (lane.titleInPlot) {
            const QRect backing = lane.titleRect.adjusted(-3, 3, 3, -3);
            QColor fill = palette.background;
            fill.setAlpha(215);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(backing, 3, 3);
            painter.setBrush(Qt::NoBrush);
        }
        painter.setPen(palette.laneTitle);
        painter.drawText(lane.titleRect, Qt::AlignLeft | Qt::AlignVCenter, lane.elidedTitle);
    }
}

void paintAxis(QPainter& painter, const TimelineGeometry& geometry, const TimelinePalette& palette,
               const TimelinePaintState& state)
{
    const TimeAxisMapping& mapping = geometry.mapping;
    if (!mapping.isValid())
        return;
    painter.setFont(state.labelFont);
    const QFontMetrics metrics(state.labelFont);
    const AxisTicks axis = chooseTicks(mapping, state.titleFont);
    const int axisY = geometry.axisRect.top();
    const int lanesBottom = geometry.lanes.isEmpty() ? axisY : std::min(axisY, geometry.lanes.last().rect.bottom());

    painter.setPen(palette.axisLine);
    painter.drawLine(QPointF(mapping.left(), axisY + 0.5), QPointF(mapping.right(), axisY + 0.5));
    const int labelTop = axisY + tickLength + 1;
    // All times on the axis are UTC; say so under the lane titles, where it cannot be taken for a tick label.
    const QString utc = QCoreApplication::translate("seance::NarrativeTimelinePane", "UTC");
    int lastLabelRight = 0;
    if (10 + metrics.horizontalAdvance(utc) + tickLabelGap <= int(mapping.left())) {
        painter.setPen(palette.axisText);
        const QRect utcRect(10, labelTop, metrics.horizontalAdvance(utc), metrics.height());
        painter.drawText(utcRect, Qt::AlignLeft | Qt::AlignVCenter, utc);
        lastLabelRight = utcRect.right();
    }
    for (const TimeTick& tick : axis.ticks) {
        painter.setPen(palette.grid);
        painter.drawLine(QPointF(tick.pixel, geometry.lanesRect.top()), QPointF(tick.pixel, lanesBottom));
        painter.setPen(palette.axisLine);
        painter.drawLine(QPointF(tick.pixel, axisY), QPointF(tick.pixel, axisY + tickLength));
        const QString text = tickLabel(tick.time, axis.unit);
        const int width = metrics.horizontalAdvance(text);
        const QRect label(int(std::lround(tick.pixel)) - width / 2, labelTop, width, metrics.height());
        // A label never leaves the pane or touches its neighbour; skipping one beats clipping it.
        if (label.left() < lastLabelRight + 6 || label.right() > geometry.axisRect.right() - 2)
            continue;
        painter.setPen(palette.axisText);
        painter.drawText(label, Qt::AlignCenter, text);
        lastLabelRight = label.right();
    }
}

void paintMarker(QPainter& painter, const QRectF& marker, MarkerShape shape, const QColor& colour, double grow)
{
    const QRectF r = marker.adjusted(-grow, -grow, grow, grow);
    painter.setBrush(colour);
    if (shape == MarkerShape::Diamond) {
        const QPointF c = r.center();
        const double h = r.width() / 2 + 1; // a diamond looks smaller than a dot of the same box
        painter.drawPolygon(QPolygonF{{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}});
    } else {
        painter.drawEllipse(r);
    }
}

void paintEvents(QPainter& painter, const TimelineContent& content, const TimelineGeometry& geometry,
                 const TimelinePalette& palette, const TimelinePaintState& state)
{
    painter.setFont(state.labelFont);
    for (const PlacedEvent& event : geometry.events) {
        const TimelineItem& item = content.items.at(event.item);
        painter.setPen(QPen(palette.markerOutline, 1.5));
        paintMarker(painter, event.marker, item.shape, content.lanes.at(item.lane).color,
                    event.item == state.hoveredItem ? 1.5 : 0.0);
        if (event.item == state.focusedItem) {
            painter.setPen(QPen(palette.focusRing, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(event.marker.center(), event.marker.width() / 2 + 4, event.marker.height() / 2 + 4);
        }
        if (!event.labelRect.isEmpty()) {
            painter.setPen(event.item == state.focusedItem ? palette.focusRing : palette.eventLabel);
            painter.drawText(event.labelRect, Qt::AlignLeft | Qt::AlignVCenter, event.label);
        }
    }
}

void paintBadge(QPainter& painter, const QRect& rect, const QString& text, const TimelinePalette& palette)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.edgeBadge);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(palette.edgeBadgeText);
    painter.drawText(rect, Qt::AlignCenter, text);
}

} // namespace

void paintTimeline(QPainter& painter, const TimelineContent& content, const TimelineGeometry& geometry,
                   const TimelinePalette& palette, const TimelinePaintState& state)
{
    painter.save();
    const QSize size = geometry.viewport.size;
    painter.fillRect(QRect(QPoint(0, 0), size), palette.background);
    painter.setClipRect(geometry.lanesRect.united(geometry.axisRect));
    paintLanes(painter, content, geometry, palette, state);
    painter.setRenderHint(QPainter::Antialiasing);
    paintAxis(painter, geometry, palette, state);

    painter.setClipRect(geometry.lanesRect);
    const TimeAxisMapping& mapping = geometry.mapping;
    if (state.hoverTime && mapping.isValid() && mapping.range().contains(*state.hoverTime)) {
        const double x = mapping.timeToPixel(*state.hoverTime);
        painter.setPen(QPen(palette.hoverLine, 1));
        painter.drawLine(QPointF(x, geometry.lanesRect.top()), QPointF(x, geometry.lanesRect.bottom() + 1));
    }
    // Badges first and events last: whatever the layout decides, nothing written is ever drawn over an event.
    painter.setFont(state.labelFont);
    for (const PlacedLane& lane : geometry.lanes) {
        if (!lane.beforeBadge.isEmpty())
            paintBadge(painter, lane.beforeBadge, edgeBadgeText(lane.hiddenBefore, true), palette);
        if (!lane.afterBadge.isEmpty())
            paintBadge(painter, lane.afterBadge, edgeBadgeText(lane.hiddenAfter, false), palette);
    }
    paintEvents(painter, content, geometry, palette, state);
    painter.setClipping(false);
    if (state.keyboardFocus) {
        painter.setPen(palette.keyboardFocusFrame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    }
    painter.restore();
}

void paintEmptyTimeline(QPainter& painter, const QRect& rect, const TimelinePalette& palette, const QString& text)
{
    painter.save();
    painter.fillRect(rect, palette.background);
    painter.setPen(palette.emptyText);
    painter.drawText(rect.adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

} // namespace seance
