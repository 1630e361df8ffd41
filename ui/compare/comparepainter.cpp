// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Painting of the comparison chart and its event lanes. Plain QPainter, so the same code draws the widget, the
// PNG and the SVG, and Qt Charts stays in ui/chart/.
#include "ui/compare/comparescene.h"

#include "models/items/eventimpactmodel.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace seance {

namespace {

class ComparePainter
{
    Q_DECLARE_TR_FUNCTIONS(ComparePainter)
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

constexpr double legendSwatch = 14.0;
constexpr double legendGap = 18.0;

QString legendText(const CompareLine& line)
{
    return ComparePainter::tr("%1 — day 0: %2 (%3)")
        .arg(line.label, line.anchorTitle, formatUtcDate(line.series.anchorTime));
}

// Legend entries flow left to right and wrap; returns each entry's top-left and the total height.
QList<QPointF> legendPositions(const QRectF& rect, const CompareScene& scene, const QFont& font, double* height)
{
    const QFontMetricsF fm(font);
    QList<QPointF> positions;
    const double rowHeight = fm.height() + 6;
    const double margin = comparelayout::leftMargin(font);
    double x = rect.left() + margin;
    double y = rect.top() + 6;
    for (const CompareLine& line : scene.lines) {
        const double width = legendSwatch + 6 + fm.horizontalAdvance(legendText(line));
        if (x + width > rect.right() - comparelayout::rightMargin && x > rect.left() + margin) {
            x = rect.left() + margin;
            y += rowHeight;
        }
        positions.append(QPointF(x, y));
        x += width + legendGap;
    }
    *height = scene.lines.isEmpty() ? 0 : (y + rowHeight) - rect.top() + 4;
    return positions;
}

double axisHeight(const QFontMetricsF& fm)
{
    return 2 * fm.height() + 14;
}

// The value range of every line's visible points, widened to take in the metric's reference line.
ValueTicks valueTicksFor(const CompareScene& scene)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const CompareLine& line : scene.lines) {
        for (const AlignedPoint& point : line.series.points) {
            if (point.value) {
                low = std::min(low, *point.value);
                high = std::max(high, *point.value);
            }
        }
    }
    if (!std::isfinite(low))
        return niceValueTicks(0, 1);
    switch (scene.metric) {
    case Metric::Mean:
    case Metric::Weighted:
    case Metric::Volume:
    case Metric::ShareOfVoice:
    case Metric::Unscored:
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
        break;
    case Metric::PositiveShare:
        low = std::min(low, 50.0);
        high = std::max(high, 50.0);
        break;
    }
    return niceValueTicks(low, high, 6);
}

std::optional<double> referenceValue(Metric metric)
{
    if (metric == Metric::PositiveShare)
        return 50.0;
    if (metric == Metric::Mean || metric == Metric::Weighted)
        return 0.0;
    return std::nullopt;
}

double valueToPixel(const QRectF& plot, const ValueTicks& ticks, double value)
{
    const double span = ticks.maximum - ticks.minimum;
    return plot.bottom() - (value - ticks.minimum) / (span > 0 ? span : 1) * plot.height();
}

// Axis ticks need only the step's precision: 0.5 steps read "0.5", not "0.500".
QString tickText(double value, double step, Metric metric)
{
    const int decimals = std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 3);
    QString text = QString::number(std::fabs(value) < step * 1e-6 ? 0.0 : value, 'f', decimals);
    if (metric == Metric::PositiveShare || metric == Metric::ShareOfVoice)
        text += QStringLiteral(" %");
    return text;
}

QString dayLabel(int day)
{
    return day > 0 ? QStringLiteral("+%1").arg(day) : QString::number(day);
}

void paintEmpty(QPainter* painter, const QRectF& rect, const QString& message, const ComparePalette& palette)
{
    painter->setPen(palette.mutedText);
    painter->drawText(rect.adjusted(24, 12, -24, -12), Qt::AlignCenter | Qt::TextWordWrap, message);
}

void paintHoverLine(QPainter* painter, const QRectF& span, const DayAxisMapping& axis, const CompareScene& scene,
                    const ComparePalette& palette)
{
    if (!scene.hoverDay || !axis.window().contains(*scene.hoverDay))
        return;
    const double x = axis.dayToPixel(*scene.hoverDay);
    painter->setPen(QPen(palette.hoverLine, 1));
    painter->drawLine(QPointF(x, span.top()), QPointF(x, span.bottom()));
}

