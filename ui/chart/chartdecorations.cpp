// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdecorations.h"

#include "chartformat.h"
#include "eventlabellayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

constexpr double labelPadding = 6;
constexpr double maxEventLabelWidth = 230;
constexpr int eventLabelRows = 3;
constexpr double tickGap = 6;
constexpr double hitSlop = 4;

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::SentimentChartPane", text);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

ChartDecorations::ChartDecorations(const ChartPalette& palette)
    : m_palette(palette)
{
}

void ChartDecorations::setFont(const QFont& font)
{
    m_font = font;
    layoutTicks();
    layoutEvents();
}

void ChartDecorations::setGeometry(const QRectF& bounds, const QRectF& plot)
{
    m_bounds = bounds;
    m_plot = plot;
    m_mapping = TimeAxisMapping(m_range, plot.left(), plot.right());
    layoutTicks();
    layoutEvents();
}

void ChartDecorations::setRange(const TimeRange& range)
{
    m_range = range;
    m_mapping = TimeAxisMapping(range, m_plot.left(), m_plot.right());
    layoutTicks();
    layoutEvents();
}

void ChartDecorations::setValueRange(double min, double max, std::optional<double> reference)
{
    m_yMin = min;
    m_yMax = max;
    m_reference = reference;
}

void ChartDecorations::setVolume(const QList<VolumeBar>& bars, double volumeMax, bool visible)
{
    m_volume = bars;
    m_volumeMax = volumeMax;
    m_volumeVisible = visible;
}

void ChartDecorations::setEvents(const QList<ChartEventMarker>& events)
{
    m_events = events;
    layoutEvents();
}

void ChartDecorations::setFocusedEvent(const QString& id)
{
    m_focusedEvent = id;
}

void ChartDecorations::setHover(std::optional<qint64> time, const QList<HoverDot>& dots)
{
    m_hoverTime = time;
    m_dots = dots;
}

void ChartDecorations::setTip(std::optional<HoverTip> tip, const QPointF& pointer)
{
    m_tip = std::move(tip);
    m_pointer = pointer;
}

void ChartDecorations::setRubberBand(std::optional<std::pair<double, double>> pixels)
{
    m_band = pixels;
}

void ChartDecorations::setMessage(const QString& title, const QString& hint)
{
    m_messageTitle = title;
    m_messageHint = hint;
}

void ChartDecorations::setBadgeVisible(bool visible)
{
    m_badgeVisible = visible;
}

QFont ChartDecorations::labelFont() const
{
    QFont font = m_font;
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.88));
    return font;
}

double ChartDecorations::axisHeight() const
{
    return 2 * QFontMetricsF(labelFont()).height() + 2 * tickGap;
}

double ChartDecorations::valueToY(double value) const
{
    if (m_yMax <= m_yMin)
        return m_plot.bottom();
    return m_plot.bottom() - (value - m_yMin) / (m_yMax - m_yMin) * m_plot.height();
}

void ChartDecorations::layoutTicks()
{
    m_ticks.clear();
    m_contexts.clear();
    if (!m_mapping.isValid())
        return;
    const QFontMetricsF metrics(labelFont());
    // Wide enough for the widest tick label of any step, so labels never crowd.
    const double spacing = std::max({metrics.horizontalAdvance(QStringLiteral("Sep 30")),
                                     metrics.horizontalAdvance(QStringLiteral("00:00"))})
                           + 28;
    const TickStep step = m_mapping.tickStep(spacing);
    const QList<TimeTick> ticks = m_mapping.ticks(step);
    QString context = tickContext(m_range.from, step.unit);
    if (!context.isEmpty())
        m_contexts.append({m_plot.left(), context});
    for (const TimeTick& tick : ticks) {
        m_ticks.append({tick.pixel, tickLabel(tick.time, step.unit)});
        const QString next = tickContext(tick.time, step.unit);
        if (next != context) {
            context = next;
            // The sticky context at the left edge gives way to a change that would collide with it.
            if (!m_contexts.isEmpty()) {
                const TickText& last = m_contexts.constLast();
                if (last.x + metrics.horizontalAdvance(last.text) + 12 > tick.pixel) {
                    if (m_contexts.size() == 1)
                        m_contexts.removeLast();
                    else
                        continue;
                }
            }
            m_contexts.append({tick.pixel, next});
        }
    }
    // Keep the "UTC" note at the right end clear.
    const double utcLeft = m_plot.right() - metrics.horizontalAdvance(tr("UTC")) - 12;
    while (!m_contexts.isEmpty()
           && m_contexts.constLast().x + metrics.horizontalAdvance(m_contexts.constLast().text) > utcLeft)
        m_contexts.removeLast();
}

