// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenting/presentationmode.h"

#include "ui/chart/sentimentchartpane.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

#include <algorithm>
#include <functional>

namespace seance {
namespace {

// How much larger the chart's text and lines are in presentation mode, read from across a room.
constexpr double presentationTextScale = 1.6;

} // namespace

PresentationMode::PresentationMode(QMainWindow* window, SentimentChartPane* chart, QSplitter* chartColumn)
    : QObject(window)
    , m_window(window)
    , m_chart(chart)
    , m_chartColumn(chartColumn)
    , m_toggle(new QAction(this))
{
    m_toggle->setText(tr("&Presentation Mode"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    m_toggle->setStatusTip(tr("Show only the chart, full screen; ← and → step through the events, Esc leaves"));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setPresenting);

    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::Key_Escape), [this] { setPresenting(false); }},
        {QKeySequence(Qt::Key_Right), [this] { emit stepRequested(+1); }},
        {QKeySequence(Qt::Key_Left), [this] { emit stepRequested(-1); }},
    };
    for (const auto& [key, run] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, run);
        m_window->addAction(action);
        m_presentingOnly.append(action);
    }
}

void PresentationMode::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on)
        enter();
    else
        leave();
    for (QAction* action : std::as_const(m_presentingOnly))
        action->setEnabled(on);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(on);
    emit presentingChanged(on);
}

void PresentationMode::enter()
{
    m_before = {m_window->saveState(),
                m_window->geometry(),
                m_window->windowState(),
                m_chartColumn->sizes(),
                !m_window->menuBar()->isHidden(),
                !m_window->statusBar()->isHidden(),
                QApplication::focusWidget()};
    const QList<QDockWidget*> docks = m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    for (QDockWidget* dock : docks)
        dock->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_chart->setHeaderVisible(false);
    m_chart->setTextScale(presentationTextScale);
    // The timeline stays under the chart, smaller: it names the events the arrows step through.
    const int total = std::max(1, m_chartColumn->height());
    m_chartColumn->setSizes({total * 5 / 6, total - total * 5 / 6});
    // Without a window manager (a kiosk, a bare X server) nobody resizes a full-screen window; with one, this is
    // the size it gets anyway. Before showFullScreen(): setGeometry() would clear the state.
    if (QScreen* shown = m_window->screen())
        m_window->setGeometry(shown->geometry());
    m_window->showFullScreen();
    m_chart->setFocus();
}

void PresentationMode::leave()
{
    m_window->setWindowState(m_before.windowState);
    // The client geometry, not restoreGeometry()'s frame geometry: a bare X server has no frame, and the window
    // would come back shifted by the frame Qt assumes.
    if (!(m_before.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(m_before.geometry);
    m_window->menuBar()->setVisible(m_before.menuBar);
    m_window->statusBar()->setVisible(m_before.statusBar);
    m_window->restoreState(m_before.dockState);
    m_chart->setHeaderVisible(true);
    m_chart->setTextScale(1.0);
    m_chartColumn->setSizes(m_before.split);
    if (m_before.focus)
        m_before.focus->setFocus();
}

} // namespace seance
