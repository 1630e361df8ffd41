// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentimentchartview.h"

#include "chartformat.h"
#include "viewstate.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>

#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace seance {
namespace {

constexpr double keyZoomFactor = 1.5;
constexpr double keyPanShare = 0.1;
// 2^(1/5) per 120-unit wheel notch: five notches double or halve the span.
constexpr double wheelNotchesPerDoubling = 5 * 120.0;
constexpr double minimumBandPixels = 4;

} // namespace

SentimentChartView::SentimentChartView(const ChartPalette& palette, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_palette(palette)
    , m_series(nullptr)
    , m_decorations(palette)
    , m_underlay(new ChartLayerItem([this](QPainter* painter) { m_decorations.paintUnderlay(painter); }))
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

    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    // The underlay paints every pixel; filling the view and its viewport first would only cost time.
    setBackgroundBrush(Qt::NoBrush);
    viewport()->setAutoFillBackground(false);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    m_underlay->setZValue(-10);
    m_overlay->setZValue(10);
    scene()->addItem(m_underlay);
    scene()->addItem(m_overlay);
    m_decorations.setFont(font());
    c->setMargins(QMargins(8, 6, 8, int(std::ceil(m_decorations.axisHeight()))));

    connect(c, &QChart::plotAreaChanged, this, [this] { syncGeometry(); });
    connect(m_series, &ChartSeriesSet::visibilityToggled, this, [this] {
        refresh();
        repaintLayers();
    });
}

SentimentChartView::~SentimentChartView() = default;

void SentimentChartView::setVisibleRange(const TimeRange& range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_series->setVisibleRange(range);
    m_decorations.setRange(range);
    updateHoverDecorations();
    repaintLayers();
}

void SentimentChartView::setMetric(Metric metric)
{
    m_metric = metric;
}

void SentimentChartView::setTokens(const QList<ChartTokenLine>& tokens)
{
    m_series->setTokens(tokens);
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
    const ChartFrame frame = buildFrame(m_buckets, m_metric, m_range, m_frameColumns);
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
    m_decorations.setValueRange(m_series->yMin(), m_series->yMax(), reference);
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
    if (title == m_decorations.message())
        return;
    m_decorations.setMessage(title, hint);
    m_overlay->update();
}

void SentimentChartView::setBadgeVisible(bool visible)
{
    m_decorations.setBadgeVisible(visible);
    m_overlay->update();
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
        scene()->render(painter, target, QRectF(chart()->pos(), target.size()));
        chart()->resize(shown);
        syncGeometry();
    }
    m_hoverTime = hover;
    m_pointer = pointer;
    updateHoverDecorations();
}

void SentimentChartView::syncGeometry()
{
    const QRectF bounds = chart()->geometry();
    const QRectF plot = plotArea();
    m_decorations.setGeometry(bounds, plot);
    m_underlay->setRect(bounds);
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
            if (value)
                dots.append({row->start + length / 2, *value, lines.at(i).color});
            if (tip) {
                const qint64 posts = row ? row->sums.n : 0;
                tip->rows.append({lines.at(i).color, lines.at(i).label,
                                  value ? metricValueText(*value, m_metric) : QStringLiteral("—"),
                                  posts == 1 ? tr("%n post", nullptr, int(posts))
                                             : tr("%n posts", nullptr, int(std::min<qint64>(posts, INT_MAX)))});
            }
        }
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

void SentimentChartView::setPointer(std::optional<QPointF> pointer)
{
    m_pointer = pointer;
    updateHoverDecorations();
    m_overlay->update();
}

bool SentimentChartView::inPlot(const QPointF& point) const
{
    return plotArea().contains(point);
}

void SentimentChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    syncGeometry();
}

