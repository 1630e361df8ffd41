// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/priceaxis.h"
#include "ui/chart/chartdecorations.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/chartseries.h"

#include <QFont>
#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QLegendMarker;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace seance {

// The tokens' prices on a second value axis at the right, sharing the chart's time axis, crosshair, zoom and legend.
// One token: its price in its currency, on a linear or log axis. Several: each one's percent change from the start of
// the visible range, so they share one axis. The lines are dashed in their token's colour, so a price never passes for
// sentiment. Real Qt Charts series: a price is a few points a day, not thousands of buckets.
class ChartPriceOverlay final : public QObject
{
    Q_OBJECT
public:
    ChartPriceOverlay(QChart* chart, QValueAxis* timeAxis, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setScale(PriceScale scale);
    PriceScale scale() const { return m_scale; }
    void setLines(const QList<PriceLine>& lines, const QList<ChartTokenLine>& tokens);
    const QList<PriceLine>& lines() const { return m_lines; }
    void setVisibleRange(const TimeRange& range);
    void setFont(const QFont& font);
    void setPalette(const ChartPalette& palette);
    // The lines' legend names and the axis title again, in the language now in force.
    void retranslate();
    void setLineScale(double scale)
    {
        m_lineScale = scale;
        restyle();
    }

    // Drawn: enabled with at least one line.
    bool isShown() const;
    bool isPercentChange() const { return m_lines.size() > 1; }
    QString axisTitle() const;
    PriceAxisRange axisRange() const { return m_axisRange; }
    QAbstractAxis* axis() const;
    // The tooltip's rows for time t: each shown token's price (or change) then.
    QList<HoverTipRow> hoverRows(qint64 t) const;
    QList<QPointF> linePoints(int index) const;

signals:
    // Price lines came or went: the legend has other entries (the view lays the sample badge out again).
    void legendChanged();

private:
    QString seriesName(qsizetype index) const;
    void rebuild();
    void restyle();
    void attachAxis();
    void toggle(QLegendMarker* marker);

    QChart* m_chart;
    QValueAxis* m_time;
    QValueAxis* m_linear;
    QLogValueAxis* m_log;
    ChartPalette m_palette;
    QList<PriceLine> m_lines;
    QList<ChartTokenLine> m_tokens; // the same order as m_lines
    QList<QLineSeries*> m_series;
    QList<bool> m_hidden;
    TimeRange m_range;
    PriceAxisRange m_axisRange;
    PriceScale m_scale = PriceScale::Linear;
    bool m_enabled = false;
    double m_lineScale = 1.0;
};

} // namespace seance
