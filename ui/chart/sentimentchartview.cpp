// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/sentimentchartview.h"

#include "models/chart/smoothedseries.h"
#include "models/viewstate.h"
#include "ui/chart/chartformat.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>

#include <QGraphicsLayout>
#include <QScopedValueRollback>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace seance {

SentimentChartView::SentimentChartView(const ChartPalette& palette, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_series(nullptr)
    , m_price(nullptr)
    , m_decorations(palette)
    , m_underlay(new ChartLayerItem([this](QPainter* painter) { m_decorations.paintUnderlay(painter); }))
    , m_lineLayer(new ChartLayerItem([this](QPainter* painter) { m_series->paintLines(painter, plotArea()); }))
    , m_overlay(new ChartLayerItem([this](QPainter* painter) { m_decorations.paintOverlay(painter); }))
{
    QChart* c = chart();
    // The underlay paints the backgrounds, so the chart's own stay off and the layers show through.
    c->setBackgroundVisible(false);
    c->setPlotAreaBackgroundVisible(false);
    c->setDropShadowEnabled(false);
    c->setAnimationOptions(QChart::NoAnimation);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setLabelColor(palette.text);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_series = new ChartSeriesSet(c, palette, this);
    m_price = new ChartPriceOverlay(c, m_series->xAxis(), this);
    m_price->setPalette(palette);

    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    // The underlay paints every pixel; filling the view and its viewport first would only cost time.
    setBackgroundBrush(Qt::NoBrush);
    viewport()->setAutoFillBackground(false);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    m_underlay->setZValue(-10);
    m_lineLayer->setZValue(5);
    m_overlay->setZValue(10);
    scene()->addItem(m_underlay);
    scene()->addItem(m_lineLayer);
    scene()->addItem(m_overlay);
    applyFonts();

    connect(c, &QChart::plotAreaChanged, this, [this] { syncGeometry(); });
    connect(m_price, &ChartPriceOverlay::legendChanged, this, &SentimentChartView::layoutBadge);
    connect(m_series, &ChartSeriesSet::visibilityToggled, this, &SentimentChartView::refresh);
}

SentimentChartView::~SentimentChartView() = default;

void SentimentChartView::setVisibleRange(const TimeRange& range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_series->setVisibleRange(range);
    m_price->setVisibleRange(range);
    m_decorations.setRange(range);
    updateHoverDecorations();
    repaintLayers();
}

void SentimentChartView::setMetric(Metric metric)
{
    m_metric = metric;
}

void SentimentChartView::setSmoothing(const Smoothing& smoothing)
{
    m_smoothing = smoothing;
}

void SentimentChartView::setTokens(const QList<ChartTokenLine>& tokens)
{
    m_series->setTokens(tokens);
    layoutBadge();
}

void SentimentChartView::setBuckets(const ChartBuckets& buckets)
{
    m_buckets = buckets;
}

void SentimentChartView::clearData()
{
    m_buckets = ChartBuckets();
    m_hasVisibleData = false;
    m_series->clearPoints();
    m_decorations.setVolume({}, 1, false);
    updateValueRange(0);
    updateHoverDecorations();
    repaintLayers();
}

void SentimentChartView::refresh()
{
    m_frameColumns = plotColumns();
    const ChartFrame frame = buildFrame(m_buckets, m_metric, m_range, m_frameColumns, m_smoothing);
    m_series->applyFrame(frame, m_frameColumns);
    m_hasVisibleData = frame.anyVisibleData;
    m_decorations.setVolume(frame.volume, m_series->volumeAxisMax(), !m_series->isVolumeHidden());
    updateValueRange(frame.maxValue);
    updateHoverDecorations();
    repaintLayers();
}

void SentimentChartView::updateValueRange(double maxValue)
{
    m_series->setMetric(m_metric, maxValue);
    std::optional<double> reference;
    if (m_metric == Metric::Mean || m_metric == Metric::Weighted)
        reference = 0.0;
    else if (m_metric == Metric::PositiveShare)
        reference = 50.0; // as many positive as negative posts
    m_decorations.setValueRange(m_series->yMin(), m_series->yMax(), m_series->yTickCount(), reference);
}

void SentimentChartView::setEvents(const QList<ChartEventMarker>& events)
{
    m_decorations.setEvents(events);
    updateHoverDecorations();
    repaintLayers();
}

void SentimentChartView::setFocusedEvent(const QString& id)
{
    m_decorations.setFocusedEvent(id);
    repaintLayers();
}

void SentimentChartView::setHoverTime(std::optional<qint64> time)
{
    m_hoverTime = time;
    updateHoverDecorations();
    m_overlay->update();
}

void SentimentChartView::setMessage(const QString& title, const QString& hint)
{
    if (title == m_decorations.message() && hint == m_decorations.messageHint())
        return;
    m_decorations.setMessage(title, hint);
    m_overlay->update();
}

void SentimentChartView::setBadgeVisible(bool visible)
{
    m_decorations.setBadgeVisible(visible);
    layoutBadge();
    m_overlay->update();
}

double SentimentChartView::legendTopMargin() const
{
    return std::lround(6 * m_textScale);
}

void SentimentChartView::layoutBadge()
{
    QChart* c = chart();
    QLegend* legend = c->legend();
    // The legend places its entries when its layout runs; run it now, so the entries are where they will be drawn.
    if (QGraphicsLayout* layout = legend->layout())
        layout->activate();
    const QRectF badge = m_decorations.badgeRectIn(c->geometry());
    const double gap = 8 * m_textScale;
    bool ownRow = false;
    if (m_decorations.isBadgeVisible() && legend->isVisible()) {
        // The entries' texts and marks. The legend is centred across the chart whatever its top margin, so their
        // horizontal extent decides, and moving the legend down never changes the decision.
        QList<QGraphicsItem*> items = legend->childItems();
        while (!items.isEmpty() && !ownRow) {
            QGraphicsItem* item = items.takeLast();
            if (!item->isVisible())
                continue;
            if (!item->childItems().isEmpty()) {
                items += item->childItems();
                continue;
            }
            const QRectF rect = item->sceneBoundingRect();
            ownRow = rect.width() > 0 && rect.right() > badge.left() - gap && rect.left() < badge.right() + gap;
        }
    }
    const int top = int(std::lround(legendTopMargin() + (ownRow ? badge.bottom() - c->geometry().top() : 0)));
    QMargins margins = c->margins();
    if (margins.top() == top)
        return;
    margins.setTop(top);
    c->setMargins(margins);
    c->layout()->activate();
}

void SentimentChartView::setChartPalette(const ChartPalette& palette)
{
    m_decorations.setPalette(palette);
    // setLabelColor() reaches every marker, including the dimmed ones of hidden series; the series set, after it,
    // dims those again.
    chart()->legend()->setLabelColor(palette.text);
    m_series->setPalette(palette);
    m_price->setPalette(palette);
    repaintLayers();
}

void SentimentChartView::setTextScale(double scale)
{
    if (scale == m_textScale)
        return;
    m_textScale = scale;
    m_series->setLineScale(scale);
    m_price->setLineScale(scale);
    applyFonts();
}

void SentimentChartView::applyFonts()
{
    QFont scaled = font();
    scaled.setPointSizeF(scaled.pointSizeF() * m_textScale);
    m_decorations.setFont(scaled);
    m_series->setFont(scaled);
    m_price->setFont(scaled);
    chart()->legend()->setFont(scaled);
    const int margin = int(std::lround(8 * m_textScale));
    chart()->setMargins(
        QMargins(margin, int(std::lround(legendTopMargin())), margin, int(std::ceil(m_decorations.axisHeight()))));
    layoutBadge();
    repaintLayers();
}

void SentimentChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::LanguageChange) {
        m_series->retranslate();
        m_price->retranslate();
        m_decorations.retranslate(); // month and weekday names
        refresh(); // the value axis title (the metric's name); the rest is painted from tr() each frame
        layoutBadge(); // the legend's entries changed length
    }
}