void ChartDecorations::layoutEvents()
{
    m_labels.clear();
    if (!m_mapping.isValid())
        return;
    const QFontMetricsF metrics(labelFont());
    QList<EventLabelInput> inputs;
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const ChartEventMarker& event = m_events.at(i);
        if (!m_range.contains(event.time))
            continue;
        const double width = std::min(maxEventLabelWidth, metrics.horizontalAdvance(event.title) + 2 * labelPadding);
        inputs.append({m_mapping.timeToPixel(event.time), width});
        indexes.append(i);
    }
    EventLabelOptions options;
    options.plotLeft = m_plot.left();
    options.plotRight = m_plot.right();
    options.rows = eventLabelRows;
    options.gap = 4;
    const QList<EventLabelPlacement> placements = layoutEventLabels(inputs, options);
    const double height = metrics.height() + 4;
    for (qsizetype k = 0; k < placements.size(); ++k) {
        const EventLabelPlacement& placement = placements.at(k);
        if (placement.row < 0)
            continue;
        EventLabel label;
        label.event = indexes.at(k);
        label.rect = QRectF(placement.left, m_plot.top() + 4 + placement.row * (height + 3), placement.width, height);
        label.text = metrics.elidedText(m_events.at(label.event).title, Qt::ElideRight,
                                        placement.width - 2 * labelPadding + 0.5);
        m_labels.append(label);
    }
}

QString ChartDecorations::eventAt(const QPointF& point) const
{
    for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it) {
        if (it->rect.adjusted(-1, -1, 1, 1).contains(point))
            return m_events.at(it->event).id;
    }
    if (!m_plot.adjusted(0, -1, 0, 1).contains(point) || !m_mapping.isValid())
        return QString();
    QString nearest;
    double best = hitSlop + 0.5;
    for (const ChartEventMarker& event : m_events) {
        if (!m_range.contains(event.time))
            continue;
        const double distance = std::abs(m_mapping.timeToPixel(event.time) - point.x());
        if (distance < best) {
            best = distance;
            nearest = event.id;
        }
    }
    return nearest;
}

std::optional<QPointF> ChartDecorations::eventClickPoint(const QString& id) const
{
    for (const EventLabel& label : m_labels) {
        if (m_events.at(label.event).id == id)
            return label.rect.center();
    }
    for (const ChartEventMarker& event : m_events) {
        if (event.id == id && m_range.contains(event.time))
            return QPointF(m_mapping.timeToPixel(event.time), m_plot.center().y());
    }
    return std::nullopt;
}

QRectF ChartDecorations::badgeRect() const
{
    QFont font = labelFont();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(tr("SAMPLE DATA")) + 16;
    const double height = metrics.height() + 6;
    return QRectF(m_bounds.right() - width - 10, m_bounds.top() + 8, width, height);
}

