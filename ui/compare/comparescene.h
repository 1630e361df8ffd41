// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/dayaxis.h"
#include "models/compare/alignedseries.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;
class QPalette;

namespace seance {

// One row of the comparison, ready to paint.
struct CompareLine
{
    QString label;
    QString anchorTitle;
    QColor color;
    AlignedSeries series;
};

// Everything the comparison paints: the screen, the PNG and the SVG all draw one of these.
struct CompareScene
{
    QList<CompareLine> lines;
    DayWindow window;
    Metric metric = Metric::Mean;
    std::optional<int> hoverDay;
    QString emptyMessage; // shown instead of the chart when there is nothing to draw
};

// Taken from the widget palette, so the comparison follows the app's dark theme (and a light one).
struct ComparePalette
{
    QColor background;
    QColor plotBackground;
    QColor grid;
    QColor referenceLine;
    QColor text;
    QColor mutedText;
    QColor dayZero;
    QColor hoverLine;
    QColor laneBand;

    static ComparePalette fromPalette(const QPalette& palette);
};

// Shared by the chart and the lanes: the same margins for the same font give the same day axis, so their x
// coordinates agree. They grow with the font, so a picture exported with large type keeps readable lane titles.
namespace comparelayout {
inline constexpr double rightMargin = 24.0;
double leftMargin(const QFont& font);
double laneHeight(const QFont& font);
} // namespace comparelayout

DayAxisMapping compareDayAxis(const QRectF& rect, DayWindow window, const QFont& font);

// The chart's plot area inside rect, below the legend and above the day axis.
QRectF compareChartPlotRect(const QRectF& rect, const CompareScene& scene, const QFont& font);
// Where a line's point of a day is drawn, or empty when that day has no value.
std::optional<QPointF> comparePointPosition(const QRectF& rect, const CompareScene& scene, const QFont& font,
                                            int line, int day);

void paintCompareChart(QPainter* painter, const QRectF& rect, const CompareScene& scene, const ComparePalette& palette,
                       const QFont& font);
void paintCompareLanes(QPainter* painter, const QRectF& rect, const CompareScene& scene, const ComparePalette& palette,
                       const QFont& font);
double compareLanesHeight(qsizetype lineCount, const QFont& font);

// The whole comparison for an export: title, chart, lanes and a caption, laid out for target.
void paintComparisonPicture(QPainter* painter, const QRectF& target, const CompareScene& scene,
                            const ComparePalette& palette, QFont font, const QString& title, const QString& caption);

} // namespace seance
