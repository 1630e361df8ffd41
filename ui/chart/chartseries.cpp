// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartseries.h"

#include "models/viewstate.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace seance {
namespace {

constexpr int yTicks = 5;
// The bars keep to the lower part of the plot, under the lines.
constexpr double volumeHeightShare = 0.4;

// Sparse lines are drawn bold. Dense ones are drawn one pixel wide: the raster engine draws those with its fast
// cosmetic stroker, while a wider antialiased pen goes through the general stroker, which costs some 20 ms per
// thousand points, far over a frame's budget; a dense line also reads better thin.
constexpr double boldWidth = ChartSeriesSet::boldLineWidth;
constexpr double thinWidth = 1.0;

} // namespace

double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (factor * power >= raw * (1 - 1e-9))
            return factor * power;
    }
    return 10 * power;
}

ChartSeriesSet::ChartSeriesSet(QChart* chart, const ChartPalette& palette, QObject* parent)
    : QObject(parent)
    , m_chart(chart)
    , m_palette(palette)
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
    , m_volumeAxis(new QValueAxis(this))
    , m_volumeUpper(new QLineSeries(this))
    , m_volume(new QAreaSeries(m_volumeUpper))
{
    // The time axis is drawn by the chart's underlay, with UTC ticks from TimeAxisMapping; Qt's value axis
    // only maps times to pixels here.
    m_x->setVisible(false);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_y->setTickCount(yTicks);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_volumeAxis->setTickCount(yTicks);
    m_volumeAxis->setLabelFormat(QStringLiteral("%.0f"));
    retranslate();
    m_chart->addAxis(m_volumeAxis, Qt::AlignRight);

    m_volume->setBrush(palette.volumeFill);
    m_volume->setPen(Qt::NoPen);
    m_chart->addSeries(m_volume);
    m_volume->attachAxis(m_x);
    m_volume->attachAxis(m_volumeAxis);
    const auto markers = m_chart->legend()->markers(m_volume);
    for (QLegendMarker* marker : markers) {
        // A rectangle in the bars' colour, at full strength so the small swatch reads.
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setPen(Qt::NoPen);
        marker->setBrush(palette.volumeFill);
        marker->setVisible(false); // until there are tokens, and so bars (setTokens)
        connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggle(marker); });
    }
    setPalette(palette);
    setFont(m_y->labelsFont());
    setMetric(Metric::Mean, 0);
}

void ChartSeriesSet::addLegendEntry(Line& line, const ChartTokenLine& info)
{
    auto* series = new QLineSeries(this);
    series->setName(info.label);
    series->setPen(linePen(&line - m_lines.data()));
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    const auto markers = m_chart->legend()->markers(series);
    for (QLegendMarker* marker : markers)
        connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggle(marker); });
    line.legendEntry = series;
}

void ChartSeriesSet::setTokens(const QList<ChartTokenLine>& tokens)
{
    bool sameIds = tokens.size() == m_tokenInfo.size();
    for (qsizetype i = 0; sameIds && i < tokens.size(); ++i)
        sameIds = tokens.at(i).id == m_tokenInfo.at(i).id;
    if (sameIds) {
        // Only what changed: each setter relayouts the legend or recomputes the line's geometry.
        const QList<ChartTokenLine> old = std::exchange(m_tokenInfo, tokens);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (tokens.at(i).label == old.at(i).label && tokens.at(i).color == old.at(i).color)
                continue;
            m_lines[i].legendEntry->setName(tokens.at(i).label);
            m_lines[i].legendEntry->setPen(linePen(i));
        }
        return;
    }
    for (const Line& line : std::as_const(m_lines)) {
        m_chart->removeSeries(line.legendEntry);
        delete line.legendEntry;
    }
    m_lines.clear();
    m_tokenInfo = tokens;
    for (const ChartTokenLine& token : tokens) {
        Line& line = m_lines.emplace_back();
        addLegendEntry(line, token);
    }
    // With no token there are no bars either, so the legend says nothing rather than "Posts" alone.
    const auto markers = m_chart->legend()->markers(m_volume);
    for (QLegendMarker* marker : markers)
        marker->setVisible(!tokens.isEmpty());
}

QColor ChartSeriesSet::lineColor(qsizetype token) const
{
    QColor color = m_tokenInfo.at(token).color;
    // The legend draws a line marker with its series' pen, so a hidden series keeps a faded one.
    if (m_lines.at(token).hidden)
        color.setAlphaF(0.3);
    return color;
}