void SentimentChartView::mousePressEvent(QMouseEvent* event)
{
    const QPointF point = mapToScene(event->position().toPoint());
    if (event->button() == Qt::LeftButton) {
        const QString id = m_decorations.eventAt(point);
        if (!id.isEmpty()) {
            emit eventActivated(id);
            event->accept();
            return;
        }
    }
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if ((pan || event->button() == Qt::LeftButton) && inPlot(point)) {
        m_drag = pan ? Drag::Pan : Drag::Band;
        m_pressPoint = point;
        m_pressMapping = m_decorations.mapping();
        setPointer(std::nullopt); // no tooltip over the band or while panning
        if (pan)
            viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void SentimentChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF point = mapToScene(event->position().toPoint());
    const QRectF plot = plotArea();
    switch (m_drag) {
    case Drag::Band:
        m_decorations.setRubberBand(std::pair(m_pressPoint.x(), std::clamp(point.x(), plot.left(), plot.right())));
        m_overlay->update();
        return;
    case Drag::Pan:
        emit rangeRequested(m_pressMapping.pannedBy(m_pressPoint.x() - point.x()));
        return;
    case Drag::None:
        break;
    }
    if (inPlot(point)) {
        setPointer(point);
        viewport()->setCursor(m_decorations.eventAt(point).isEmpty() ? Qt::CrossCursor : Qt::PointingHandCursor);
        emit hoverRequested(m_decorations.mapping().pixelToTime(point.x()));
    } else {
        viewport()->setCursor(m_decorations.eventAt(point).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        if (m_pointer) {
            setPointer(std::nullopt);
            emit hoverRequested(std::nullopt);
        }
    }
    QChartView::mouseMoveEvent(event);
}

void SentimentChartView::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::None) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPointF point = mapToScene(event->position().toPoint());
    viewport()->setCursor(inPlot(point) ? Qt::CrossCursor : Qt::ArrowCursor);
    if (drag == Drag::Band) {
        m_decorations.setRubberBand(std::nullopt);
        m_overlay->update();
        const QRectF plot = plotArea();
        const double x = std::clamp(point.x(), plot.left(), plot.right());
        if (std::abs(x - m_pressPoint.x()) >= minimumBandPixels) {
            const qint64 a = m_pressMapping.pixelToTime(m_pressPoint.x());
            const qint64 b = m_pressMapping.pixelToTime(x);
            emit rangeRequested(TimeRange{std::min(a, b), std::max(a, b)});
        }
    }
    event->accept();
}

void SentimentChartView::wheelEvent(QWheelEvent* event)
{
    const QPointF point = mapToScene(event->position().toPoint());
    const TimeAxisMapping& mapping = m_decorations.mapping();
    if (!inPlot(point) || !mapping.isValid()) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0)
        emit rangeRequested(mapping.zoomedAt(point.x(), std::pow(2.0, delta.y() / wheelNotchesPerDoubling),
                                             ViewState::minimumSpan));
    else if (delta.x() != 0)
        emit rangeRequested(mapping.pannedBy(-delta.x() / 2.0));
    event->accept();
}

void SentimentChartView::keyPressEvent(QKeyEvent* event)
{
    const TimeAxisMapping& mapping = m_decorations.mapping();
    const double anchor = m_pointer ? m_pointer->x() : (mapping.left() + mapping.right()) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit rangeRequested(mapping.zoomedAt(anchor, keyZoomFactor, ViewState::minimumSpan));
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        emit rangeRequested(mapping.zoomedAt(anchor, 1 / keyZoomFactor, ViewState::minimumSpan));
        break;
    case Qt::Key_Left:
        emit rangeRequested(mapping.pannedBy(-keyPanShare * mapping.width()));
        break;
    case Qt::Key_Right:
        emit rangeRequested(mapping.pannedBy(keyPanShare * mapping.width()));
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        emit resetRequested();
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Band) {
            m_drag = Drag::None;
            m_decorations.setRubberBand(std::nullopt);
            m_overlay->update();
        }
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SentimentChartView::leaveEvent(QEvent* event)
{
    if (m_pointer) {
        setPointer(std::nullopt);
        emit hoverRequested(std::nullopt);
    }
    QChartView::leaveEvent(event);
}

bool SentimentChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF point = mapToScene(help->pos());
        if (m_decorations.isBadgeVisible() && m_decorations.badgeRect().contains(point)) {
            QToolTip::showText(help->globalPos(),
                               tr("The posts in this workspace were made up by Seance's deterministic sample "
                                  "generator. They are not real social-media data."),
                               viewport());
            return true;
        }
        // Over the plot the chart draws its own tooltip.
        if (inPlot(point))
            return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace seance
