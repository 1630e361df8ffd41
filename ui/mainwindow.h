// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/dialogseam.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QUndoStack;

namespace seance {

class ComparePane;
class Database;
class ImpactPane;
class NarrativeTimelinePane;
class PostsPane;
class SentimentChartPane;
class TokenBrowser;
class TokenDetailPane;
class ViewState;
class WorkspaceChanges;
class WorkspaceEditor;

// The mediator: owns the open workspace, the one ViewState and the panes. Panes emit intents; the main
// window turns them into ViewState changes, and every pane follows the ViewState. Panes never talk to
// each other directly.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure shows the reason and keeps the current workspace open.
    bool openDatabase(const QString& path);
    QString databasePath() const;
    Database* database() const { return m_db.get(); }
    ViewState* viewState() const { return m_state; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Opens the token dialog for the id (a new token when empty); public so tests and menus share one path.
    void editTokenById(const QString& id) { editToken(id); }

    TokenBrowser* tokenBrowser() const { return m_tokens; }
    TokenDetailPane* tokenDetails() const { return m_details; }
    PostsPane* postsPane() const { return m_posts; }
    SentimentChartPane* chartPane() const { return m_chart; }
    NarrativeTimelinePane* timelinePane() const { return m_timeline; }
    ComparePane* comparePane() const { return m_compare; }
    ImpactPane* impactPane() const { return m_impact; }

    void setDialogSeam(DialogSeam seam) { m_dialogs = std::move(seam); }

    // Re-reads every pane from the database, e.g. after an import or an edit.
    void reloadPanes();
    // Focuses an event everywhere and brings it into view when it is off-screen.
    void focusEvent(const QString& eventId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // mainwindowmenus.cpp
    void createMenus();
    void createViewMenu();
    void rebuildRecentMenu();
    void newDatabase();
    void chooseAndOpenDatabase();
    void importDataset();
    void exportDataset();
    void showAbout();
    // mainwindowediting.cpp
    void createEditActions(QMenu* edit);
    void editToken(const QString& id);
    void removeToken(const QString& id);
    QString chooseNarrative(const QString& title);
    void editNarrative(const QString& id);
    void removeNarrative(const QString& id);
    void editEvent(const QString& id);
    void removeEvent(const QString& id);
    // mainwindowwiring.cpp
    void createDocks();
    void connectPanes();
    void followSelectedTokens();
    void followVisibleRange();
    void resetLayout();
    // mainwindowcomparing.cpp
    void createComparingDocks();
    void addComparingViewActions(QMenu* view);
    void connectComparing();
    void reloadComparing();
    void updateEventImpacts();
    void showComparingDocks();
    void saveComparingState();
    // mainwindow.cpp
    void updateWindowTitle();
    void restoreWindowState();
    void saveWindowState();
    void restoreViewState();
    void updateDataRange();

    std::unique_ptr<Database> m_db;
    ViewState* m_state;
    QUndoStack* m_undoStack;
    WorkspaceChanges* m_changes;
    std::unique_ptr<WorkspaceEditor> m_editor;
    DialogSeam m_dialogs;
    TokenBrowser* m_tokens;
    TokenDetailPane* m_details;
    PostsPane* m_posts;
    SentimentChartPane* m_chart;
    NarrativeTimelinePane* m_timeline;
    QSplitter* m_chartSplitter;
    QDockWidget* m_tokensDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_postsDock = nullptr;
    ComparePane* m_compare = nullptr;
    ImpactPane* m_impact = nullptr;
    QDockWidget* m_compareDock = nullptr;
    QDockWidget* m_impactDock = nullptr;
    QByteArray m_defaultLayout;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_sampleBadge;
};

} // namespace seance
