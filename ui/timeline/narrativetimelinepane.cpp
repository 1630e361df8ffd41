// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/narrativetimelinepane.h"

#include "models/chart/eventstepping.h"
#include "models/viewstate.h"
#include "ui/timeline/eventtooltip.h"
#include "ui/timeline/timelinepainter.h"

#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace seance {

namespace {

// Magnification per wheel notch (120 eighths of a degree); a notch toward the user zooms out by the same factor.
constexpr double wheelZoomPerNotch = 1.25;
// Extra pixels around a marker that still count as hitting it, so small markers are easy to click.
constexpr double hitSlop = 3.0;

} // namespace

NarrativeTimelinePane::NarrativeTimelinePane(const ViewState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    Q_ASSERT(state);
    setObjectName(QStringLiteral("narrativeTimeline"));
    setAccessibleName(tr("Narrative timeline"));
    setMouseTracking(true); // retranslateUi() is not called here: the lanes are empty until setData()
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The range is read when laying out, so a repaint is all a change needs.
    connect(m_state, &ViewState::visibleRangeChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::focusedEventChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::hoverTimeChanged, this, qOverload<>(&QWidget::update));
}

void NarrativeTimelinePane::setData(const QList<NarrativeRecord>& narratives, const QList<EventRecord>& events)
{
    m_hasWorkspace = true;
    m_narratives = narratives;
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(), [](const EventRecord& a, const EventRecord& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    m_hoveredItem = -1;
    rebuildContent();
}

void NarrativeTimelinePane::rebuildContent()
{
    m_content = TimelineContent();
    m_itemOfId.clear();
    QHash<QString, int> laneOf;
    for (const NarrativeRecord& narrative : std::as_const(m_narratives)) {
        const QColor own(narrative.color);
        const int lane = int(m_content.lanes.size());
        laneOf.insert(narrative.id, lane);
        m_content.lanes.append({narrative.id, narrative.title.isEmpty() ? narrative.id : narrative.title,
                                own.isValid() ? own : m_palette.laneColor(lane)});
    }
    int otherLane = -1;
    for (int i = 0; i < m_events.size(); ++i) {
        const EventRecord& event = m_events.at(i);
        int lane = laneOf.value(event.narrativeId, -1);
        if (lane < 0) {
            if (otherLane < 0) {
                otherLane = int(m_content.lanes.size());
                m_content.lanes.append({QString(), tr("Other events"), m_palette.otherLane});
            }
            lane = otherLane;
        }
        const MarkerShape shape = event.kind == QLatin1String("launch") ? MarkerShape::Diamond : MarkerShape::Dot;
        m_content.items.append({event.occurredAt, lane, event.title.isEmpty() ? event.id : event.title, shape});
        m_itemOfId.insert(event.id, i);
    }
    updateGeometry(); // the size hint follows the lane count
    invalidateLayout();
}

void NarrativeTimelinePane::setPlotSpan(int left, int right)
{
    m_plotSpan = std::pair{left, right};
    update();
}

void NarrativeTimelinePane::setTimelinePalette(const TimelinePalette& palette)
{
    m_palette = palette;
    rebuildContent();
}

QStringList NarrativeTimelinePane::laneTitles() const
{
    QStringList titles;
    for (const TimelineLane& lane : m_content.lanes)
        titles.append(lane.title);
    return titles;
}

const PlacedEvent* NarrativeTimelinePane::placedEvent(const QString& id) const
{
    const int item = itemIndex(id);
    if (item < 0)
        return nullptr;
    for (const PlacedEvent& event : geometry().events) {
        if (event.item == item)
            return &event;
    }
    return nullptr;
}

std::optional<double> NarrativeTimelinePane::eventX(const QString& id) const
{
    const PlacedEvent* event = placedEvent(id);
    return event ? std::optional<double>(event->x) : std::nullopt;
}

QRect NarrativeTimelinePane::eventRect(const QString& id) const
{
    const PlacedEvent* event = placedEvent(id);
    return event ? event->marker.toAlignedRect() : QRect();
}

QRect NarrativeTimelinePane::eventLabelRect(const QString& id) const
{
    const PlacedEvent* event = placedEvent(id);
    return event ? event->labelRect : QRect();
}

QRect NarrativeTimelinePane::laneTitleRect(int lane) const
{
    const TimelineGeometry& laidOut = geometry();
    if (lane < 0 || lane >= laidOut.lanes.size() || laidOut.lanes.at(lane).elidedTitle.isEmpty())
        return QRect();
    return laidOut.lanes.at(lane).titleRect;
}

QString NarrativeTimelinePane::eventAt(const QPoint& pos) const
{
    // Markers win over labels, and of overlapping markers the nearest one.
    int best = -1;
    double bestDistance = 0;
    const TimelineGeometry& laidOut = geometry();
    for (const PlacedEvent& event : laidOut.events) {
        if (!event.marker.adjusted(-hitSlop, -hitSlop, hitSlop, hitSlop).contains(pos))
            continue;
        const double distance = std::abs(event.x - pos.x());
        if (best < 0 || distance < bestDistance) {
            best = event.item;
            bestDistance = distance;
        }
    }
    if (best < 0) {
        for (const PlacedEvent& event : laidOut.events) {
            if (event.labelRect.contains(pos))
                best = event.item;
        }
    }
    return best < 0 ? QString() : m_events.at(best).id;
}

QString NarrativeTimelinePane::eventToolTip(const QString& id) const
{
    const int item = itemIndex(id);
    if (item < 0)
        return QString();
    const TimelineLane& lane = m_content.lanes.at(m_content.items.at(item).lane);
    return eventToolTipHtml(m_events.at(item), lane.narrativeId.isEmpty() ? QString() : lane.title,
                            m_impactHtml.value(id));
}

QString NarrativeTimelinePane::laneToolTip(const QPoint& pos) const
{
    const TimelineGeometry& laidOut = geometry();
    for (int i = 0; i < laidOut.lanes.size(); ++i) {
        const PlacedLane& placed = laidOut.lanes.at(i);
        // The title, the margin left of the plot and the badges: a title or badge may give way to an event,
        // and this tooltip still names the lane and counts what lies outside the range.
        const bool overLane =
            placed.rect.contains(pos) && (placed.titleRect.contains(pos) || pos.x() < laidOut.viewport.plotLeft ||
                                          placed.beforeBadge.contains(pos) || placed.afterBadge.contains(pos));
        if (!overLane)
            continue;
        const TimelineLane& lane = m_content.lanes.at(i);
        const auto narrative = std::find_if(m_narratives.cbegin(), m_narratives.cend(),
                                            [&lane](const NarrativeRecord& n) { return n.id == lane.narrativeId; });
        QString summary = narrative == m_narratives.cend() ? QString() : narrative->summary;
        if (placed.hiddenBefore + placed.hiddenAfter > 0) {
            summary +=
                (summary.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                tr("Outside the visible range: %1 earlier, %2 later.").arg(placed.hiddenBefore).arg(placed.hiddenAfter);
        }
        return narrativeToolTipHtml(lane.title, summary);
    }
    return QString();
}

QSize NarrativeTimelinePane::sizeHint() const
{
    const QFontMetrics titles(font());
    const int lanes = std::max(laneCount(), timelinemetrics::minimumVisibleLanes);
    return QSize(640, timelinemetrics::topPadding + lanes * nominalLaneHeightFor(titles) +
                          timelineAxisHeight(QFontMetrics(labelFont())));
}

QSize NarrativeTimelinePane::minimumSizeHint() const
{
    const QFontMetrics titles(font());
    return QSize(320, timelinemetrics::topPadding +
                          timelinemetrics::minimumVisibleLanes * minimumLaneHeightFor(titles) +
                          timelineAxisHeight(QFontMetrics(labelFont())));
}

bool NarrativeTimelinePane::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString id = eventAt(help->pos());
        const QString laneTip = id.isEmpty() ? laneToolTip(help->pos()) : QString();
        if (!id.isEmpty()) {
            // The rect hides the tip as soon as the mouse leaves the event.
            const PlacedEvent* placed = placedEvent(id);
            const QRect area = placed->marker.adjusted(-hitSlop, -hitSlop, hitSlop, hitSlop).toAlignedRect();
            QToolTip::showText(help->globalPos(), eventToolTip(id), this, area.united(placed->labelRect));
        } else if (!laneTip.isEmpty()) {
            QToolTip::showText(help->globalPos(), laneTip, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void NarrativeTimelinePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        invalidateLayout();
    }
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NarrativeTimelinePane::retranslateUi()
{
    setAccessibleName(tr("Narrative timeline"));
    if (!m_content.lanes.isEmpty())
        rebuildContent(); // the "Other events" lane; the empty state and tooltips are read when drawn
    update();
}

void NarrativeTimelinePane::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_content.lanes.isEmpty()) {
        // Before setData(), the window's first frame: no workspace is open yet, so there is nothing to say.
        paintEmptyTimeline(painter, rect(), m_palette,
                           m_hasWorkspace ? tr("No narratives yet — File › Import… adds narratives and their events")
                                          : QString());
        return;
    }
    TimelinePaintState state;
    state.focusedItem = itemIndex(m_state->focusedEvent());
    state.hoveredItem = m_hoveredItem;
    state.hoverTime = m_state->hoverTime();
    state.keyboardFocus = hasFocus();
    state.titleFont = font();
    state.labelFont = labelFont();
    paintTimeline(painter, m_content, geometry(), m_palette, state);
}

void NarrativeTimelinePane::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_press = Press{event->position(), geometry().mapping, eventAt(event->position().toPoint()), false};
    event->accept();
}

