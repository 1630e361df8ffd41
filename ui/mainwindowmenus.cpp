// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and the file actions behind them.
#include "ui/common/languagemenu.h"
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "ui/importexport/datasetfileactions.h"
#include "ui/posts/postspane.h"
#include "models/storage/database.h"
#include "models/storage/walcheckpoint.h"
#include "models/viewstate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace seance {

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Workspace…"), this, &MainWindow::newDatabase);
    create->setShortcut(QKeySequence::New);
    create->setStatusTip(tr("Create an empty workspace database"));
    QAction* open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseAndOpenDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another workspace database"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import…"), this, &MainWindow::importDataset);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add a Seance dataset (JSON) or posts (JSON Lines or CSV) to the workspace"));
    QAction* exportAction = file->addAction(tr("&Export Dataset…"), this, &MainWindow::exportDataset);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the whole workspace as a Seance dataset JSON file"));
    addChartExportActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    addCopyChartAction(edit);
    createEditActions(edit);
    createScoringActions(edit);

    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Seance"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
    keepShortcutsWithoutMenuBar();
}

// A shortcut lives as long as a widget showing its action is visible; presentation mode hides the menu bar, so
// every menu action with a shortcut is also put on the window itself. Saved views are rebuilt later and add
// theirs in rebuildSavedViewsMenu().
void MainWindow::keepShortcutsWithoutMenuBar()
{
    const QList<QMenu*> menus = menuBar()->findChildren<QMenu*>();
    for (const QMenu* menu : menus) {
        const QList<QAction*> actions = menu->actions();
        for (QAction* action : actions) {
            if (!action->shortcut().isEmpty())
                addAction(action);
        }
    }
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* metricMenu = m_viewMenu->addMenu(tr("&Metric"));
    auto* metrics = new QActionGroup(this);
    const std::pair<Metric, QKeySequence> metricKeys[] = {
        {Metric::Mean, QKeySequence(Qt::ALT | Qt::Key_1)},          {Metric::Weighted, QKeySequence(Qt::ALT | Qt::Key_2)},
        {Metric::PositiveShare, QKeySequence(Qt::ALT | Qt::Key_3)}, {Metric::Volume, QKeySequence(Qt::ALT | Qt::Key_4)},
        {Metric::ShareOfVoice, QKeySequence(Qt::ALT | Qt::Key_5)},
    };
    for (const auto& [metric, key] : metricKeys) {
        QAction* action = metricMenu->addAction(metricLabel(metric));
        action->setCheckable(true);
        action->setShortcut(key);
        action->setChecked(m_state->metric() == metric);
        metrics->addAction(action);
        connect(action, &QAction::triggered, this, [this, metric = metric] { m_state->setMetric(metric); });
        connect(m_state, &ViewState::metricChanged, action,
                [action, metric = metric](Metric now) { action->setChecked(now == metric); });
    }
    QMenu* granularityMenu = m_viewMenu->addMenu(tr("&Granularity"));
    auto* granularities = new QActionGroup(this);
    const std::pair<Granularity, QString> granularityLabels[] = {
        {Granularity::Hour, tr("&Hourly")}, {Granularity::Day, tr("&Daily")}, {Granularity::Week, tr("&Weekly")}};
    int key = Qt::Key_1;
    for (const auto& [granularity, label] : granularityLabels) {
        QAction* action = granularityMenu->addAction(label);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(key++)));
        action->setChecked(m_state->granularity() == granularity);
        granularities->addAction(action);
        connect(action, &QAction::triggered, this, [this, granularity = granularity] { m_state->setGranularity(granularity); });
        connect(m_state, &ViewState::granularityChanged, action,
                [action, granularity = granularity](Granularity now) { action->setChecked(now == granularity); });
    }
    createSavedViewsMenu(m_viewMenu);
    QAction* resetZoom = m_viewMenu->addAction(tr("Show &All Data"), m_state, &ViewState::resetRange);
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* utc = m_viewMenu->addAction(tr("Times in &UTC"));
    utc->setCheckable(true);
    utc->setChecked(AppSettings::value(Setting::ShowUtc).toBool());
    utc->setStatusTip(tr("Show post times in UTC instead of local time (buckets are always UTC days)"));
    m_posts->setShowUtc(utc->isChecked());
    connect(utc, &QAction::toggled, this, [this](bool on) {
        AppSettings::setValue(Setting::ShowUtc, on);
        m_posts->setShowUtc(on);
    });
    addPresentingViewActions(m_viewMenu);
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : {m_tokensDock, m_detailsDock, m_postsDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    addComparingViewActions(m_viewMenu);
    m_viewMenu->addSeparator();
    new LanguageMenu(m_viewMenu);
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::value(Setting::RecentDatabases).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        AppSettings::reset(Setting::RecentDatabases);
        rebuildRecentMenu();
    });
}

void MainWindow::newDatabase()
{
    QString path = m_dialogs.saveFileName(this, tr("New Workspace"), QDir::homePath(),
                                          tr("Seance workspaces (*.seance *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".seance");
    // A checkpoint still copying an import into the file to be replaced would write into the new one.
    waitForBackgroundCheckpoints();
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_dialogs.showError(this, tr("Cannot create workspace"),
                            tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::chooseAndOpenDatabase()
{
    const QString folder = m_db->isOpen() ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = m_dialogs.openFileName(this, tr("Open Workspace"), folder,
                                                tr("Seance workspaces (*.seance *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::importDataset()
{
    if (runDatasetImport(this, *m_db, m_dialogs)) {
        m_undoStack->clear(); // an import bypasses the stack, so older commands may no longer apply
        reloadPanes();
    }
}

void MainWindow::exportDataset()
{
    runDatasetExport(this, *m_db, m_dialogs);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Seance"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Seance %1</h3><p>A desktop explorer for meme-token narratives and the sentiment of the "
                   "posts about them.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_db->path()).toHtmlEscaped()));
    box.exec();
}

} // namespace seance