void paintDayZero(QPainter* painter, const QRectF& span, const DayAxisMapping& axis, const ComparePalette& palette)
{
    if (!axis.window().contains(0))
        return;
    const double x = axis.dayToPixel(0);
    painter->setPen(QPen(palette.dayZero, 1.5, Qt::DashLine));
    painter->drawLine(QPointF(x, span.top()), QPointF(x, span.bottom()));
}

} // namespace

ComparePalette ComparePalette::fromPalette(const QPalette& palette)
{
    ComparePalette p;
    p.background = palette.color(QPalette::Window);
    p.plotBackground = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::WindowText);
    p.mutedText = mix(p.text, p.background, 0.4);
    p.grid = mix(p.plotBackground, p.text, 0.12);
    p.referenceLine = mix(p.plotBackground, p.text, 0.3);
    p.dayZero = mix(p.plotBackground, p.text, 0.65);
    p.hoverLine = mix(p.plotBackground, p.text, 0.8);
    p.laneBand = mix(p.plotBackground, p.text, 0.04);
    return p;
}

double comparelayout::leftMargin(const QFont& font)
{
    return std::max(180.0, 22 * QFontMetricsF(font).averageCharWidth());
}

double comparelayout::laneHeight(const QFont& font)
{
    return std::max(30.0, std::ceil(QFontMetricsF(font).height() * 1.9));
}

DayAxisMapping compareDayAxis(const QRectF& rect, DayWindow window, const QFont& font)
{
    return DayAxisMapping(window, rect.left() + comparelayout::leftMargin(font), rect.right() - comparelayout::rightMargin);
}

QRectF compareChartPlotRect(const QRectF& rect, const CompareScene& scene, const QFont& font)
{
    const QFontMetricsF fm(font);
    double legend = 0;
    legendPositions(rect, scene, font, &legend);
    return QRectF(QPointF(rect.left() + comparelayout::leftMargin(font), rect.top() + legend + 8),
                  QPointF(rect.right() - comparelayout::rightMargin, rect.bottom() - axisHeight(fm)));
}

std::optional<QPointF> comparePointPosition(const QRectF& rect, const CompareScene& scene, const QFont& font, int line,
                                            int day)
{
    if (line < 0 || line >= scene.lines.size())
        return std::nullopt;
    const std::optional<AlignedPoint> point = scene.lines.at(line).series.pointAt(day);
    if (!point || !point->value)
        return std::nullopt;
    const QRectF plot = compareChartPlotRect(rect, scene, font);
    const DayAxisMapping axis = compareDayAxis(rect, scene.window, font);
    return QPointF(axis.dayToPixel(day), valueToPixel(plot, valueTicksFor(scene), *point->value));
}

