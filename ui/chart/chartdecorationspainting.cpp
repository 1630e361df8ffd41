// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The painting half of ChartDecorations; the state, layout and hit testing are in chartdecorations.cpp.
#include "ui/chart/chartdecorations.h"
#include "ui/common/elidedtext.h"

#include "ui/chart/chartformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SentimentChartPaneText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SentimentChartPane)
};

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// The underlay draws its lines and bars opaque, as filled rectangles (see ChartPalette::over()).
QColor over(const QColor& top, const QColor& bottom)
{
    return ChartPalette::over(top, bottom);
}

// A vertical line as a filled rectangle of whole pixels, centred on x.
void verticalLine(QPainter* painter, double x, double top, double bottom, const QColor& colour, int width = 1)
{
    const int left = int(std::floor(x)) - (width - 1) / 2;
    const int y = int(std::floor(top));
    painter->fillRect(QRect(left, y, width, int(std::ceil(bottom)) - y), colour);
}

} // namespace

QColor ChartDecorations::eventColor(const ChartEventMarker& event) const
{
    const QColor color = event.color.isValid() ? event.color : m_palette.eventFallback;
    // Narrative colours are picked to show on the dark plot; on a light one a pastel would vanish, so the
    // hue is kept and the lightness capped.
    constexpr float maxLightnessOnLight = 0.4f;
    if (m_palette.isLight() && color.lightnessF() > maxLightnessOnLight)
        return QColor::fromHslF(color.hslHueF(), color.hslSaturationF(), maxLightnessOnLight);
    return color;
}

QColor ChartDecorations::eventTextColor(const ChartEventMarker& event) const
{
    const QColor color = eventColor(event);
    return m_palette.isLight() ? color.darker(125) : color.lighter(115);
}

void ChartDecorations::paintUnderlay(QPainter* painter) const
{
    painter->fillRect(m_bounds, m_palette.background);
    painter->fillRect(m_plot, m_palette.plotBackground);
    if (!m_mapping.isValid())
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double top = m_plot.top();
    const double bottom = m_plot.bottom();
    // The focused event's glow goes under the bars; everything else on top of them.
    for (const ChartEventMarker& event : m_events) {
        if (event.id == m_focusedEvent && m_range.contains(event.time))
            verticalLine(painter, m_mapping.timeToPixel(event.time), top, bottom,
                         over(withAlpha(eventColor(event), 60), m_palette.plotBackground), 7);
    }
    paintVolume(painter);
    const QColor grid = over(m_palette.grid, m_palette.plotBackground);
    const QColor tickMark = over(m_palette.grid, m_palette.background);
    for (const TickText& tick : m_ticks) {
        verticalLine(painter, tick.x, top, bottom, grid);
        verticalLine(painter, tick.x, bottom, bottom + 4, tickMark);
    }
    // The value grid, at the left axis' ticks. The edges of the plot need none.
    for (int i = 1; i + 1 < m_yTicks; ++i) {
        const int y = int(std::floor(valueToY(m_yMin + (m_yMax - m_yMin) * i / (m_yTicks - 1))));
        painter->fillRect(QRect(int(m_plot.left()), y, int(m_plot.width()), 1), grid);
    }
    if (m_reference && *m_reference > m_yMin && *m_reference < m_yMax) {
        const int y = int(std::floor(valueToY(*m_reference)));
        const QColor colour = over(m_palette.referenceLine, m_palette.plotBackground);
        painter->fillRect(QRect(int(m_plot.left()), y, int(m_plot.width()), 1), m_palette.plotBackground);
        for (int x = int(std::ceil(m_plot.left())); x < int(m_plot.right()); x += 7)
            painter->fillRect(QRect(x, y, std::min(4, int(m_plot.right()) - x), 1), colour);
    }
    paintEvents(painter);

    painter->setFont(labelFont());
    const QFontMetricsF metrics(labelFont());
    const double firstLine = bottom + tickGap;
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
    const QString utc = SentimentChartPaneText::tr("UTC");
    painter->drawText(QPointF(m_plot.right() - metrics.horizontalAdvance(utc), secondLine + metrics.ascent()), utc);
}