void SentimentChartView::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible);
}

QRectF SentimentChartView::plotArea() const
{
    return chart()->plotArea();
}

int SentimentChartView::plotColumns() const
{
    return std::max(1, int(std::lround(plotArea().width())));
}

void SentimentChartView::renderTo(QPainter* painter, const QRectF& target)
{
    // An export shows the data, not the pointer, and is laid out at its own size rather than scaled.
    const std::optional<qint64> hover = std::exchange(m_hoverTime, std::nullopt);
    const std::optional<QPointF> pointer = std::exchange(m_pointer, std::nullopt);
    const QSizeF shown = chart()->size();
    {
        const QScopedValueRollback rendering(m_rendering, true);
        chart()->resize(target.size());
        syncGeometry();
        // The scene draws with the painter's hints, not the view's.
        painter->save();
        painter->setRenderHints(renderHints());
        scene()->render(painter, target, QRectF(chart()->pos(), target.size()));
        painter->restore();
        chart()->resize(shown);
        syncGeometry();
    }
    m_hoverTime = hover;
    m_pointer = pointer;
    updateHoverDecorations();
}

void SentimentChartView::syncGeometry()
{
    if (!m_layingOutBadge) {
        const QScopedValueRollback guard(m_layingOutBadge, true);
        layoutBadge(); // a resize may elide the legend's labels or give them room
    }
    const QRectF bounds = chart()->geometry();
    const QRectF plot = plotArea();
    m_decorations.setGeometry(bounds, plot);
    m_underlay->setRect(bounds);
    m_lineLayer->setRect(bounds);
    m_overlay->setRect(bounds);
    const int columns = plotColumns();
    if (columns != m_frameColumns && !m_buckets.tokens.isEmpty())
        refresh();
    repaintLayers();
    // A temporary layout for an export is nobody else's business.
    if (plot == m_lastPlotArea || m_rendering)
        return;
    m_lastPlotArea = plot;
    emit plotAreaChanged(plot);
}