void ChartDecorations::paintUnderlay(QPainter* painter) const
{
    painter->fillRect(m_bounds, m_palette.background);
    painter->fillRect(m_plot, m_palette.plotBackground);
    if (!m_mapping.isValid())
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    paintVolume(painter);
    painter->setPen(QPen(m_palette.grid, 1));
    for (const TickText& tick : m_ticks) {
        const double x = std::round(tick.x) + 0.5;
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom() + 4));
    }
    if (m_reference && *m_reference > m_yMin && *m_reference < m_yMax) {
        const double y = std::round(valueToY(*m_reference)) + 0.5;
        painter->setPen(QPen(m_palette.referenceLine, 1, Qt::DashLine));
        painter->drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }

    painter->setFont(labelFont());
    const QFontMetricsF metrics(labelFont());
    const double firstLine = m_plot.bottom() + tickGap;
    painter->setPen(m_palette.text);
    for (const TickText& tick : m_ticks) {
        const double width = metrics.horizontalAdvance(tick.text);
        const double left = std::clamp(tick.x - width / 2, m_bounds.left() + 2, m_bounds.right() - width - 2);
        painter->drawText(QRectF(left, firstLine, width + 1, metrics.height()), Qt::AlignLeft, tick.text);
    }
    const double secondLine = firstLine + metrics.height();
    painter->setPen(m_palette.mutedText);
    for (const TickText& context : m_contexts)
        painter->drawText(QPointF(context.x, secondLine + metrics.ascent()), context.text);
    const QString utc = tr("UTC");
    painter->drawText(QPointF(m_plot.right() - metrics.horizontalAdvance(utc), secondLine + metrics.ascent()), utc);

    painter->setRenderHint(QPainter::Antialiasing, true);
    paintEvents(painter);
}

void ChartDecorations::paintVolume(QPainter* painter) const
{
    if (!m_volumeVisible || m_volumeMax <= 0)
        return;
    // Opaque, in the colour the translucent bars would have over the plot: an opaque fillRect() is a plain
    // memory fill, while a translucent one hands its blend to Qt's fill threads, which for thousands of bars
    // costs more than the bars (and an antialiased path of them is slower still).
    const double alpha = m_palette.volumeOpacity;
    const QColor& over = m_palette.plotBackground;
    const QColor& fill = m_palette.volumeFill;
    const QColor colour = QColor::fromRgbF(float(fill.redF() * alpha + over.redF() * (1 - alpha)),
                                           float(fill.greenF() * alpha + over.greenF() * (1 - alpha)),
                                           float(fill.blueF() * alpha + over.blueF() * (1 - alpha)));
    const double scale = m_plot.height() / m_volumeMax;
    for (const VolumeBar& bar : m_volume) {
        // Whole pixels keep the fills on the fast path; bars wide enough to tell apart get a pixel of air.
        int left = int(std::lround(std::max(m_mapping.timeToPixel(bar.from), m_plot.left())));
        const int right = int(std::lround(std::min(m_mapping.timeToPixel(bar.to), m_plot.right())));
        if (right - left >= 4)
            left += 1;
        const int height = int(std::lround(std::min(double(bar.posts) * scale, m_plot.height())));
        if (right <= left || height <= 0)
            continue;
        const int bottom = int(std::lround(m_plot.bottom()));
        painter->fillRect(QRect(left, bottom - height, std::max(right - left, 1), height), colour);
    }
}

void ChartDecorations::paintEvents(QPainter* painter) const
{
    for (const ChartEventMarker& event : m_events) {
        if (!m_range.contains(event.time))
            continue;
        const double x = std::round(m_mapping.timeToPixel(event.time)) + 0.5;
        const QColor color = event.color.isValid() ? event.color : m_palette.eventFallback;
        if (event.id == m_focusedEvent) {
            painter->setPen(QPen(withAlpha(color, 60), 7));
            painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
            painter->setPen(QPen(color, 2.5));
        } else {
            QPen pen(withAlpha(color, 150), 1.2, Qt::CustomDashLine);
            pen.setDashPattern({4, 3});
            painter->setPen(pen);
        }
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
    }
}

