// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartdata.h"
#include "ui/chart/chartdecorations.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/chartpriceoverlay.h"
#include "ui/chart/chartseries.h"

#include <QtCharts/QChartView>

#include <optional>

namespace seance {

// The Qt Charts view behind SentimentChartPane: draws what it is given and turns mouse, wheel and keys into
// intents (sentimentchartinput.cpp). It never changes its own range; the pane feeds the ViewState's range back.
// Mouse: drag to zoom into a span (rubber band), Shift+drag or middle-drag to pan, wheel to zoom about the
// pointer, click a marker to focus its event. Keys: + and − zoom, ← and → pan, Home resets.
class SentimentChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit SentimentChartView(const ChartPalette& palette, QWidget* parent = nullptr);
    ~SentimentChartView() override;

    // Empties the lines until the next refresh(), which should follow once data for the range is at hand.
    void setVisibleRange(const TimeRange& range);
    TimeRange visibleRange() const { return m_range; }
    void setMetric(Metric metric);
    // The moving average or EMA, band and minimum-posts threshold the lines are drawn with (refresh() applies it).
    void setSmoothing(const Smoothing& smoothing);
    const Smoothing& smoothing() const { return m_smoothing; }
    void setTokens(const QList<ChartTokenLine>& tokens);
    // The loaded buckets, drawn for the current range and metric by refresh().
    void setBuckets(const ChartBuckets& buckets);
    const ChartBuckets& buckets() const { return m_buckets; }
    void clearData();
    // Rebuilds the series from the buckets: one frame of the chart.
    void refresh();
    void setEvents(const QList<ChartEventMarker>& events);
    void setFocusedEvent(const QString& id);
    void setHoverTime(std::optional<qint64> time);
    // Forgets where the pointer was (its tooltip goes) and asks for no hover time, as when the pointer leaves:
    // after the selection changes, the crosshair and date label of the old lines must not stay.
    void dropPointer();
    void setMessage(const QString& title, const QString& hint = QString());
    void setBadgeVisible(bool visible);
    // A theme change, applied to everything already drawn.
    void setChartPalette(const ChartPalette& palette);
    const ChartPalette& chartPalette() const { return m_decorations.palette(); }
    // Grows the chart's text and lines from the widget's font, e.g. 1.5 for presentation mode.
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }
    void setLegendVisible(bool visible);
    // The tokens' prices on a second axis (chartpriceoverlay.h); drawn when enabled and a token has a price series.
    ChartPriceOverlay* priceOverlay() const { return m_price; }

    // Whether the last frame had any point or bar inside the visible range.
    bool hasVisibleData() const { return m_hasVisibleData; }
    QRectF plotArea() const;
    const ChartDecorations& decorations() const { return m_decorations; }
    const ChartSeriesSet& seriesSet() const { return *m_series; }
    int plotColumns() const;
    // Paints the chart, laid out at target's size, without the pointer's crosshair and tooltip.
    void renderTo(QPainter* painter, const QRectF& target);

signals:
    void rangeRequested(const seance::TimeRange& range);
    void resetRequested();
    void hoverRequested(std::optional<qint64> time);
    void eventActivated(const QString& eventId);
    void plotAreaChanged(const QRectF& plotArea);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class Drag { None, Band, Pan };

    void syncGeometry();
    void applyFonts();
    // The sample badge shares the legend's row at the top right while the legend's entries leave it room, and
    // gets a row of its own above the legend when they would reach it (3+ tokens, longer labels in Korean).
    void layoutBadge();
    double legendTopMargin() const;
    void updateHoverDecorations();
    void updateValueRange(double maxValue);
    void setPointer(std::optional<QPointF> pointer);
    void repaintLayers();
    bool inPlot(const QPointF& point) const;

    ChartSeriesSet* m_series;
    ChartPriceOverlay* m_price;
    ChartDecorations m_decorations;
    ChartLayerItem* m_underlay;
    ChartLayerItem* m_lineLayer; // the tokens' lines, between the two
    ChartLayerItem* m_overlay;
    ChartBuckets m_buckets;
    TimeRange m_range;
    Metric m_metric = Metric::Mean;
    Smoothing m_smoothing;
    std::optional<qint64> m_hoverTime;
    std::optional<QPointF> m_pointer; // over the plot
    bool m_hasVisibleData = false;
    Drag m_drag = Drag::None;
    QPointF m_pressPoint;
    TimeAxisMapping m_pressMapping;
    QRectF m_lastPlotArea;
    int m_frameColumns = 0;
    bool m_rendering = false;
    bool m_layingOutBadge = false;
    double m_textScale = 1.0;
};

} // namespace seance
