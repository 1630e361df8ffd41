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
#include "ui/common/retranslator.h"
#include "ui/common/smoothingmenu.h"
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
    Retranslator* text = Retranslator::of(this); // every menu text here comes back on a language switch
    QMenu* file = menuBar()->addMenu(QString());
    text->add(file, [file] { file->setTitle(tr("&File")); });
    m_files->addTo(file);
    file->addSeparator();
    QAction* import = file->addAction(QString(), this, [this] { importDataset(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    text->add(import, [import] {
        import->setText(tr("&Import…"));
        import->setStatusTip(tr("Add a Telegram, Reddit, X or Discord export, posts (JSON Lines or CSV), prices "
                                "(CoinGecko or CoinMarketCap CSV) or a Seance dataset to the workspace"));
    });
    QAction* exportAction = file->addAction(QString(), this, [this] { runDatasetExport(this, *m_db, m_dialogs); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    text->add(exportAction, [exportAction] {
        exportAction->setText(tr("&Export Dataset…"));
        exportAction->setStatusTip(tr("Write the whole workspace as a Seance dataset JSON file"));
    });
    file->addAction(m_chartExport->exportAction());
    file->addSeparator();
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    text->add(quit, [quit] { quit->setText(tr("&Quit")); });
    // Ctrl+Q where the platform names no Quit key (a bare X server, the offscreen platform).
    quit->setShortcut(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(QString());
    text->add(edit, [edit] { edit->setTitle(tr("&Edit")); });
    // Not QUndoStack::createUndoAction(), whose prefix is fixed when the action is made: these write
    // "&Undo <command>" again on a language switch.
    auto* undo = new QAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = new QAction(this);
    const auto undoTexts = [this, undo, redo] {
        const auto prefixed = [](const QString& prefix, const QString& command) {
            return command.isEmpty() ? prefix : prefix + QLatin1Char(' ') + command;
        };
        undo->setText(prefixed(tr("&Undo"), m_undoStack->undoText()));
        redo->setText(prefixed(tr("&Redo"), m_undoStack->redoText()));
    };
    text->add(undo, undoTexts);
    undo->setEnabled(m_undoStack->canUndo());
    redo->setEnabled(m_undoStack->canRedo());
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, undoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, undoTexts);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
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

    QMenu* view = menuBar()->addMenu(QString());
    text->add(view, [view] { view->setTitle(tr("&View")); });
    createViewMenu(view);
    (new MarketActions(this, &m_dialogs))->addMenu(menuBar()); // Token › Fetch Market Data…

    QMenu* help = menuBar()->addMenu(QString());
    // F1 where the platform names no Help key, as Quit falls back to Ctrl+Q.
    QAction* keys = help->addAction(
        QString(), QKeySequence::keyBindings(QKeySequence::HelpContents).value(0, QKeySequence(Qt::Key_F1)), this,
        [this] { showKeyboardMouseHelp(this); });
    QAction* about = help->addAction(QString(), this, [this] { showAboutBox(this, m_db->path()); });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    text->add(help, [help, keys, about, aboutQt] {
        help->setTitle(tr("&Help"));
        keys->setText(tr("&Keyboard and Mouse…"));
        about->setText(tr("&About Seance"));
        aboutQt->setText(tr("About &Qt"));
    });
    keepShortcutsWithoutMenuBar();
    m_readOnly->collect(this);
}

void MainWindow::createViewMenu(QMenu* view)
{
    addMetricMenu(view, m_state);
    addGranularityMenu(view, m_state);
    addSmoothingMenu(view, m_state);
    addLanguageFilterMenu(view, m_state);
    m_savedViews->addTo(view);
    QAction* resetZoom = view->addAction(QString(), m_state, &ViewState::resetRange);
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* utc = view->addAction(QString());
    utc->setCheckable(true);
    utc->setChecked(AppSettings::value(Setting::ShowUtc).toBool());
    Retranslator::of(view)->add(utc, [resetZoom, utc] {
        resetZoom->setText(tr("Show &All Data"));
        utc->setText(tr("Times in &UTC"));
        utc->setStatusTip(tr("Show post times in UTC instead of local time (buckets are always UTC days)"));
    });
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
    view->addAction(dockFrontAction(m_driversDock, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), this));
    view->addSeparator();
    new LanguageMenu(view);
    QAction* reset = view->addAction(QString(), this, &MainWindow::resetLayout);
    Retranslator::of(view)->add(reset, [reset] { reset->setText(tr("&Reset Layout")); });
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