void ChartDecorations::paintOverlay(QPainter* painter) const
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QFont font = labelFont();
    QFont bold = font;
    bold.setBold(true);
    for (const EventLabel& label : m_labels) {
        const ChartEventMarker& event = m_events.at(label.event);
        const QColor color = event.color.isValid() ? event.color : m_palette.eventFallback;
        const bool focused = event.id == m_focusedEvent;
        painter->setPen(QPen(withAlpha(color, focused ? 255 : 120), focused ? 1.5 : 1));
        painter->setBrush(focused ? QColor(color).darker(260) : withAlpha(m_palette.plotBackground, 225));
        painter->drawRoundedRect(label.rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setFont(focused ? bold : font);
        painter->setPen(focused ? QColor(Qt::white) : color.lighter(115));
        QString text = label.text;
        if (focused)
            text = QFontMetricsF(bold).elidedText(event.title, Qt::ElideRight, label.rect.width() - 2 * labelPadding);
        painter->drawText(label.rect.adjusted(labelPadding, 0, -labelPadding + 1, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          text);
    }

    if (m_band && m_mapping.isValid()) {
        const double left = std::clamp(std::min(m_band->first, m_band->second), m_plot.left(), m_plot.right());
        const double right = std::clamp(std::max(m_band->first, m_band->second), m_plot.left(), m_plot.right());
        const QRectF band(left, m_plot.top(), right - left, m_plot.height());
        painter->fillRect(band, m_palette.rubberBandFill);
        painter->setPen(QPen(m_palette.rubberBandBorder, 1));
        painter->drawLine(band.topLeft(), band.bottomLeft());
        painter->drawLine(band.topRight(), band.bottomRight());
        const QString text = QStringLiteral("%1 – %2").arg(
            shortTimeLabel(m_mapping.pixelToTime(left), m_mapping.pixelToTime(right) - m_mapping.pixelToTime(left)),
            shortTimeLabel(m_mapping.pixelToTime(right), m_mapping.pixelToTime(right) - m_mapping.pixelToTime(left)));
        painter->setFont(font);
        painter->setPen(m_palette.text);
        painter->drawText(band.adjusted(0, 0, 0, -8), Qt::AlignHCenter | Qt::AlignBottom, text);
    }

    if (m_hoverTime && m_range.contains(*m_hoverTime) && m_mapping.isValid()) {
        const double x = std::round(m_mapping.timeToPixel(*m_hoverTime)) + 0.5;
        painter->setPen(QPen(m_palette.crosshair, 1));
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        for (const HoverDot& dot : m_dots) {
            if (!std::isfinite(dot.value) || !m_range.contains(dot.time))
                continue;
            painter->setPen(QPen(m_palette.plotBackground, 2));
            painter->setBrush(dot.color);
            painter->drawEllipse(QPointF(m_mapping.timeToPixel(dot.time), valueToY(dot.value)), 4.5, 4.5);
        }
        // The time under the crosshair, on the axis, as trading charts do.
        const QString text = shortTimeLabel(*m_hoverTime, m_range.span());
        const QFontMetricsF metrics(font);
        const double width = metrics.horizontalAdvance(text) + 12;
        const double left = std::clamp(x - width / 2, m_bounds.left() + 1, m_bounds.right() - width - 1);
        const QRectF pill(left, m_plot.bottom() + 2, width, metrics.height() + 4);
        painter->setPen(QPen(m_palette.tooltipBorder, 1));
        painter->setBrush(m_palette.tooltipBackground);
        painter->drawRoundedRect(pill, 3, 3);
        painter->setFont(font);
        painter->setPen(m_palette.text);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
    paintTip(painter);
    paintMessage(painter);
    paintBadge(painter);
}

void ChartDecorations::paintTip(QPainter* painter) const
{
    if (!m_tip)
        return;
    QFont font = labelFont();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const double padding = 10;
    const double swatch = 12;
    const double rowHeight = metrics.height() + 3;
    double labelWidth = 0;
    double valueWidth = 0;
    double detailWidth = 0;
    for (const HoverTipRow& row : m_tip->rows) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label));
        valueWidth = std::max(valueWidth, boldMetrics.horizontalAdvance(row.value));
        detailWidth = std::max(detailWidth, metrics.horizontalAdvance(row.detail));
    }
    double width = swatch + labelWidth + 14 + valueWidth + 14 + detailWidth;
    width = std::max({width, boldMetrics.horizontalAdvance(m_tip->title), metrics.horizontalAdvance(m_tip->footer)});
    width += 2 * padding;
    double height = 2 * padding + boldMetrics.height() + 4 + rowHeight * double(m_tip->rows.size());
    if (!m_tip->footer.isEmpty())
        height += rowHeight + 6;

    double left = m_pointer.x() + 18;
    if (left + width > m_plot.right())
        left = m_pointer.x() - 18 - width;
    left = std::max(left, m_bounds.left() + 2);
    const double top = std::clamp(m_pointer.y() - height / 2, m_bounds.top() + 2, m_bounds.bottom() - height - 2);
    const QRectF box(left, top, width, height);
    painter->setPen(QPen(m_palette.tooltipBorder, 1));
    painter->setBrush(m_palette.tooltipBackground);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    double y = top + padding;
    painter->setFont(bold);
    painter->setPen(m_palette.text);
    painter->drawText(QPointF(left + padding, y + boldMetrics.ascent()), m_tip->title);
    y += boldMetrics.height() + 4;
    const double labelX = left + padding + swatch;
    const double valueRight = labelX + labelWidth + 14 + valueWidth;
    for (const HoverTipRow& row : m_tip->rows) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(row.color);
        painter->drawEllipse(QPointF(left + padding + 4, y + rowHeight / 2), 4, 4);
        painter->setFont(font);
        painter->setPen(m_palette.text);
        painter->drawText(QPointF(labelX, y + metrics.ascent()), row.label);
        painter->setFont(bold);
        painter->drawText(QPointF(valueRight - boldMetrics.horizontalAdvance(row.value), y + metrics.ascent()),
                          row.value);
        painter->setFont(font);
        painter->setPen(m_palette.mutedText);
        painter->drawText(QPointF(valueRight + 14, y + metrics.ascent()), row.detail);
        y += rowHeight;
    }
    if (!m_tip->footer.isEmpty()) {
        y += 3;
        painter->setPen(QPen(m_palette.tooltipBorder, 1));
        painter->drawLine(QPointF(left + padding, y), QPointF(left + width - padding, y));
        y += 3;
        painter->setPen(m_palette.mutedText);
        painter->drawText(QPointF(left + padding, y + metrics.ascent()), m_tip->footer);
    }
}