void NarrativeTimelinePane::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_press && (event->buttons() & Qt::LeftButton)) {
        if (!m_press->dragging && (pos - m_press->pos).manhattanLength() >= QApplication::startDragDistance()) {
            m_press->dragging = true;
            setHoveredItem(-1);
            setCursor(Qt::ClosedHandCursor);
        }
        // Dragging right shows earlier times, as if the lanes were pulled along with the mouse.
        if (m_press->dragging)
            emit rangeRequested(m_press->mapping.pannedBy(m_press->pos.x() - pos.x()));
    } else {
        setHoveredItem(itemIndex(eventAt(pos.toPoint())));
    }
    emitHover(pos);
}

void NarrativeTimelinePane::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_press) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Press press = *m_press;
    m_press.reset();
    if (press.dragging) {
        unsetCursor();
        setHoveredItem(itemIndex(eventAt(event->position().toPoint())));
    } else if (!press.eventId.isEmpty() && eventAt(event->position().toPoint()) == press.eventId) {
        emit eventActivated(press.eventId);
    }
    event->accept();
}

void NarrativeTimelinePane::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString id = event->button() == Qt::LeftButton ? eventAt(event->position().toPoint()) : QString();
    if (id.isEmpty()) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    emit eventEditRequested(id);
    event->accept();
}

