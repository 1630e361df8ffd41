// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The painting part of ChartSeriesSet: the tokens' lines, drawn by the chart's line layer in scene coordinates.
#include "ui/chart/chartseries.h"

#include <QtCharts/QValueAxis>

#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QRect>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

// The radius of the dot that stands for a lone bucket between gaps, relative to the line's width.
constexpr double loneDotRadiusPerWidth = 1.5;

// The standard-error band's fill and the line where its points rest on too few posts.
constexpr double bandAlpha = 0.18;
constexpr double fadedLineAlpha = 0.32;

// A run with at least this many points per pixel column (a min-max decimated one has two) is drawn as spans.
constexpr double denseRunPointsPerColumn = 1.0;

bool isDenseRun(const QList<QPointF>& scenePoints)
{
    const double columns = std::abs(scenePoints.constLast().x() - scenePoints.constFirst().x());
    return double(scenePoints.size()) >= columns * denseRunPointsPerColumn;
}

// A dense line as one vertical span per pixel column, from the lowest to the highest point the line reaches in
// that column, widened by the pen. The line through two points per column is such a span anyway; filling it
// as an unantialiased rectangle costs next to nothing, while stroking the same thousands of short antialiased
// segments cost some 10 ms per frame with four hourly tokens. A dense run reaches at most one bucket, under a
// pixel, beyond the plot, so the columns walked stay within its width; left and right bound those filled.
QList<QRect> columnSpans(const QList<QPointF>& points, double width, double left, double right)
{
    QList<QRect> spans;
    spans.reserve(std::min<qsizetype>(points.size(), qsizetype(right - left) + 4));
    const int thickness = std::max(1, int(std::lround(width)));
    const auto flush = [&](int column, double top, double bottom) {
        if (column < left - thickness || column > right + thickness)
            return;
        const int y0 = int(std::floor(top - width / 2 + 0.5));
        const int y1 = std::max(y0 + 1, int(std::floor(bottom + width / 2 + 0.5)));
        spans.append(QRect(column - (thickness - 1) / 2, y0, thickness, y1 - y0));
    };
    QPointF previous = points.constFirst();
    int column = int(std::floor(previous.x()));
    double top = previous.y();
    double bottom = previous.y();
    for (qsizetype k = 1; k < points.size(); ++k) {
        const QPointF next = points.at(k);
        const int last = int(std::floor(next.x()));
        // Columns the segment crosses: each ends where the segment meets its right edge.
        while (column < last) {
            const double edge = column + 1;
            const double y = previous.y() + (next.y() - previous.y()) * (edge - previous.x()) / (next.x() - previous.x());
            top = std::min(top, y);
            bottom = std::max(bottom, y);
            flush(column, top, bottom);
            ++column;
            top = bottom = y;
        }
        top = std::min(top, next.y());
        bottom = std::max(bottom, next.y());
        previous = next;
    }
    flush(column, top, bottom);
    return spans;
}

} // namespace

void ChartSeriesSet::paintLines(QPainter* painter, const QRectF& plot) const
{
    const double xMin = m_x->min();
    const double xSpan = m_x->max() - xMin;
    const double yMin = m_y->min();
    const double ySpan = m_y->max() - yMin;
    if (!(xSpan > 0) || !(ySpan > 0) || plot.isEmpty())
        return;
    const double xScale = plot.width() / xSpan;
    const double yScale = plot.height() / ySpan;
    const auto toScene = [&](const QPointF& point) {
        return QPointF(plot.left() + (point.x() - xMin) * xScale, plot.bottom() - (point.y() - yMin) * yScale);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(plot.adjusted(-0.5, -0.5, 0.5, 0.5));
    // Segments, not a polyline: the raster engine strokes a wide polyline as one outline, which takes seconds
    // for the zigzag of a min-max decimated line, while it strokes lines one by one, and thin ones on its fast
    // cosmetic path. Dense runs become column spans, except in an SVG, which keeps true vectors.
    const bool vectors = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
    QPolygonF scene;
    QList<QLineF> segments;
    const auto paintRuns = [&](const QList<QList<QPointF>>& runs, const QPen& pen) {
        for (const QList<QPointF>& run : runs) {
            scene.resize(run.size());
            std::transform(run.cbegin(), run.cend(), scene.begin(), toScene);
            if (run.size() == 1) {
                const double radius = pen.widthF() * loneDotRadiusPerWidth;
                painter->setPen(Qt::NoPen);
                painter->setBrush(pen.color());
                painter->drawEllipse(scene.constFirst(), radius, radius);
            } else if (!vectors && isDenseRun(scene)) {
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->setPen(Qt::NoPen);
                painter->setBrush(pen.color());
                painter->drawRects(columnSpans(scene, pen.widthF(), plot.left(), plot.right()));
                painter->setRenderHint(QPainter::Antialiasing, true);
            } else {
                segments.resize(scene.size() - 1);
                for (qsizetype k = 1; k < scene.size(); ++k)
                    segments[k - 1] = QLineF(scene.at(k - 1), scene.at(k));
                painter->setPen(pen);
                painter->drawLines(segments);
            }
        }
    };
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines.at(i);
        if (line.hidden)
            continue;
        const QPen pen = linePen(i);
        // The band first, translucent in the line's colour, so the lines of other tokens show through it.
        QColor bandColor = pen.color();
        bandColor.setAlphaF(bandAlpha);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bandColor);
        for (const QPolygonF& band : line.bands) {
            scene.resize(band.size());
            std::transform(band.cbegin(), band.cend(), scene.begin(), toScene);
            painter->drawPolygon(scene);
        }
        // Points resting on fewer posts than the threshold: the whole line faded, the rest over it in full.
        QPen faded = pen;
        QColor fadedColor = pen.color();
        fadedColor.setAlphaF(fadedLineAlpha);
        faded.setColor(fadedColor);
        paintRuns(line.fadedRuns, faded);
        paintRuns(line.runs, pen);
    }
    painter->restore();
}

} // namespace seance
