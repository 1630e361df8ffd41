// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The styling part of ChartSeriesSet: pens, axis colours and fonts, and the legend's show/hide switches. The
// lines' points and the axes' ranges are in chartseries.cpp, the painting of the lines in chartlinepainting.cpp.
#include "ui/chart/chartseries.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <utility>

namespace seance {
namespace {

QPen makeLinePen(const QColor& color, double width)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// The grid is drawn by the chart's underlay, under the reference line; Qt's would cover it.
void styleAxis(QValueAxis* axis, const ChartPalette& palette)
{
    axis->setLabelsColor(palette.mutedText);
    axis->setTitleBrush(palette.mutedText);
    axis->setLinePen(Qt::NoPen);
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

void setAxisFont(QValueAxis* axis, const QFont& font)
{
    axis->setLabelsFont(font);
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setTitleFont(title);
}

} // namespace

void ChartSeriesSet::setPalette(const ChartPalette& palette)
{
    m_palette = palette;
    styleAxis(m_y, palette);
    styleAxis(m_volumeAxis, palette);
    m_volume->setBrush(palette.volumeFill);
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->isVisible())
            dimMarker(marker, marker->series() == m_volume ? isVolumeHidden() : false);
    }
    for (const Line& line : std::as_const(m_lines)) {
        if (line.hidden) {
            const auto entry = m_chart->legend()->markers(line.legendEntry);
            for (QLegendMarker* marker : entry)
                dimMarker(marker, true);
        }
    }
    restyleLines();
}

void ChartSeriesSet::setFont(const QFont& font)
{
    setAxisFont(m_y, font);
    setAxisFont(m_volumeAxis, font);
}

void ChartSeriesSet::setLineScale(double scale)
{
    m_lineScale = scale;
    restyleLines();
}

double ChartSeriesSet::lineWidth(qsizetype token) const
{
    return m_lines.at(token).width * m_lineScale * m_palette.lineWidthFactor;
}

QPen ChartSeriesSet::linePen(qsizetype token) const
{
    return makeLinePen(lineColor(token), lineWidth(token));
}

void ChartSeriesSet::restyleLines()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lines[i].legendEntry->setPen(linePen(i));
}

void ChartSeriesSet::dimMarker(QLegendMarker* marker, bool dim) const
{
    // Qt hides the marker together with its series; the legend must keep it to switch the series back on.
    marker->setVisible(true);
    QColor label = m_palette.text;
    if (dim)
        label.setAlphaF(0.4);
    marker->setLabelBrush(label);
    if (marker->series() == m_volume) {
        QColor fill = m_palette.volumeFill;
        fill.setAlphaF(dim ? 0.3 : 1.0);
        marker->setBrush(fill);
    }
}

void ChartSeriesSet::toggle(QLegendMarker* marker)
{
    if (marker->series() == m_volume) {
        m_volume->setVisible(!m_volume->isVisible());
        dimMarker(marker, !m_volume->isVisible());
        emit visibilityToggled();
        return;
    }
    for (Line& line : m_lines) {
        if (line.legendEntry != marker->series())
            continue;
        line.hidden = !line.hidden;
        // The entry stays visible, since Qt would hide its marker with it; only the line layer skips the line.
        line.legendEntry->setPen(linePen(&line - m_lines.data()));
        dimMarker(marker, line.hidden);
        emit visibilityToggled();
        return;
    }
}

} // namespace seance
