// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartdecorations.h"

#include "models/chart/eventlabellayout.h"
#include "ui/chart/chartformat.h"
#include "ui/chart/eventlabeltext.h"
#include "ui/common/axistickstep.h"
#include "ui/common/elidedtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

// Labels may grow with a wide plot (a slide), where a full title is worth a row more than an ellipsis.
constexpr double minEventLabelWidth = 230;
constexpr double maxEventLabelWidth = 380;
constexpr int eventLabelRows = 3;
constexpr double hitSlop = 4;

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SentimentChartPaneText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SentimentChartPane)
};

} // namespace

ChartDecorations::ChartDecorations(const ChartPalette& palette)
    : m_palette(palette)
{
}

void ChartDecorations::setPalette(const ChartPalette& palette)
{
    m_palette = palette;
}

void ChartDecorations::setFont(const QFont& font)
{
    m_font = font;
    layoutTicks();
    layoutEvents();
}

void ChartDecorations::retranslate()
{
    layoutTicks(); // the event labels are the events' own titles, not translated
}

QStringList ChartDecorations::timeAxisLabels() const
{
    QStringList labels;
    for (const QList<TickText>* texts : {&m_ticks, &m_contexts}) {
        for (const TickText& tick : *texts)
            labels.append(tick.text);
    }
    return labels;
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

void ChartDecorations::setValueRange(double min, double max, int ticks, std::optional<double> reference)
{
    m_yMin = min;
    m_yMax = max;
    m_yTicks = ticks;
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
    return axisLabelFont(m_font);
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
    // The timeline under the chart picks its step the same way, so the two grids coincide.
    const TickStep step = sharedAxisTickStep(m_mapping, m_font);
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
    const double utcLeft = m_plot.right() - metrics.horizontalAdvance(SentimentChartPaneText::tr("UTC")) - 12;
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
    // A label is as wide as its title, up to a share of the plot; a longer title wraps to two lines first.
    const double labelLimit = std::clamp(m_plot.width() * 0.3, minEventLabelWidth, maxEventLabelWidth);
    // A tall plot (a slide) has room for a fourth row, where a wrapped label finds space more often.
    const int rows = m_plot.height() >= 360 ? eventLabelRows + 1 : eventLabelRows;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const ChartEventMarker& event = m_events.at(i);
        if (!m_range.contains(event.time))
            continue;
        const double width = metrics.horizontalAdvance(event.title.simplified()) + 2 * labelPadding;
        QList<double> wrapped = wrappedTitleWidths(metrics, event.title, rows);
        for (double& wrappedWidth : wrapped)
            wrappedWidth += 2 * labelPadding;
        inputs.append({m_mapping.timeToPixel(event.time), width, wrapped});
        indexes.append(i);
    }
    EventLabelOptions options;
    options.plotLeft = m_plot.left();
    options.plotRight = m_plot.right();
    options.rows = rows;
    options.gap = 4;
    options.maxLineWidth = labelLimit;
    const QList<EventLabelPlacement> placements = layoutEventLabels(inputs, options);
    const double height = metrics.height() + 4;
    for (qsizetype k = 0; k < placements.size(); ++k) {
        const EventLabelPlacement& placement = placements.at(k);
        if (placement.row < 0)
            continue;
        EventLabel label;
        label.event = indexes.at(k);
        const double rowsHeight = placement.lines * height + (placement.lines - 1) * 3;
        label.rect =
            QRectF(placement.left, m_plot.top() + 4 + placement.row * (height + 3), placement.width, rowsHeight);
        label.text = eventLabelText(metrics, m_events.at(label.event).title, placement.width - 2 * labelPadding + 0.5,
                                    placement.lines);
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

std::optional<double> ChartDecorations::eventLineX(const QString& id) const
{
    for (const ChartEventMarker& event : m_events) {
        if (event.id == id && m_range.contains(event.time))
            return m_mapping.timeToPixel(event.time);
    }
    return std::nullopt;
}

QRectF ChartDecorations::badgeRect() const
{
    return badgeRectIn(m_bounds);
}

QRectF ChartDecorations::badgeRectIn(const QRectF& bounds) const
{
    QFont font = labelFont();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(SentimentChartPaneText::tr("SAMPLE DATA")) + 16;
    const double height = metrics.height() + 6;
    return QRectF(bounds.right() - width - 10, bounds.top() + 8, width, height);
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
