// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/compareviews.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace seance {

CompareSceneView::CompareSceneView(const CompareScene* scene, QWidget* parent)
    : QWidget(parent)
    , m_scene(scene)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

DayAxisMapping CompareSceneView::dayAxis() const
{
    return compareDayAxis(QRectF(rect()), m_scene->window, font());
}

std::optional<double> CompareSceneView::hoverLineX() const
{
    if (!m_scene->hoverDay || !m_scene->emptyMessage.isEmpty() || m_scene->lines.isEmpty())
        return std::nullopt;
    return dayAxis().dayToPixel(*m_scene->hoverDay);
}

bool CompareSceneView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const DayAxisMapping axis = dayAxis();
        const bool inside = help->pos().x() >= axis.left() && help->pos().x() <= axis.right();
        const QString text = inside && m_toolTip && m_scene->emptyMessage.isEmpty() ? m_toolTip(axis.pixelToDay(help->pos().x())) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CompareSceneView::mouseMoveEvent(QMouseEvent* event)
{
    const DayAxisMapping axis = dayAxis();
    const double x = event->position().x();
    if (!axis.isValid() || !m_scene->emptyMessage.isEmpty() || x < axis.left() || x > axis.right())
        emit hoverDayRequested(std::nullopt);
    else
        emit hoverDayRequested(axis.pixelToDay(x));
    QWidget::mouseMoveEvent(event);
}

void CompareSceneView::leaveEvent(QEvent* event)
{
    emit hoverDayRequested(std::nullopt);
    QWidget::leaveEvent(event);
}

std::optional<QPointF> CompareChartView::pointPosition(int line, int day) const
{
    return comparePointPosition(QRectF(rect()), *m_scene, font(), line, day);
}

void CompareChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintCompareChart(&painter, QRectF(rect()), *m_scene, scenePalette(), font());
}

CompareLanesView::CompareLanesView(const CompareScene* scene, QWidget* parent)
    : CompareSceneView(scene, parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateLaneCount();
}

void CompareLanesView::updateLaneCount()
{
    const bool hidden = !m_scene->emptyMessage.isEmpty() || m_scene->lines.isEmpty();
    setFixedHeight(hidden ? 0 : int(std::ceil(compareLanesHeight(m_scene->lines.size(), font()))));
    update();
}

std::optional<QPointF> CompareLanesView::eventPosition(int line, const QString& eventId) const
{
    if (line < 0 || line >= m_scene->lines.size())
        return std::nullopt;
    for (const AlignedEvent& event : m_scene->lines.at(line).series.events) {
        if (event.eventId == eventId)
            return QPointF(dayAxis().dayToPixel(event.day), 4 + (line + 0.5) * comparelayout::laneHeight(font()));
    }
    return std::nullopt;
}

QString CompareLanesView::eventAt(const QPointF& pos) const
{
    const int line = int((pos.y() - 4) / comparelayout::laneHeight(font()));
    if (pos.y() < 4 || line >= m_scene->lines.size())
        return QString();
    QString best;
    double bestDistance = 9; // the marker's half width and a little slop
    for (const AlignedEvent& event : m_scene->lines.at(line).series.events) {
        const double distance = std::abs(dayAxis().dayToPixel(event.day) - pos.x());
        if (distance < bestDistance) {
            best = event.eventId;
            bestDistance = distance;
        }
    }
    return best;
}

void CompareLanesView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintCompareLanes(&painter, QRectF(rect()), *m_scene, scenePalette(), font());
}

void CompareLanesView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QString id = eventAt(event->position());
        if (!id.isEmpty())
            emit eventActivated(id);
    }
    CompareSceneView::mouseReleaseEvent(event);
}

} // namespace seance
