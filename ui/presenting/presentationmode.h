// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QLabel;
class QMainWindow;
class QSplitter;
class QWidget;

namespace seance {

class SentimentChartPane;

// View › Presentation Mode (F11): the chart full screen without chrome, larger text, the timeline small under it.
// Esc restores the layout as it was; ← and → ask the mediator to step through the events (stepRequested). Those
// three keys live only while presenting, so they never take keys from the panes otherwise.
class PresentationMode final : public QObject
{
    Q_OBJECT
public:
    // chartColumn is the splitter holding the chart over the timeline.
    PresentationMode(QMainWindow* window, SentimentChartPane* chart, QSplitter* chartColumn);

    QAction* toggleAction() const { return m_toggle; }
    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool on);

    // Where the last step ended: on an event, or against the first or last one with nothing further that way.
    enum class StepEnd { None, First, Last };
    // While presenting, a caption over the chart gives the focused event's full title, date and description (found
    // among all events), its place among the charted events the arrows step through, and at an end says there
    // is nothing further.
    void showFocusedEvent(const QList<EventRecord>& charted, const QList<EventRecord>& all, const QString& focusedId,
                          StepEnd end);
    // The caption as plain text, empty when hidden.
    QString captionText() const;

signals:
    void stepRequested(int direction);
    void presentingChanged(bool on);

private:
    void enter();
    void leave();
    void placeCaption();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QMainWindow* m_window;
    SentimentChartPane* m_chart;
    QSplitter* m_chartColumn;
    QAction* m_toggle;
    QList<QAction*> m_presentingOnly; // Esc, ← and →
    QLabel* m_caption;
    bool m_presenting = false;

    // The layout presentation mode replaced, restored as it was on leaving.
    struct Before
    {
        QByteArray dockState;
        QRect geometry;
        Qt::WindowStates windowState;
        QList<int> split;
        bool menuBar = true;
        bool statusBar = true;
        QPointer<QWidget> focus;
    };
    Before m_before;
};

} // namespace seance