void SentimentChartView::repaintLayers()
{
    m_underlay->update();
    m_lineLayer->update();
    m_overlay->update();
}

void SentimentChartView::updateHoverDecorations()
{
    QList<HoverDot> dots;
    std::optional<HoverTip> tip;
    if (m_hoverTime) {
        const Granularity granularity = m_buckets.granularity;
        const qint64 length = granularityLength(granularity);
        const QList<ChartTokenLine>& lines = m_series->tokens();
        if (m_pointer)
            tip = HoverTip{bucketLabel(*m_hoverTime, granularity), {}, QString()};
        for (qsizetype i = 0; i < m_buckets.tokens.size() && i < lines.size(); ++i) {
            if (m_series->isHidden(i) || lines.at(i).id != m_buckets.tokens.at(i).tokenId)
                continue;
            const BucketRow* row = bucketAt(m_buckets.tokens.at(i).rows, *m_hoverTime, granularity);
            const std::optional<double> value = row ? metricValue(row->sums, m_metric) : std::nullopt;
            const qint64 posts = row ? row->sums.n : 0;
            const QString postsText = posts == 1 ? tr("%n post", nullptr, int(posts))
                                                 : tr("%n posts", nullptr, int(std::min<qint64>(posts, INT_MAX)));
            const QString rawText = value ? metricValueText(*value, m_metric) : QStringLiteral("—");
            if (!m_smoothing.isOn()) {
                if (value)
                    dots.append({row->start + length / 2, *value, lines.at(i).color});
                if (tip)
                    tip->rows.append({lines.at(i).color, lines.at(i).label, rawText, postsText});
                continue;
            }
            // The smoothed value where the line is, the bucket's own beside it.
            const qint64 start = bucketStart(*m_hoverTime, granularity);
            const QList<BucketRow>& rows = m_buckets.tokens.at(i).rows;
            const qint64 reach = start - smoothingLead(m_smoothing) - length;
            const auto first = std::partition_point(rows.cbegin(), rows.cend(),
                                                    [reach](const BucketRow& r) { return r.start < reach; });
            const QList<SmoothedBucket> smoothed =
                smoothBuckets(weightedBuckets(rows.mid(first - rows.cbegin()), m_metric), m_smoothing, granularity,
                              {start, start + length}, metricCountsPosts(m_metric));
            const SmoothedBucket point = smoothed.value(0, SmoothedBucket{start, NAN, NAN, NAN, 0, false});
            if (std::isfinite(point.value))
                dots.append({start + length / 2, point.value, lines.at(i).color});
            if (!tip)
                continue;
            QString shown = std::isfinite(point.value) ? metricValueText(point.value, m_metric) : QStringLiteral("—");
            if (m_smoothing.band && std::isfinite(point.sem))
                shown = tr("%1 ± %2").arg(shown, metricValueText(point.sem, m_metric));
            QString detail = tr("%1 · raw %2, %3").arg(smoothingLabel(m_smoothing), rawText, postsText);
            if (point.thin)
                detail += tr(" · faded: %n posts in %1 days", nullptr, int(point.posts)).arg(m_smoothing.days);
            tip->rows.append({lines.at(i).color, lines.at(i).label, shown, detail});
        }
        if (tip)
            tip->rows.append(m_price->hoverRows(*m_hoverTime));
        if (tip && m_pointer) {
            const QString under = m_decorations.eventAt(*m_pointer);
            const ChartEventMarker* nearest = nullptr;
            for (const ChartEventMarker& event : m_decorations.events()) {
                if (!m_range.contains(event.time))
                    continue;
                if (event.id == under) {
                    nearest = &event;
                    break;
                }
                if (!nearest || std::llabs(event.time - *m_hoverTime) < std::llabs(nearest->time - *m_hoverTime))
                    nearest = &event;
            }
            if (nearest) {
                const QString title = QFontMetrics(font()).elidedText(nearest->title, Qt::ElideRight, 300);
                tip->footer = nearest->id == under
                                  ? tr("◆ %1 — click to focus this event").arg(title)
                                  : tr("Nearest event: %1 · %2").arg(title, relativeTimeText(nearest->time, *m_hoverTime));
            }
        }
    }
    m_decorations.setHover(m_hoverTime, dots);
    m_decorations.setTip(tip, m_pointer.value_or(QPointF()));
}

} // namespace seance
