// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartworkspacefacts.h"
#include "ui/common/dialogseam.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QJsonObject;
class QLabel;
class QMenu;
class QSplitter;
class QUndoStack;

namespace seance {

class ChartExportActions;
class ComparePane;
class Database;
class EditActions;
enum class Theme;
class ImpactPane;
class NarrativeTimelinePane;
class PostsPane;
class PresentationMode;
class SavedViewsMenu;
struct SavedViewParts;
class ScoringActions;
class SentimentChartPane;
class ThemeSwitcher;
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
    void editTokenById(const QString& id);

    TokenBrowser* tokenBrowser() const { return m_tokens; }
    TokenDetailPane* tokenDetails() const { return m_details; }
    PostsPane* postsPane() const { return m_posts; }
    SentimentChartPane* chartPane() const { return m_chart; }
    NarrativeTimelinePane* timelinePane() const { return m_timeline; }
    ComparePane* comparePane() const { return m_compare; }
    ImpactPane* impactPane() const { return m_impact; }

    void setDialogSeam(DialogSeam seam) { m_dialogs = std::move(seam); }

    // Edit › Rescore All Posts…: every stored post scored again with the current names and lexicon.
    bool rescoreAllPosts();
    // Edit › Extra Lexicon…: choose, check and keep an extra lexicon, then offer to rescore with it.
    void chooseExtraLexicon();
    void removeExtraLexicon();

    // Re-reads every pane from the database, e.g. after an import or an edit.
    void reloadPanes();
    // Focuses an event everywhere and brings it into view when it is off-screen.
    void focusEvent(const QString& eventId);
    // Applies the saved view with this name from the workspace; false (and an error dialog) when it cannot.
    bool openSavedView(const QString& name);

    Theme theme() const;
    // Applies a theme to the application palette, the chart and the timeline at once, and saves it.
    void setTheme(Theme theme);
    bool isPresenting() const;
    // Presentation mode (F11): the chart full screen without chrome; Esc restores the previous layout.
    void setPresenting(bool on);
    void exportChart();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // mainwindowmenus.cpp
    void createMenus();
    void createViewMenu();
    void rebuildRecentMenu();
    void keepShortcutsWithoutMenuBar();
    void newDatabase();
    void chooseAndOpenDatabase();
    void importDataset();
    void exportDataset();
    void showAbout();
    void applySavedView(const SavedViewParts& parts);
    // mainwindowwiring.cpp
    void createDocks();
    void connectPanes();
    void followSelectedTokens();
    void followVisibleRange();
    void resetLayout();
    void followTheme(Theme theme);
    void stepFocusedEvent(int direction);
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
    void applyDefaultChartSplit();
    void saveWindowState();
    void restoreViewState();
    bool applyViewStateJson(const QJsonObject& json, QString* error = nullptr);
    void updateDataRange();
    void updateTokenSummaries();

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
    ChartWorkspaceFacts m_facts; // as reloadPanes() last read them
    ThemeSwitcher* m_themes = nullptr;
    ChartExportActions* m_chartExport = nullptr;
    PresentationMode* m_presentation = nullptr;
    SavedViewsMenu* m_savedViews = nullptr;
    EditActions* m_edits = nullptr;
    ScoringActions* m_scoring = nullptr;
};

} // namespace seance
