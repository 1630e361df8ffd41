// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartdata.h"
#include "models/sentiment/buckets/metrics.h"
#include "ui/chart/chartpalette.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QPainter;
class QChart;
class QLegendMarker;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace seance {

struct ChartTokenLine
{
    QString id;
    QString label;
    QColor color;
};

// The Qt Charts axes and legend of the sentiment chart, and the tokens' lines. The lines are not Qt Charts line
// series: on every replace() a QLineSeries strokes its whole path to build a hit shape nobody uses, which cost
// half of a frame with thousands of points, and it cannot break a line at a NaN. Each token keeps its runs of
// points between gaps here, and the chart's line layer paints them through paintLines(); an empty line series
// per token stands in for it in the legend, and its marker toggles the line.
// The volume bars are not a series: Qt's antialiased path filler needs hundreds of milliseconds for an area of a
// few thousand bars, so the chart's underlay paints them as plain rectangles against the right-hand axis, and
// an empty area series stands in for them in the legend.
class ChartSeriesSet final : public QObject
{
    Q_OBJECT
public:
    static constexpr double boldLineWidth = 1.8;

    ChartSeriesSet(QChart* chart, const ChartPalette& palette, QObject* parent = nullptr);

    QValueAxis* xAxis() const { return m_x; }
    QValueAxis* yAxis() const { return m_y; }

    // Recolours the axes and the volume swatch; the lines take their colours from setTokens().
    void setPalette(const ChartPalette& palette);
    // The axes' labels and titles.
    void setFont(const QFont& font);
    // Multiplies every line width, e.g. for presentation mode; the palette's factor applies on top.
    void setLineScale(double scale);
    double lineWidth(qsizetype token) const;

    // Rebuilds the series when the ids differ from the current ones; otherwise only renames and recolours.
    void setTokens(const QList<ChartTokenLine>& tokens);
    const QList<ChartTokenLine>& tokens() const { return m_tokenInfo; }
    // columns: the plot's width in pixels, which decides whether a line is dense enough to draw thin.
    void applyFrame(const ChartFrame& frame, int columns);
    void clearPoints();
    // The left axis for the metric; the auto-scaled metrics use maxValue.
    void setMetric(Metric metric, double maxValue);
    // The volume axis and series names in the installed language (the value axis follows setMetric).
    void retranslate();
    // Empties the lines: applyFrame() must follow with the new range's points.
    void setVisibleRange(const TimeRange& range);

    bool isHidden(qsizetype token) const;
    bool isVolumeHidden() const;
    // The top of the posts axis, for the bars the chart's underlay draws against it.
    double volumeAxisMax() const;
    int yTickCount() const;
    double yMin() const;
    double yMax() const;
    // Tokens with at least one drawn point whose series the user has not hidden.
    int visibleLineCount() const;
    // Every point of the token's line in order, with a NaN point between two runs (a gap); solidOnly: only the
    // points drawn at full strength, without those under the minimum-posts threshold.
    QList<QPointF> linePoints(qsizetype token, bool solidOnly = false) const;
    int segmentCount(qsizetype token) const;
    // The runs drawn faded (points under the minimum-posts threshold) and the band's polygons, for tests.
    int fadedSegmentCount(qsizetype token) const;
    int bandCount(qsizetype token) const;
    // The visible tokens' lines in the plot rectangle (scene coordinates), mapped through the axes' ranges.
    void paintLines(QPainter* painter, const QRectF& plot) const;

signals:
    void visibilityToggled();

private:
    struct Line
    {
        QLineSeries* legendEntry = nullptr; // empty: the legend's marker and switch for the line
        QList<QList<QPointF>> runs;         // in (time, value), between gaps
        QList<QList<QPointF>> fadedRuns;    // the whole line, faded under runs where points are thin
        QList<QPolygonF> bands;             // the standard-error band, in (time, value)
        bool hidden = false;
        double width = boldLineWidth;
    };

    void addLegendEntry(Line& line, const ChartTokenLine& info);
    QColor lineColor(qsizetype token) const;
    QPen linePen(qsizetype token) const;
    void restyleLines();
    void toggle(QLegendMarker* marker);
    void dimMarker(QLegendMarker* marker, bool dim) const;

    QChart* m_chart;
    ChartPalette m_palette;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QValueAxis* m_volumeAxis;
    QLineSeries* m_volumeUpper;
    QAreaSeries* m_volume; // empty: only the legend entry and the switch for the bars
    QList<ChartTokenLine> m_tokenInfo;
    QList<Line> m_lines;
    double m_lineScale = 1.0;
};

// A step between axis ticks that reads well (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), at least raw.
double niceStep(double raw);

} // namespace seance