void ChartSeriesSet::applyFrame(const ChartFrame& frame, int columns)
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        Line& line = m_lines[i];
        line.runs = i < frame.runs.size() ? frame.runs.at(i) : QList<QList<QPointF>>();
        line.fadedRuns = i < frame.fadedRuns.size() ? frame.fadedRuns.at(i) : QList<QList<QPointF>>();
        line.bands = i < frame.bands.size() ? frame.bands.at(i) : QList<QPolygonF>();
        qsizetype points = 0;
        for (const QList<QPointF>& run : std::as_const(line.fadedRuns.isEmpty() ? line.runs : line.fadedRuns))
            points += run.size();
        const double width = points > columns / 4 ? thinWidth : boldWidth;
        if (width != line.width) {
            line.width = width;
            line.legendEntry->setPen(linePen(i));
        }
    }
    constexpr int intervals = yTicks - 1;
    m_volumeAxis->setRange(0, niceStep(std::max(frame.maxVolume, 1.0) / volumeHeightShare / intervals) * intervals);
}

void ChartSeriesSet::clearPoints()
{
    for (Line& line : m_lines) {
        line.runs.clear();
        line.fadedRuns.clear();
        line.bands.clear();
    }
    m_volumeAxis->setRange(0, yTicks - 1);
}

void ChartSeriesSet::retranslate()
{
    m_volumeAxis->setTitleText(tr("Posts per bucket"));
    m_volume->setName(tr("Posts"));
}

void ChartSeriesSet::setMetric(Metric metric, double maxValue)
{
    m_y->setTitleText(metricLabel(metric));
    switch (metric) {
    case Metric::Mean:
    case Metric::Weighted:
        m_y->setRange(-1, 1);
        m_y->setLabelFormat(QStringLiteral("%.1f"));
        break;
    case Metric::PositiveShare:
        m_y->setRange(0, 100);
        m_y->setLabelFormat(QStringLiteral("%.0f %"));
        break;
    case Metric::ShareOfVoice:
        // Shares of a few tokens sit near 100 / n %: the axis reaches just above the highest line (in 5 % steps
        // at least), not always to 100 %, so lines near 20 % are not squeezed into the bottom fifth.
        m_y->setRange(0, std::min(100.0, niceStep(std::max(maxValue * 1.08 / (yTicks - 1), 5.0)) * (yTicks - 1)));
        m_y->setLabelFormat(QStringLiteral("%.0f %"));
        break;
    case Metric::Volume:
    case Metric::Unscored:
        // Counts: whole-number steps, and a readable axis even with nothing to show.
        m_y->setRange(0, niceStep(std::max(maxValue * 1.08 / (yTicks - 1), 1.0)) * (yTicks - 1));
        m_y->setLabelFormat(QStringLiteral("%.0f"));
        break;
    }
}

void ChartSeriesSet::setVisibleRange(const TimeRange& range)
{
    for (Line& line : m_lines) {
        line.runs.clear();
        line.fadedRuns.clear();
        line.bands.clear();
    }
    m_x->setRange(double(range.from), double(range.to));
}

bool ChartSeriesSet::isHidden(qsizetype token) const
{
    return token < 0 || token >= m_lines.size() || m_lines.at(token).hidden;
}

bool ChartSeriesSet::isVolumeHidden() const
{
    return !m_volume->isVisible();
}

double ChartSeriesSet::volumeAxisMax() const
{
    return m_volumeAxis->max();
}

int ChartSeriesSet::yTickCount() const
{
    return m_y->tickCount();
}

double ChartSeriesSet::yMin() const
{
    return m_y->min();
}

double ChartSeriesSet::yMax() const
{
    return m_y->max();
}

int ChartSeriesSet::visibleLineCount() const
{
    int count = 0;
    for (const Line& line : m_lines) {
        const auto nonEmpty = [](const auto& run) { return !run.isEmpty(); };
        const bool drawn = std::any_of(line.runs.cbegin(), line.runs.cend(), nonEmpty) ||
                           std::any_of(line.fadedRuns.cbegin(), line.fadedRuns.cend(), nonEmpty);
        count += drawn && !line.hidden ? 1 : 0;
    }
    return count;
}

QList<QPointF> ChartSeriesSet::linePoints(qsizetype token, bool solidOnly) const
{
    QList<QPointF> out;
    if (token < 0 || token >= m_lines.size())
        return out;
    const Line& line = m_lines.at(token);
    const QList<QList<QPointF>>& runs = solidOnly || line.fadedRuns.isEmpty() ? line.runs : line.fadedRuns;
    for (qsizetype k = 0; k < runs.size(); ++k) {
        if (k > 0)
            out.append(QPointF(out.constLast().x(), std::numeric_limits<double>::quiet_NaN()));
        out.append(runs.at(k));
    }
    return out;
}

int ChartSeriesSet::segmentCount(qsizetype token) const
{
    return token >= 0 && token < m_lines.size() ? int(m_lines.at(token).runs.size()) : 0;
}

int ChartSeriesSet::fadedSegmentCount(qsizetype token) const
{
    return token >= 0 && token < m_lines.size() ? int(m_lines.at(token).fadedRuns.size()) : 0;
}

int ChartSeriesSet::bandCount(qsizetype token) const
{
    return token >= 0 && token < m_lines.size() ? int(m_lines.at(token).bands.size()) : 0;
}

} // namespace seance
