// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "models/time/timerange.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPainter;
class QToolButton;

namespace seance {

class ChartLoader;
class SentimentChartView;
class ViewState;
struct ChartBuckets;
struct ChartPalette;
struct ChartTokenLine;

// The sentiment-over-time chart: one line per selected token for the ViewState's metric, the posts per bucket
// as bars behind them, and a marker per event. It follows the ViewState and only emits intents; the main
// window turns those into ViewState changes, which come back here. Its API carries no Qt Charts type, so
// nothing outside ui/chart/ includes <QtCharts>.
//
// Data comes from the workspace file through a worker thread with its own connection. The buckets of a window
// wider than the visible range are cached, so panning and zooming inside it need no query; a newer load makes
// older ones stale, and stale results are dropped.
class SentimentChartPane final : public QWidget
{
    Q_OBJECT
public:
    explicit SentimentChartPane(const ViewState* state, QWidget* parent = nullptr);
    ~SentimentChartPane() override;

    // The workspace to read; the pane opens its own connection to it. Empty: nothing to chart.
    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }
    // Each event is drawn in its narrative's colour; narrativeColors maps narrative ids to colours.
    void setEvents(const QList<EventRecord>& events, const QHash<QString, QColor>& narrativeColors);
    // Legend and tooltip labels; a token without one shows its id.
    void setTokenNames(const QHash<QString, QString>& idToLabel);
    // Shows the "SAMPLE DATA" badge: the posts were generated, not collected.
    void setSampleData(bool sample);
    // A theme change: the header, the plot, the axes and the lines recolour at once.
    void setChartPalette(const ChartPalette& palette);
    const ChartPalette& chartPalette() const { return *m_palette; }
    // Presentation mode: no header, larger text and lines.
    void setHeaderVisible(bool visible);
    bool isHeaderVisible() const;
    void setTextScale(double scale);
    // The selected tokens' prices on a second axis, linear or log (the header's Price button; kept in the settings).
    void setPriceOverlay(bool shown);
    bool isPriceOverlayOn() const;
    void setPriceLogScale(bool log);
    // Drawn: on, and a selected token has a price series.
    bool isPriceAxisShown() const;
    QString priceAxisTitle() const;
    QString sentimentAxisTitle() const;
    // The legend's entries and the time axis's labels as drawn, for tests.
    QStringList legendNames() const;
    QStringList timeAxisLabels() const;
    // The hover tooltip's rows as "label: value (detail)", for tests.
    QStringList hoverTipRows() const;
    // "Price: CoinGecko" when prices are drawn, else empty.
    QString priceCaption() const;
    // Drops the cache and loads again, e.g. after an import.
    void reload();

    // The plot area's x span in this widget's coordinates, as plotAreaChanged last announced it.
    int plotLeft() const { return m_plotLeft; }
    int plotRight() const { return m_plotRight; }
    // Paints the chart as shown (without the pointer's crosshair and tooltip) scaled into target.
    void renderTo(QPainter* painter, const QRectF& target);

    // For tests and benchmarks.
    // Tokens with a drawn line that the legend has not hidden.
    int visibleSeriesCount() const;
    // The points of the index-th selected token's line, in time order; a NaN y marks a gap between two runs.
    QList<QPointF> seriesPoints(int index) const;
    // Only the points drawn at full strength, without those under the minimum-posts threshold.
    QList<QPointF> seriesSolidPoints(int index) const;
    // The standard-error band's polygons and the faded runs (points under the minimum-posts threshold) of a line.
    int seriesBandCount(int index) const;
    int seriesFadedRunCount(int index) const;
    TimeRange axisRange() const;
    // The message drawn in the plot instead of data; empty when there is none.
    QString emptyStateText() const;
    // Where to click an event's marker, in chartViewport() coordinates; empty when it is not shown.
    std::optional<QPoint> eventMarkerPosition(const QString& eventId) const;
    // The x of the event's vertical line in chartViewport() coordinates; empty when it is not shown.
    std::optional<int> eventLineX(const QString& eventId) const;
    QWidget* chartViewport() const;
    // The plot area in this widget's coordinates, unrounded (the timeline aligns its time origin with it).
    QRectF plotRectInPane() const;
    // A load the chart waits for: the cache does not hold the visible range.
    bool isLoading() const;
    // A background load that widens the cached window while the chart draws from the cache.
    bool isPrefetching() const;
    // The window the cache holds; empty before the first load.
    TimeRange cachedWindow() const;
    int staleResultCount() const;
    bool isSampleBadgeVisible() const;

signals:
    void rangeRequested(const seance::TimeRange& range);
    void eventActivated(const QString& eventId);
    void hoverRequested(std::optional<qint64> time);
    void plotAreaChanged(int left, int right);
    // A load finished and its result is on screen.
    void loaded();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // The view moves inside the pane when its header or message changes, without its plot area changing.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void requestLoad();
    void requestWindow(const TimeRange& window);
    void prefetchIfNeeded();
    void applyLoaded(const ChartBuckets& buckets);
    void followRange(const TimeRange& range);
    void followMetric();
    bool cacheMatches() const;
    QList<ChartTokenLine> tokenLines(const QStringList& ids) const;
    void updateMessage();
    void updateCaption();
    void announcePlotArea();
    void applyHeaderPalette();
    void restyleTokenLines();
    // sentimentchartpaneprice.cpp
    void setUpPriceButton();
    void retranslateUi(); // every text of the pane, in the installed language
    void retranslatePriceButton();
    void reloadPrices();

    const ViewState* m_state;
    std::unique_ptr<ChartPalette> m_palette;
    std::unique_ptr<ChartBuckets> m_cache;
    SentimentChartView* m_view;
    ChartLoader* m_loader;
    QLabel* m_caption;
    QToolButton* m_help;
    QToolButton* m_reset;
    QToolButton* m_price;
    QString m_databasePath;
    QHash<QString, QString> m_tokenNames;
    bool m_tokenNamesKnown = false; // setTokenNames() was called: an empty m_tokenNames is an empty workspace
    bool m_following = false;
    int m_plotLeft = 0;
    int m_plotRight = 0;
};

} // namespace seance
