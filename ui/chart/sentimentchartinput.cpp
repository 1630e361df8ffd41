// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The input half of SentimentChartView: pointer, wheel and keys become hover, range and event intents.
#include "ui/chart/sentimentchartview.h"

#include "models/viewstate.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
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

void SentimentChartView::dropPointer()
{
    if (m_pointer)
        setPointer(std::nullopt);
    emit hoverRequested(std::nullopt);
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
    // The viewport's own Leave as well as the view's: whichever arrives, the crosshair and its date label go.
    if (event->type() == QEvent::Leave && m_pointer) {
        setPointer(std::nullopt);
        emit hoverRequested(std::nullopt);
    }
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