void ChartDecorations::paintVolume(QPainter* painter) const
{
    if (!m_volumeVisible || m_volumeMax <= 0)
        return;
    const QColor colour = over(withAlpha(m_palette.volumeFill, int(std::lround(255 * m_palette.volumeOpacity))),
                               m_palette.plotBackground);
    const double scale = m_plot.height() / m_volumeMax;
    const int bottom = int(std::lround(m_plot.bottom()));
    for (const VolumeBar& bar : m_volume) {
        // Bars wide enough to tell apart get a pixel of air between them.
        int left = int(std::lround(std::max(m_mapping.timeToPixel(bar.from), m_plot.left())));
        const int right = int(std::lround(std::min(m_mapping.timeToPixel(bar.to), m_plot.right())));
        if (right - left >= 4)
            left += 1;
        const int height = int(std::lround(std::min(double(bar.posts) * scale, m_plot.height())));
        if (height > 0)
            painter->fillRect(QRect(left, bottom - height, std::max(right - left, 1), height), colour);
    }
}

void ChartDecorations::paintEvents(QPainter* painter) const
{
    const double top = m_plot.top();
    const double bottom = m_plot.bottom();
    for (const ChartEventMarker& event : m_events) {
        if (!m_range.contains(event.time))
            continue;
        const double x = m_mapping.timeToPixel(event.time);
        if (event.id == m_focusedEvent) {
            verticalLine(painter, x, top, bottom, eventColor(event), 3);
            continue;
        }
        const QColor colour = over(withAlpha(eventColor(event), 150), m_palette.plotBackground);
        const int column = int(std::floor(x));
        for (int y = int(std::ceil(top)); y < int(bottom); y += 7)
            painter->fillRect(QRect(column, y, 1, std::min(4, int(bottom) - y)), colour);
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
        const QColor color = eventColor(event);
        const bool focused = event.id == m_focusedEvent;
        painter->setPen(QPen(withAlpha(color, focused || m_palette.isLight() ? 255 : 120), focused ? 1.5 : 1));
        const QColor focusedFill = m_palette.isLight() ? color.darker(150) : color.darker(260);
        painter->setBrush(focused ? focusedFill : withAlpha(m_palette.plotBackground, 225));
        painter->drawRoundedRect(label.rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setFont(focused ? bold : font);
        painter->setPen(focused ? QColor(Qt::white) : eventTextColor(event));
        QString text = label.text;
        if (focused && !text.contains(QLatin1Char('\n')))
            text = elidedText(QFontMetricsF(bold), event.title, label.rect.width() - 2 * labelPadding);
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
    const QFontMetricsF hintMetrics(m_font);
    const QRectF area = m_plot.adjusted(24, 0, -24, 0);
    const double width = std::min(area.width(), std::max(titleMetrics.horizontalAdvance(m_messageTitle),
                                                         hintMetrics.horizontalAdvance(m_messageHint)) + 48);
    const double hintHeight = m_messageHint.isEmpty() ? 0 : hintMetrics.height() + 6;
    const double height = titleMetrics.height() + hintHeight + 28;
    // A card of its own, so grid lines and event markers do not run through the text.
    const QRectF card(area.center().x() - width / 2, area.center().y() - height / 2, width, height);
    painter->setPen(QPen(m_palette.tooltipBorder, 1));
    painter->setBrush(m_palette.tooltipBackground);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    const QRectF text = card.adjusted(24, 14, -24, -14);
    painter->setFont(title);
    painter->setPen(m_palette.text);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), titleMetrics.height()), Qt::AlignCenter,
                      titleMetrics.elidedText(m_messageTitle, Qt::ElideRight, text.width()));
    if (!m_messageHint.isEmpty()) {
        painter->setFont(m_font);
        painter->setPen(m_palette.mutedText);
        painter->drawText(QRectF(text.left(), text.top() + titleMetrics.height() + 6, text.width(),
                                 hintMetrics.height()),
                          Qt::AlignCenter, hintMetrics.elidedText(m_messageHint, Qt::ElideRight, text.width()));
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
    painter->drawText(rect, Qt::AlignCenter, SentimentChartPaneText::tr("SAMPLE DATA"));
}

} // namespace seance