void NarrativeTimelinePane::leaveEvent(QEvent* event)
{
    setHoveredItem(-1);
    emit hoverRequested(std::nullopt);
    QWidget::leaveEvent(event);
}

void NarrativeTimelinePane::wheelEvent(QWheelEvent* event)
{
    const TimeAxisMapping mapping = geometry().mapping;
    const QPoint angle = event->angleDelta();
    if (!mapping.isValid() || angle.isNull()) {
        event->ignore();
        return;
    }
    if (angle.y() != 0) {
        const double factor = std::pow(wheelZoomPerNotch, angle.y() / 120.0);
        // Over the lane titles the zoom anchors at the nearest plot edge rather than far outside the plot.
        const double x = std::clamp(event->position().x(), mapping.left(), mapping.right());
        emit rangeRequested(mapping.zoomedAt(x, factor, ViewState::minimumSpan));
    } else {
        // Sideways scrolling pans a tenth of the plot per notch.
        emit rangeRequested(mapping.pannedBy(-angle.x() / 120.0 * mapping.width() / 10.0));
    }
    event->accept();
}

void NarrativeTimelinePane::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        stepFocus(-1);
        break;
    case Qt::Key_Right:
        stepFocus(1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (itemIndex(m_state->focusedEvent()) >= 0)
            emit eventEditRequested(m_state->focusedEvent());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void NarrativeTimelinePane::invalidateLayout()
{
    m_layoutDirty = true;
    update();
}

TimelineViewport NarrativeTimelinePane::viewport() const
{
    TimelineViewport viewport{size(), 0, 0, m_state->visibleRange()};
    if (m_plotSpan) {
        viewport.plotLeft = m_plotSpan->first;
        viewport.plotRight = m_plotSpan->second;
    } else {
        viewport.plotLeft = std::min(timelinemetrics::defaultPlotLeft, width() / 3);
        viewport.plotRight = width() - timelinemetrics::defaultRightMargin;
    }
    return viewport;
}

const TimelineGeometry& NarrativeTimelinePane::geometry() const
{
    const TimelineViewport current = viewport();
    if (m_layoutDirty || !(current == m_geometry.viewport)) {
        m_geometry = layoutTimeline(m_content, current, QFontMetrics(font()), QFontMetrics(labelFont()));
        m_layoutDirty = false;
    }
    return m_geometry;
}

QFont NarrativeTimelinePane::labelFont() const
{
    QFont label = font();
    if (label.pointSizeF() > 0)
        label.setPointSizeF(label.pointSizeF() * 0.9);
    else
        label.setPixelSize(std::max(8, int(label.pixelSize() * 0.9)));
    return label;
}

int NarrativeTimelinePane::itemIndex(const QString& id) const
{
    return id.isEmpty() ? -1 : m_itemOfId.value(id, -1);
}

void NarrativeTimelinePane::emitHover(const QPointF& pos)
{
    const TimeAxisMapping mapping = geometry().mapping;
    const bool overPlot = mapping.isValid() && pos.x() >= mapping.left() && pos.x() <= mapping.right() &&
                          pos.y() >= 0 && pos.y() < height();
    emit hoverRequested(overPlot ? std::optional<qint64>(mapping.pixelToTime(pos.x())) : std::nullopt);
}

void NarrativeTimelinePane::stepFocus(int direction)
{
    // The same steps as presentation mode's arrows: from the focused event, or from the edge of what is in view.
    if (const std::optional<qsizetype> next =
            steppedEventIndex(m_events, m_state->focusedEvent(), m_state->visibleRange(), direction))
        emit eventActivated(m_events.at(*next).id);
}

void NarrativeTimelinePane::setHoveredItem(int item)
{
    if (item == m_hoveredItem)
        return;
    m_hoveredItem = item;
    if (item >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    update();
}

} // namespace seance
