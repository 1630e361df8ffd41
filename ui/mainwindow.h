// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

class ComparePane;
class Database;
enum class Theme;
struct ChartExportSpec;
struct ChartWorkspaceFacts;
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

    // mainwindowpresenting.cpp
    Theme theme() const { return m_theme; }
    // Applies a theme to the application palette, the chart and the timeline at once, and saves it.
    void setTheme(Theme theme);
    bool isPresenting() const { return m_presenting; }
    // Presentation mode (F11): the chart full screen without chrome; Esc restores the previous layout.
    void setPresenting(bool on);
    // What the chart shows now, as the starting point of an export.
    ChartExportSpec currentChartSpec() const;
    void exportChart();
    void copyChart();

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
    void importDataset(const QString& path = {});
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
    // mainwindowsavedviews.cpp
    void createSavedViewsMenu(QMenu* parent);
    void rebuildSavedViewsMenu();
    void saveCurrentView();
    void deleteSavedView();
    QJsonObject savedViewState() const;
    // mainwindowwiring.cpp
    void createDocks();
    void connectPanes();
    void followSelectedTokens();
    void followVisibleRange();
    void resetLayout();
    // mainwindowpresenting.cpp
    void addChartExportActions(QMenu* file);
    void addCopyChartAction(QMenu* edit);
    void addPresentingViewActions(QMenu* view);
    void stepFocusedEvent(int direction);
    // mainwindowscoring.cpp
    void createScoringActions(QMenu* edit);
    void updateScoringActions();
    // Keeps path as the extra lexicon (empty: none) and asks whether to rescore the stored posts with it.
    void useExtraLexicon(const QString& path, const QString& rescoreQuestion);
    // Says in the status bar when an edit changed the masked names, so stored scores are stale.
    void noteMaskedTermsChange(const QStringList& maskedTerms);
    // mainwindowcomparing.cpp
    void createComparingDocks();
    void addComparingViewActions(QMenu* view);
    void connectComparing();
    // The workspace as reloadPanes() has just read it, so the comparison reads nothing twice.
    void reloadComparing(const ChartWorkspaceFacts& facts);
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
    void prepareScorer();

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
    QMenu* m_savedViewsMenu = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_sampleBadge;
    quint64 m_scorerGeneration = 0;
    // mainwindowscoring.cpp
    QAction* m_removeLexiconAction = nullptr;
    QString m_maskedTermsPath; // the workspace m_maskedTerms were read from
    QStringList m_maskedTerms;
    // mainwindowpresenting.cpp
    Theme m_theme{};
    QActionGroup* m_themeActions = nullptr;
    QAction* m_presentAction = nullptr;
    QList<QAction*> m_presentingOnly; // Esc, ← and →: live only in presentation mode, so they never steal keys
    bool m_presenting = false;
    QByteArray m_beforePresentingState;
    QRect m_beforePresentingGeometry;
    Qt::WindowStates m_beforePresentingWindowState;
    QList<int> m_beforePresentingSplit;
    bool m_beforePresentingMenuBar = true;
    bool m_beforePresentingStatusBar = true;
    QPointer<QWidget> m_beforePresentingFocus;
};

} // namespace seance
