// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's presenting half: themes, chart export and copy, and presentation mode.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/export/exportchartdialog.h"
#include "ui/export/imageexport.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "ui/theme/theme.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "models/viewstate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

#include <algorithm>

namespace seance {
namespace {

// How much larger the chart's text and lines are in presentation mode, read from across a room.
constexpr double presentationTextScale = 1.6;

} // namespace

void MainWindow::addChartExportActions(QMenu* file)
{
    QAction* exportChartAction = file->addAction(tr("Export &Chart…"), this, &MainWindow::exportChart);
    exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChartAction->setStatusTip(tr("Save the chart as a PNG or SVG picture for a slide or a post"));
}

void MainWindow::addCopyChartAction(QMenu* edit)
{
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy Chart"), this, &MainWindow::copyChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setStatusTip(tr("Copy the chart as a picture, at the size of the last export"));
}

void MainWindow::addPresentingViewActions(QMenu* view)
{
    QMenu* themes = view->addMenu(tr("&Theme"));
    m_themeActions = new QActionGroup(this);
    m_theme = savedTheme();
    for (const Theme theme : allThemes()) {
        QAction* action = themes->addAction(themeDisplayName(theme));
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        action->setData(themeName(theme));
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { setTheme(theme); });
    }
    // The panes start in the saved theme; the application palette is the launcher's to set before the window.
    m_chart->setChartPalette(chartPalette(m_theme));
    m_timeline->setTimelinePalette(timelinePalette(m_theme));

    m_presentAction = view->addAction(tr("&Presentation Mode"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setStatusTip(tr("Show only the chart, full screen; ← and → step through the events, Esc leaves"));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresenting);
    // Added to the window too: a hidden menu bar's shortcuts stop working, and presentation mode hides it.
    addAction(m_presentAction);

    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::Key_Escape), [this] { setPresenting(false); }},
        {QKeySequence(Qt::Key_Right), [this] { stepFocusedEvent(+1); }},
        {QKeySequence(Qt::Key_Left), [this] { stepFocusedEvent(-1); }},
    };
    for (const auto& [key, run] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, run);
        addAction(action);
        m_presentingOnly.append(action);
    }
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    saveTheme(theme);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyApplicationTheme(*app, theme);
    m_chart->setChartPalette(chartPalette(theme));
    m_timeline->setTimelinePalette(timelinePalette(theme));
    for (QAction* action : m_themeActions->actions())
        action->setChecked(action->data().toString() == themeName(theme));
}