void ChartDecorations::paintMessage(QPainter* painter) const
{
    if (m_messageTitle.isEmpty())
        return;
    QFont title = m_font;
    title.setPointSizeF(m_font.pointSizeF() * 1.2);
    const QFontMetricsF titleMetrics(title);
    const QRectF area = m_plot.adjusted(24, 0, -24, 0);
    const double hintHeight = m_messageHint.isEmpty() ? 0 : QFontMetricsF(m_font).height() + 8;
    const double top = area.center().y() - (titleMetrics.height() + hintHeight) / 2;
    painter->setFont(title);
    painter->setPen(m_palette.text);
    painter->drawText(QRectF(area.left(), top, area.width(), titleMetrics.height()), Qt::AlignCenter,
                      titleMetrics.elidedText(m_messageTitle, Qt::ElideRight, area.width()));
    if (!m_messageHint.isEmpty()) {
        painter->setFont(m_font);
        painter->setPen(m_palette.mutedText);
        painter->drawText(QRectF(area.left(), top + titleMetrics.height() + 8, area.width(), hintHeight),
                          Qt::AlignHCenter | Qt::AlignTop, m_messageHint);
    }
}

void ChartDecorations::paintBadge(QPainter* painter) const
{
    if (!m_badgeVisible)
        return;
    QFont font = labelFont();
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    const QRectF rect = badgeRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_palette.badgeBackground);
    painter->drawRoundedRect(rect, 4, 4);
    painter->setFont(font);
    painter->setPen(m_palette.badgeText);
    painter->drawText(rect, Qt::AlignCenter, tr("SAMPLE DATA"));
}

ChartLayerItem::ChartLayerItem(std::function<void(QPainter*)> paint)
    : m_paint(std::move(paint))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void ChartLayerItem::setRect(const QRectF& rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void ChartLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    m_paint(painter);
    painter->restore();
}

} // namespace seance
