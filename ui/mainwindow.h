// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartworkspacefacts.h"
#include "ui/common/dialogseam.h"
#include "ui/editing/editactions.h"
#include "ui/presenting/chartexportactions.h"
#include "ui/presenting/presentationmode.h"
#include "ui/presenting/themeswitcher.h"
#include "ui/savedviews/savedviewsmenu.h"
#include "ui/scoring/scoringactions.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QJsonObject;
class QLabel;
class QSplitter;
class QUndoStack;

namespace seance {

class ComparePane;
class Database;
class ImpactPane;
class MoveDriversPane;
class NarrativeTimelinePane;
class PriceImpactLoader;
class PostsPane;
class SentimentChartPane;
class TokenBrowser;
class TokenDetailPane;
class TokenSummaryLoader;
class ViewState;
class WorkspaceChanges;
class WorkspaceEditor;
class WorkspaceFileActions;
class WorkspaceNotice;
class ReadOnlyActions;

// The mediator: owns the open workspace, the one ViewState, the panes and the small objects that do the window's
// jobs (presentation mode, chart export, saved views, edits, scoring, themes). Panes emit intents; the main
// window turns them into ViewState changes, and every pane follows the ViewState. Panes never talk to each other
// directly. The wiring is in mainwindowwiring.cpp, the menus in mainwindowmenus.cpp.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure shows the reason and keeps the current workspace open.
    // readOnly: open it read-only even when the file could be written (a file that cannot be is read-only anyway).
    bool openDatabase(const QString& path, bool readOnly = false);
    QString databasePath() const;
    Database* database() const { return m_db.get(); }
    ViewState* viewState() const { return m_state; }
    QUndoStack* undoStack() const { return m_undoStack; }
    void setDialogSeam(DialogSeam seam) { m_dialogs = std::move(seam); }

    TokenBrowser* tokenBrowser() const { return m_tokens; }
    TokenDetailPane* tokenDetails() const { return m_details; }
    PostsPane* postsPane() const { return m_posts; }
    SentimentChartPane* chartPane() const { return m_chart; }
    NarrativeTimelinePane* timelinePane() const { return m_timeline; }
    ComparePane* comparePane() const { return m_compare; }
    ImpactPane* impactPane() const { return m_impact; }
    MoveDriversPane* driversPane() const { return m_drivers; }
    QDockWidget* driversDock() const { return m_driversDock; }
    PresentationMode* presentation() const { return m_presentation; }
    ChartExportActions* chartExport() const { return m_chartExport; }

    // Re-reads every pane from the database, e.g. after an import or an edit.
    void reloadPanes();
    // Focuses an event everywhere and brings it into view when it is off-screen.
    void focusEvent(const QString& eventId);

    // The jobs of the objects the window owns, public so tests and menus share one path.
    void editTokenById(const QString& id) { m_edits->editToken(id); }
    bool rescoreAllPosts() { return m_scoring->rescoreAllPosts(); }
    void chooseExtraLexicon() { m_scoring->chooseExtraLexicon(); }
    void removeExtraLexicon() { m_scoring->removeExtraLexicon(); }
    bool openSavedView(const QString& name) { return m_savedViews->open(name); }
    Theme theme() const { return m_themes->theme(); }
    void setTheme(Theme theme) { m_themes->setTheme(theme); }
    bool isPresenting() const { return m_presentation->isPresenting(); }
    void setPresenting(bool on) { m_presentation->setPresenting(on); }
    void exportChart() { m_chartExport->exportChart(); }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // mainwindow.cpp: layout and persistence
    QDockWidget* addPaneDock(const QString& title, const QString& name, QWidget* pane, Qt::DockWidgetArea area);
    void createDocks();
    void resetLayout();
    void restoreWindowState();
    void applyDefaultChartSplit();
    void saveWindowState();
    void restoreViewState();
    bool applyViewStateJson(const QJsonObject& json);
    void updateWindowTitle();
    // The dock titles, the status bar and the window title in the installed language (menus: Retranslator).
    void retranslateUi();
    // mainwindowmenus.cpp
    void createMenus();
    void createViewMenu(QMenu* view);
    void keepShortcutsWithoutMenuBar();
    void importDataset(const QString& path = {});
    // mainwindowwiring.cpp
    void connectPanes();
    void connectJobs();
    void followSelectedTokens();
    void followVisibleRange();
    void followTheme(Theme theme);
    void updateDataRange();
    void updateTokenSummaries();
    void updateEventImpacts();
    void applyPriceImpacts();
    void stepFocusedEvent(int direction);
    // The events presentation mode steps through: those that concern the charted tokens and narratives.
    QList<EventRecord> chartedEvents() const;
    void showPresentationCaption(PresentationMode::StepEnd end = PresentationMode::StepEnd::None);
    void applySavedView(const SavedViewParts& parts);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkspaceEditor> m_editor;
    ChartWorkspaceFacts m_facts; // as reloadPanes() last read them
    ViewState* m_state;
    QUndoStack* m_undoStack;
    WorkspaceChanges* m_changes;
    DialogSeam m_dialogs;
    // The panes.
    TokenBrowser* m_tokens;
    TokenDetailPane* m_details;
    PostsPane* m_posts;
    SentimentChartPane* m_chart;
    NarrativeTimelinePane* m_timeline;
    ComparePane* m_compare;
    ImpactPane* m_impact;
    QSplitter* m_chartSplitter;
    QList<QDockWidget*> m_docks; // tokens, details, posts, compare, impact
    QByteArray m_defaultLayout;
    QLabel* m_databaseLabel;
    QLabel* m_sampleBadge;
    WorkspaceNotice* m_notice;
    // The window's jobs.
    ThemeSwitcher* m_themes;
    ChartExportActions* m_chartExport;
    PresentationMode* m_presentation;
    SavedViewsMenu* m_savedViews;
    EditActions* m_edits;
    ScoringActions* m_scoring;
    WorkspaceFileActions* m_files;
    // "What Drove This" (issue 15 item 15): made in createDocks(), after the panes above.
    MoveDriversPane* m_drivers = nullptr;
    QDockWidget* m_driversDock = nullptr;
    PriceImpactLoader* m_priceImpacts = nullptr;   // the price around each event, read off the GUI thread
    QHash<QString, QString> m_eventImpactHtml;     // the timeline tooltips' sentiment part, until the prices come
    TokenSummaryLoader* m_summaryLoader = nullptr; // the token table's columns under a language filter
    ReadOnlyActions* m_readOnly;                   // disables the actions that write while the workspace is read-only
};

} // namespace seance