void MainWindow::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on) {
        m_beforePresentingState = saveState();
        m_beforePresentingGeometry = geometry();
        m_beforePresentingWindowState = windowState();
        m_beforePresentingSplit = m_chartSplitter->sizes();
        m_beforePresentingMenuBar = !menuBar()->isHidden();
        m_beforePresentingStatusBar = !statusBar()->isHidden();
        m_beforePresentingFocus = QApplication::focusWidget();
        const QList<QDockWidget*> docks = findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
        for (QDockWidget* dock : docks)
            dock->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_chart->setHeaderVisible(false);
        m_chart->setTextScale(presentationTextScale);
        // The timeline stays under the chart, smaller: it names the events the arrows step through.
        const int total = std::max(1, m_chartSplitter->height());
        m_chartSplitter->setSizes({total * 5 / 6, total - total * 5 / 6});
        // Without a window manager (a kiosk, a bare X server) nobody resizes a full-screen window; with one,
        // this is the size it gets anyway. Before showFullScreen(): setGeometry() would clear the state.
        if (QScreen* shown = screen())
            setGeometry(shown->geometry());
        showFullScreen();
        m_chart->setFocus();
    } else {
        setWindowState(m_beforePresentingWindowState);
        // The client geometry, not restoreGeometry()'s frame geometry: a bare X server has no frame, and the
        // window would come back shifted by the frame Qt assumes.
        if (!(m_beforePresentingWindowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
            setGeometry(m_beforePresentingGeometry);
        menuBar()->setVisible(m_beforePresentingMenuBar);
        statusBar()->setVisible(m_beforePresentingStatusBar);
        restoreState(m_beforePresentingState);
        m_chart->setHeaderVisible(true);
        m_chart->setTextScale(1.0);
        m_chartSplitter->setSizes(m_beforePresentingSplit);
        if (m_beforePresentingFocus)
            m_beforePresentingFocus->setFocus();
    }
    for (QAction* action : std::as_const(m_presentingOnly))
        action->setEnabled(on);
    const QSignalBlocker blocker(m_presentAction);
    m_presentAction->setChecked(on);
}

void MainWindow::stepFocusedEvent(int direction)
{
    QList<EventRecord> events = EventStore(*m_db).all();
    if (events.isEmpty())
        return;
    std::stable_sort(events.begin(), events.end(), [](const EventRecord& a, const EventRecord& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    const auto current = std::find_if(events.cbegin(), events.cend(),
                                      [this](const EventRecord& e) { return e.id == m_state->focusedEvent(); });
    qsizetype next = 0;
    if (current != events.cend()) {
        next = std::clamp<qsizetype>((current - events.cbegin()) + direction, 0, events.size() - 1);
    } else {
        // Nothing focused yet: start from the edge of what is on screen, in the direction of travel.
        const TimeRange visible = m_state->visibleRange();
        if (direction > 0) {
            const auto it = std::find_if(events.cbegin(), events.cend(),
                                         [&visible](const EventRecord& e) { return e.occurredAt >= visible.from; });
            next = it == events.cend() ? events.size() - 1 : it - events.cbegin();
        } else {
            const auto it = std::find_if(events.crbegin(), events.crend(),
                                         [&visible](const EventRecord& e) { return e.occurredAt < visible.to; });
            next = it == events.crend() ? 0 : events.crend() - it - 1;
        }
    }
    focusEvent(events.at(next).id);
}

ChartExportSpec MainWindow::currentChartSpec() const
{
    ChartExportSpec spec;
    spec.databasePath = m_db->path();
    spec.workspaceAlreadyChecked = true;
    spec.tokenIds = m_state->selectedTokens();
    spec.range = m_state->visibleRange();
    spec.metric = m_state->metric();
    spec.granularity = m_state->granularity();
    spec.palette = chartPalette(m_theme);
    spec.focusedEventId = m_state->focusedEvent();
    spec.showPrice = m_chart->isPriceAxisShown(); // the price overlay, as on screen
    spec.priceLog = AppSettings::value(Setting::ChartPriceLog).toBool();
    return spec;
}

void MainWindow::exportChart()
{
    const ChartExportSpec view = currentChartSpec();
    if (view.tokenIds.isEmpty()) {
        m_dialogs.showError(this, tr("Export Chart"), tr("Select one or more tokens to chart first."));
        return;
    }
    ExportChartDialog dialog(view, m_theme, this);
    if (!dialog.isLoaded()) {
        m_dialogs.showError(this, tr("Export Chart"), dialog.loadError());
        return;
    }
    if (m_dialogs.execDialog(&dialog) != QDialog::Accepted)
        return;
    dialog.rememberChoices();
    QString folder = AppSettings::value(Setting::ChartExportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const bool svg = dialog.chosenFormat() == ImageFormat::Svg;
    QString path = m_dialogs.saveFileName(this, tr("Export Chart"), QDir(folder).filePath(dialog.suggestedFileName()),
                                          svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!imageFormatForPath(path))
        path += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!dialog.writeTo(path, &error)) {
        m_dialogs.showError(this, tr("Export Chart"), error);
        return;
    }
    AppSettings::setValue(Setting::ChartExportFolder, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::copyChart()
{
    ChartExportSpec spec = currentChartSpec();
    if (spec.tokenIds.isEmpty()) {
        m_dialogs.showError(this, tr("Copy Chart"), tr("Select one or more tokens to chart first."));
        return;
    }
    spec.size = AppSettings::value(Setting::ChartExportSize).toSize();
    if (spec.size.isEmpty())
        spec.size = ExportChartDialog::sizePresets().constFirst();
    spec.showEvents = AppSettings::value(Setting::ChartExportEvents).toBool();
    spec.showLegend = AppSettings::value(Setting::ChartExportLegend).toBool();
    ChartExportRenderer renderer;
    QString error;
    if (!renderer.load(spec, &error)) {
        m_dialogs.showError(this, tr("Copy Chart"), error);
        return;
    }
    copyImageToClipboard([&renderer](QPainter* painter, const QRectF& target) { renderer.paint(painter, target); },
                         renderer.imageOptions());
    statusBar()->showMessage(tr("Chart copied (%1 × %2)").arg(spec.size.width()).arg(spec.size.height()), 5000);
}

} // namespace seance