void paintCompareChart(QPainter* painter, const QRectF& rect, const CompareScene& scene, const ComparePalette& palette,
                       const QFont& font)
{
    painter->save();
    painter->setFont(font);
    painter->fillRect(rect, palette.background);
    if (!scene.emptyMessage.isEmpty()) {
        paintEmpty(painter, rect, scene.emptyMessage, palette);
        painter->restore();
        return;
    }
    const QFontMetricsF fm(font, painter->device());
    const QRectF plot = compareChartPlotRect(rect, scene, font);
    const DayAxisMapping axis = compareDayAxis(rect, scene.window, font);
    if (plot.height() < 20 || !axis.isValid()) {
        painter->restore();
        return;
    }
    painter->fillRect(plot, palette.plotBackground);

    // Legend.
    double legendHeight = 0;
    const QList<QPointF> legend = legendPositions(rect, scene, font, &legendHeight);
    for (qsizetype i = 0; i < scene.lines.size(); ++i) {
        const QPointF at = legend.at(i);
        const double mid = at.y() + fm.height() / 2;
        painter->setPen(QPen(scene.lines.at(i).color, 3));
        painter->drawLine(QPointF(at.x(), mid), QPointF(at.x() + legendSwatch, mid));
        painter->setPen(palette.text);
        painter->drawText(QPointF(at.x() + legendSwatch + 6, at.y() + fm.ascent()), legendText(scene.lines.at(i)));
    }

    // Value axis and grid.
    const ValueTicks ticks = valueTicksFor(scene);
    for (double value : ticks.values()) {
        const double y = valueToPixel(plot, ticks, value);
        painter->setPen(QPen(palette.grid, 1));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(palette.mutedText);
        const QString text = tickText(value, ticks.step, scene.metric);
        painter->drawText(QRectF(rect.left(), y - fm.height() / 2, comparelayout::leftMargin(font) - 8, fm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, text);
    }
    if (const std::optional<double> reference = referenceValue(scene.metric);
        reference && *reference >= ticks.minimum && *reference <= ticks.maximum) {
        const double y = valueToPixel(plot, ticks, *reference);
        painter->setPen(QPen(palette.referenceLine, 1));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter->save();
    painter->setPen(palette.mutedText);
    painter->translate(rect.left() + fm.height() * 0.5, plot.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter,
                      metricLabel(scene.metric));
    painter->restore();

    // Day axis.
    for (int day : axis.ticks(fm.horizontalAdvance(QStringLiteral("+000")) + 16)) {
        const double x = axis.dayToPixel(day);
        painter->setPen(QPen(palette.grid, 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4));
        painter->setPen(day == 0 ? palette.text : palette.mutedText);
        painter->drawText(QRectF(x - 40, plot.bottom() + 4, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop, dayLabel(day));
    }
    painter->setPen(palette.mutedText);
    painter->drawText(QRectF(plot.left(), plot.bottom() + 6 + fm.height(), plot.width(), fm.height() + 4),
                      Qt::AlignHCenter | Qt::AlignTop, ComparePainter::tr("days since anchor (UTC days)"));
    paintDayZero(painter, plot, axis, palette);

    // The lines: consecutive days with values join; a gap breaks the line, a lone day is a dot.
    painter->setClipRect(plot.adjusted(-4, -4, 4, 4));
    const double dot = std::clamp(axis.slotWidth() * 0.35, 2.0, 4.0);
    for (const CompareLine& line : scene.lines) {
        QPainterPath path;
        bool open = false;
        QList<QPointF> lone;
        const QList<AlignedPoint>& points = line.series.points;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const AlignedPoint& point = points.at(i);
            if (!point.value) {
                open = false;
                continue;
            }
            const QPointF at(axis.dayToPixel(point.day), valueToPixel(plot, ticks, *point.value));
            const bool nextHasValue = i + 1 < points.size() && points.at(i + 1).value.has_value();
            if (!open && !nextHasValue)
                lone.append(at);
            if (open)
                path.lineTo(at);
            else
                path.moveTo(at);
            open = true;
        }
        painter->setPen(QPen(line.color, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(line.color);
        for (const QPointF& at : std::as_const(lone))
            painter->drawEllipse(at, dot, dot);
        // Day 0 gets a ring, so each line's anchor point is visible where the lines cross.
        if (const std::optional<AlignedPoint> zero = line.series.pointAt(0); zero && zero->value) {
            painter->setPen(QPen(line.color, 2));
            painter->setBrush(palette.plotBackground);
            painter->drawEllipse(QPointF(axis.dayToPixel(0), valueToPixel(plot, ticks, *zero->value)), 4.5, 4.5);
        }
    }
    painter->setClipping(false);

    paintHoverLine(painter, plot, axis, scene, palette);
    if (scene.hoverDay) {
        for (const CompareLine& line : scene.lines) {
            const std::optional<AlignedPoint> point = line.series.pointAt(*scene.hoverDay);
            if (!point || !point->value)
                continue;
            painter->setPen(QPen(palette.plotBackground, 1.5));
            painter->setBrush(line.color);
            painter->drawEllipse(QPointF(axis.dayToPixel(*scene.hoverDay), valueToPixel(plot, ticks, *point->value)), 4, 4);
        }
    }
    painter->restore();
}

double compareLanesHeight(qsizetype lineCount, const QFont& font)
{
    return 8 + std::max<qsizetype>(lineCount, 1) * comparelayout::laneHeight(font);
}

void paintCompareLanes(QPainter* painter, const QRectF& rect, const CompareScene& scene, const ComparePalette& palette,
                       const QFont& font)
{
    painter->save();
    painter->setFont(font);
    painter->fillRect(rect, palette.background);
    const DayAxisMapping axis = compareDayAxis(rect, scene.window, font);
    if (!scene.emptyMessage.isEmpty() || scene.lines.isEmpty() || !axis.isValid()) {
        painter->restore();
        return;
    }
    const QFontMetricsF fm(font, painter->device());
    const QRectF lanes(QPointF(axis.left(), rect.top() + 4), QPointF(axis.right(), rect.bottom() - 4));
    const double laneHeight = comparelayout::laneHeight(font);
    for (qsizetype i = 0; i < scene.lines.size(); ++i) {
        const CompareLine& line = scene.lines.at(i);
        const QRectF lane(rect.left(), rect.top() + 4 + i * laneHeight, rect.width(), laneHeight);
        if (lane.top() > rect.bottom())
            break;
        if (i % 2 == 0)
            painter->fillRect(QRectF(lanes.left(), lane.top(), lanes.width(), lane.height()), palette.laneBand);
        // Lane title in the margin the chart uses for its value labels.
        painter->setPen(QPen(line.color, 3));
        painter->drawLine(QPointF(lane.left() + 8, lane.center().y()), QPointF(lane.left() + 8 + legendSwatch, lane.center().y()));
        painter->setPen(palette.text);
        const double titleWidth = comparelayout::leftMargin(font) - 8 - legendSwatch - 14;
        painter->drawText(QRectF(lane.left() + 14 + legendSwatch, lane.top(), titleWidth, lane.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(line.label, Qt::ElideRight, titleWidth));
        // Events: a diamond at the event's day, its title after it up to the next event.
        const QList<AlignedEvent>& events = line.series.events;
        if (events.isEmpty()) {
            painter->setPen(palette.mutedText);
            painter->drawText(QRectF(lanes.left() + 8, lane.top(), lanes.width() - 8, lane.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              ComparePainter::tr("No events of its own between day %1 and day +%2")
                                  .arg(scene.window.first)
                                  .arg(scene.window.last));
        }
        for (qsizetype e = 0; e < events.size(); ++e) {
            const double x = axis.dayToPixel(events.at(e).day);
            const double y = lane.center().y();
            QPainterPath diamond;
            diamond.moveTo(x, y - 6);
            diamond.lineTo(x + 6, y);
            diamond.lineTo(x, y + 6);
            diamond.lineTo(x - 6, y);
            diamond.closeSubpath();
            painter->setPen(QPen(palette.background, 1));
            painter->setBrush(line.color);
            painter->drawPath(diamond);
            const double nextX = e + 1 < events.size() ? axis.dayToPixel(events.at(e + 1).day) - 10 : rect.right() - 4;
            const double room = nextX - (x + 10);
            if (room > fm.horizontalAdvance(QStringLiteral("M…"))) {
                painter->setPen(palette.text);
                painter->drawText(QRectF(x + 10, lane.top(), room, lane.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                  fm.elidedText(events.at(e).title, Qt::ElideRight, room));
            }
        }
    }
    paintDayZero(painter, lanes, axis, palette);
    paintHoverLine(painter, lanes, axis, scene, palette);
    painter->restore();
}

void paintComparisonPicture(QPainter* painter, const QRectF& target, const CompareScene& scene,
                            const ComparePalette& palette, QFont font, const QString& title, const QString& caption)
{
    // Type sized for the picture, not the screen: a 1080-pixel-high slide gets 18-pixel text.
    font.setPixelSize(std::max(11, int(target.height() / 60)));
    QFont titleFont = font;
    titleFont.setPixelSize(int(font.pixelSize() * 1.5));
    titleFont.setBold(true);
    painter->fillRect(target, palette.background);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF fm(font);
    const double pad = std::round(target.height() / 40);
    const QRectF inner = target.adjusted(pad, pad, -pad, -pad);
    painter->setFont(titleFont);
    painter->setPen(palette.text);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), titleMetrics.height()), Qt::AlignLeft, title);
    const double captionHeight = caption.isEmpty() ? 0 : fm.height() + 8;
    const double lanesHeight = scene.emptyMessage.isEmpty() ? compareLanesHeight(scene.lines.size(), font) : 0;
    const double top = inner.top() + titleMetrics.height() + 8;
    const double chartBottom = inner.bottom() - captionHeight - lanesHeight;
    paintCompareChart(painter, QRectF(QPointF(inner.left(), top), QPointF(inner.right(), chartBottom)), scene, palette, font);
    if (lanesHeight > 0)
        paintCompareLanes(painter, QRectF(inner.left(), chartBottom, inner.width(), lanesHeight), scene, palette, font);
    if (!caption.isEmpty()) {
        painter->setFont(font);
        painter->setPen(palette.mutedText);
        painter->drawText(QRectF(inner.left(), inner.bottom() - fm.height(), inner.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, caption);
    }
}

} // namespace seance
