// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "models/time/timerange.h"
#include "ui/timeline/timelinelayout.h"
#include "ui/timeline/timelinepalette.h"

#include <QHash>
#include <QWidget>

#include <optional>

namespace seance {

class ViewState;

// The narratives as lanes of dated events on a UTC time axis that follows the ViewState's visible range exactly
// and shares the chart's x mapping, so an event sits right under its moment on the chart. The pane only emits
// intents; the mediator decides what changes in the ViewState, and the pane repaints from it.
class NarrativeTimelinePane final : public QWidget
{
    Q_OBJECT
public:
    explicit NarrativeTimelinePane(const ViewState* state, QWidget* parent = nullptr);

    // One lane per narrative in the given order, plus "Other events" when an event has no known narrative.
    void setData(const QList<NarrativeRecord>& narratives, const QList<EventRecord>& events);
    // The x span, in this pane's coordinates, of the chart's plot area: the visible range maps onto [left, right].
    void setPlotSpan(int left, int right);
    void setTimelinePalette(const TimelinePalette& palette);
    // Each event's impact (by event id), shown in its tooltip; the mediator computes it with the impact table.
    void setEventImpacts(const QHash<QString, QString>& impactHtmlById) { m_impactHtml = impactHtmlById; }
    TimelinePalette timelinePalette() const { return m_palette; }

    // For the mediator and tests: the mapping events are placed with, for the current size, span and range.
    TimeAxisMapping axisMapping() const { return geometry().mapping; }
    int laneCount() const { return int(m_content.lanes.size()); }
    QStringList laneTitles() const;
    // The event's x (exactly its mapped time) and marker rect; nothing / empty when it is not on screen.
    std::optional<double> eventX(const QString& id) const;
    QRect eventRect(const QString& id) const;
    // Where the event's elided label is drawn; empty when there was no room for one.
    QRect eventLabelRect(const QString& id) const;
    // Where the lane's (elided) title is drawn; empty when it gave way to a marker.
    QRect laneTitleRect(int lane) const;
    // The event under pos (marker or label), or an empty string.
    QString eventAt(const QPoint& pos) const;
    QString eventToolTip(const QString& id) const;
    // The lane whose title is under pos: its narrative's title and summary, escaped; empty elsewhere.
    QString laneToolTip(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void eventActivated(const QString& id);
    void eventEditRequested(const QString& id);
    void hoverRequested(std::optional<qint64> time);
    void rangeRequested(const seance::TimeRange& range);

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuildContent();
    void retranslateUi(); // every text of the pane, in the installed language
    void invalidateLayout();
    TimelineViewport viewport() const;
    // Laid out on demand and cached until the content, size, plot span or range changes.
    const TimelineGeometry& geometry() const;
    const PlacedEvent* placedEvent(const QString& id) const;
    QFont labelFont() const;
    int itemIndex(const QString& id) const;
    void emitHover(const QPointF& pos);
    void stepFocus(int direction);
    void setHoveredItem(int item);

    const ViewState* m_state;
    TimelinePalette m_palette;
    QList<NarrativeRecord> m_narratives;
    QList<EventRecord> m_events; // sorted by time, then id; parallel to m_content.items
    QHash<QString, int> m_itemOfId;
    QHash<QString, QString> m_impactHtml;
    TimelineContent m_content;
    mutable TimelineGeometry m_geometry;
    mutable bool m_layoutDirty = true;
    bool m_hasWorkspace = false; // setData() has been called
    std::optional<std::pair<int, int>> m_plotSpan;
    int m_hoveredItem = -1;

    // A drag pans from the mapping at the press, so the result does not depend on how fast the mediator answers.
    struct Press
    {
        QPointF pos;
        TimeAxisMapping mapping;
        QString eventId;
        bool dragging = false;
    };
    std::optional<Press> m_press;
};

} // namespace seance
