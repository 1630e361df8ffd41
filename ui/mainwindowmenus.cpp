// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus: where each job's actions sit and which keys reach them.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "ui/common/aboutbox.h"
#include "ui/common/dockfrontaction.h"
#include "ui/common/keyboardmousehelp.h"
#include "ui/common/languagemenu.h"
#include "ui/common/viewstatemenus.h"
#include "ui/importexport/datasetfileactions.h"
#include "ui/market/marketactions.h"
#include "ui/posts/postspane.h"
#include "ui/workspace/readonlyactions.h"
#include "ui/workspace/workspacefileactions.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QUndoStack>

namespace seance {

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->addTo(file);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import…"), this, [this] { importDataset(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add a Seance dataset (JSON) or posts (JSON Lines or CSV) to the workspace"));
    QAction* exportAction =
        file->addAction(tr("&Export Dataset…"), this, [this] { runDatasetExport(this, *m_db, m_dialogs); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the whole workspace as a Seance dataset JSON file"));
    file->addAction(m_chartExport->exportAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q where the platform names no Quit key (a bare X server, the offscreen platform).
    quit->setShortcut(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own Redo keys beside it, each bound once: a key listed twice
    // on one action makes Qt call it ambiguous, and the key then does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    redoKeys.removeAll(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_chartExport->copyAction());
    m_edits->addTo(edit);
    m_scoring->addTo(edit);

    createViewMenu(menuBar()->addMenu(tr("&View")));
    (new MarketActions(this, &m_dialogs))->addMenu(menuBar()); // Token › Fetch Market Data…

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // F1 where the platform names no Help key, as Quit falls back to Ctrl+Q.
    help->addAction(tr("&Keyboard and Mouse…"),
                    QKeySequence::keyBindings(QKeySequence::HelpContents).value(0, QKeySequence(Qt::Key_F1)), this,
                    [this] { showKeyboardMouseHelp(this); });
    QAction* about = help->addAction(tr("&About Seance"), this, [this] { showAboutBox(this, m_db->path()); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    keepShortcutsWithoutMenuBar();
    m_readOnly->collect(this);
}

void MainWindow::createViewMenu(QMenu* view)
{
    addMetricMenu(view, m_state);
    addGranularityMenu(view, m_state);
    m_savedViews->addTo(view);
    QAction* resetZoom = view->addAction(tr("Show &All Data"), m_state, &ViewState::resetRange);
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* utc = view->addAction(tr("Times in &UTC"));
    utc->setCheckable(true);
    utc->setChecked(AppSettings::value(Setting::ShowUtc).toBool());
    utc->setStatusTip(tr("Show post times in UTC instead of local time (buckets are always UTC days)"));
    m_posts->setShowUtc(utc->isChecked());
    connect(utc, &QAction::toggled, this, [this](bool on) {
        AppSettings::setValue(Setting::ShowUtc, on);
        m_posts->setShowUtc(on);
    });
    m_themes->addMenu(view);
    view->addAction(m_presentation->toggleAction());
    view->addSeparator();
    for (QDockWidget* dock : m_docks.first(3)) // tokens, details, posts
        view->addAction(dock->toggleViewAction());
    view->addAction(dockFrontAction(m_docks.at(3), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), this));
    view->addAction(dockFrontAction(m_docks.at(4), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I), this));
    view->addSeparator();
    new LanguageMenu(view);
    view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
}

// A shortcut lives as long as a widget showing its action is visible; presentation mode hides the menu bar, so
// every menu action with a shortcut is also put on the window itself, once. Saved views add theirs when their
// menu is rebuilt (SavedViewsMenu).
void MainWindow::keepShortcutsWithoutMenuBar()
{
    const QList<QMenu*> menus = menuBar()->findChildren<QMenu*>();
    for (const QMenu* menu : menus) {
        const QList<QAction*> menuActions = menu->actions();
        for (QAction* action : menuActions) {
            if (!action->shortcut().isEmpty() && !actions().contains(action))
                addAction(action);
        }
    }
}

void MainWindow::importDataset(const QString& path)
{
    if (m_readOnly->isReadOnly()) { // a dropped file, or Ctrl+I from a dialog the disabled action does not cover
        m_dialogs.showError(this, tr("Cannot import"), ReadOnlyActions::reason());
        return;
    }
    const FileImportResult result = runFileImport(this, *m_db, m_dialogs, path);
    if (result.imported) {
        m_undoStack->clear(); // an import bypasses the stack, so older commands may no longer apply
        reloadPanes();
    }
    if (result.show)
        applyImportShowRequest(*m_state, *result.show);
}

} // namespace seance
