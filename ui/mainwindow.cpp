// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's construction, the workspace it has open, its layout and what it remembers.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "models/chart/tokensummaryloader.h"
#include "models/editing/workspacechanges.h"
#include "models/editing/workspaceeditor.h"
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/common/workspacenotice.h"
#include "ui/compare/comparepane.h"
#include "ui/drivers/movedriverspane.h"
#include "ui/impact/impactpane.h"
#include "ui/importexport/importdroptarget.h"
#include "ui/posts/postspane.h"
#include "ui/theme/theme.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/tokens/tokenbrowser.h"
#include "ui/tokens/tokendetailpane.h"
#include "ui/workspace/readonlyactions.h"
#include "ui/workspace/workspacefileactions.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

#include <iterator>
#include <utility>

namespace seance {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::make_unique<Database>())
    , m_state(new ViewState(this))
    , m_undoStack(new QUndoStack(this))
    , m_changes(new WorkspaceChanges(this))
    , m_dialogs(DialogSeam::standard())
    , m_tokens(new TokenBrowser(this))
    , m_details(new TokenDetailPane(this))
    , m_posts(new PostsPane(this))
    , m_chart(new SentimentChartPane(m_state, this))
    , m_timeline(new NarrativeTimelinePane(m_state, this))
    , m_compare(new ComparePane(m_state, this))
    , m_impact(new ImpactPane(m_state, this))
    , m_chartSplitter(new QSplitter(Qt::Vertical, this))
    , m_databaseLabel(new QLabel(this))
    , m_sampleBadge(new QLabel(this))
    , m_notice(new WorkspaceNotice(this))
    , m_themes(new ThemeSwitcher(this))
    , m_chartExport(new ChartExportActions(this, m_state, m_themes, &m_dialogs))
    , m_presentation(new PresentationMode(this, m_chart, m_chartSplitter))
    , m_savedViews(new SavedViewsMenu(this, &m_dialogs,
                                      [this] {
                                          return QJsonObject{{QStringLiteral("view"), m_state->toJson()},
                                                             {QStringLiteral("theme"), themeName(theme())},
                                                             {QStringLiteral("comparison"), m_compare->toJson()}};
                                      }))
    , m_edits(new EditActions(
          this, &m_dialogs, [this] { return m_tokens->currentTokenId(); }, [this] { return m_state->focusedEvent(); }))
    , m_scoring(new ScoringActions(this, &m_dialogs))
    , m_files(new WorkspaceFileActions(this, &m_dialogs))
    , m_readOnly(new ReadOnlyActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_summaryLoader = new TokenSummaryLoader(this);
    m_state->setImpactDays(AppSettings::value(Setting::ImpactDays).toInt());
    const QJsonDocument comparison =
        QJsonDocument::fromJson(AppSettings::value(Setting::CompareSetupJson).toByteArray());
    if (comparison.isObject())
        m_compare->fromJson(comparison.object()); // a malformed saved setup leaves the pane empty, nothing worse
    m_savedViews->setDatabase(m_db.get());
    m_scoring->setDatabase(m_db.get());

    // The chart and the timeline share one column so their time axes can be pixel-aligned.
    m_chartSplitter->addWidget(m_chart);
    m_chartSplitter->addWidget(m_timeline);
    m_chartSplitter->setStretchFactor(0, 4);
    m_chartSplitter->setStretchFactor(1, 1);
    m_chartSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_chartSplitter);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createDocks();

    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_sampleBadge->setStyleSheet(QStringLiteral("QLabel { background: #6b3fa0; color: white; font-weight: bold; "
                                                "padding: 1px 6px; border-radius: 3px; }"));
    m_sampleBadge->hide();
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_sampleBadge);
    m_notice->setObjectName(QStringLiteral("workspaceNotice")); // read-only, or changed by another Seance
    statusBar()->addPermanentWidget(m_notice);

    followTheme(m_themes->theme());
    createMenus();
    new ImportDropTarget(this, [this](const QString& path) { importDataset(path); }); // drop a file to import it
    connectPanes();
    connectJobs();
    m_defaultLayout = saveState();
    restoreWindowState();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    m_undoStack->clear(); // its commands refer to the database, which goes first otherwise
    // The panes' models hold queries on the workspace's connection, so they must go before the Database that owns
    // it (child widgets are otherwise deleted after the members).
    qDeleteAll(m_docks);
    delete takeCentralWidget();
}

bool MainWindow::openDatabase(const QString& path, bool readOnly)
{
    auto next = std::make_unique<Database>();
    QString error;
    if (!next->open(path, &error, Database::Check::Full,
                    readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite)) {
        m_dialogs.showError(this, tr("Cannot open workspace"), error);
        return false;
    }
    const bool sameWorkspace = m_db->isOpen() && QFileInfo(m_db->path()) == QFileInfo(path);
    m_undoStack->clear(); // commands refer to the previous workspace
    m_edits->setWorkspace(nullptr, nullptr);
    m_editor.reset();
    // The previous workspace stays open until every pane has moved to the new one (end of this function).
    const std::unique_ptr<Database> previous = std::exchange(m_db, std::move(next));
    m_editor = std::make_unique<WorkspaceEditor>(*m_db, m_undoStack, m_changes);
    m_edits->setWorkspace(m_db.get(), m_editor.get());
    m_savedViews->setDatabase(m_db.get());
    m_scoring->setDatabase(m_db.get());
    m_files->setCurrentPath(path);
    AppSettings::setValue(Setting::LastDatabase, path);
    AppSettings::addRecentDatabase(path);
    m_files->rebuildRecentMenu();
    m_chart->setDatabasePath(path);
    m_chartExport->setDatabasePath(path);
    m_posts->setConnection(m_db->connection());
    m_notice->setDatabase(m_db.get());
    m_readOnly->setReadOnly(m_db->isReadOnly());
    reloadPanes();
    if (!sameWorkspace)
        restoreViewState();
    updateWindowTitle();
    return true;
}

QString MainWindow::databasePath() const
{
    return m_db->path();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the panes and menus retranslate themselves: the event reaches every child
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const QString titles[] = {tr("Tokens"),       tr("Token"),          tr("Posts"), tr("Compare Narratives"),
                              tr("Event Impact"), tr("What Drove This")};
    for (qsizetype i = 0; i < m_docks.size() && i < qsizetype(std::size(titles)); ++i)
        m_docks.at(i)->setWindowTitle(titles[i]);
    m_sampleBadge->setText(tr("SAMPLE DATA"));
    m_sampleBadge->setToolTip(tr("The posts in this workspace were generated by Seance's deterministic sample "
                                 "generator. They are not real social-media data."));
    updateWindowTitle();
}

QDockWidget* MainWindow::addPaneDock(const QString& title, const QString& name, QWidget* pane, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() needs stable names
    dock->setWidget(pane);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    QDockWidget* tokens = addPaneDock(tr("Tokens"), QStringLiteral("tokensDock"), m_tokens, Qt::LeftDockWidgetArea);
    QDockWidget* details = addPaneDock(tr("Token"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    QDockWidget* posts = addPaneDock(tr("Posts"), QStringLiteral("postsDock"), m_posts, Qt::BottomDockWidgetArea);
    // Tabbed with the posts under the central column: the chart and the timeline keep their shared x axis, and
    // the comparison gets the full window width its day axis needs.
    tabifyDockWidget(posts, addPaneDock(tr("Compare Narratives"), QStringLiteral("compareDock"), m_compare,
                                        Qt::BottomDockWidgetArea));
    tabifyDockWidget(posts,
                     addPaneDock(tr("Event Impact"), QStringLiteral("impactDock"), m_impact, Qt::BottomDockWidgetArea));
    m_drivers = new MoveDriversPane(m_state, this);
    m_driversDock =
        addPaneDock(tr("What Drove This"), QStringLiteral("driversDock"), m_drivers, Qt::BottomDockWidgetArea);
    tabifyDockWidget(posts, m_driversDock);
    posts->raise();
    // The token dock as wide as its default columns, so that none sits half behind its edge; the Token pane gives
    // up the width, so that the chart keeps room to spare (a chart at its least width moved by a pixel whenever a
    // hover label changed the layout).
    resizeDocks({tokens, details}, {m_tokens->sizeHint().width(), 240}, Qt::Horizontal);
    resizeDocks({posts}, {260}, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    applyDefaultChartSplit();
    for (QDockWidget* dock : std::as_const(m_docks))
        dock->show();
    m_docks.at(2)->raise(); // the posts in front of the comparison and the impact table
}

void MainWindow::updateWindowTitle()
{
    const QString path = m_db->path();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Seance") : tr("%1 — Seance").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setText(path.isEmpty() ? tr("No workspace open")
                                            : tr("Workspace: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = AppSettings::value(Setting::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    restoreState(AppSettings::value(Setting::MainWindowState).toByteArray());
    if (!m_chartSplitter->restoreState(AppSettings::value(Setting::ChartSplitterState).toByteArray()))
        applyDefaultChartSplit();
    m_tokens->restoreHeaderState(AppSettings::value(Setting::TokenTableHeaderState).toByteArray());
}

void MainWindow::applyDefaultChartSplit()
{
    // Left to the size hints, the timeline's lanes took more height than the chart. The chart is what people
    // come for: it gets 70 %, which still shows five lanes in a 900-pixel window.
    m_chartSplitter->setSizes({700, 300});
}

void MainWindow::restoreViewState()
{
    const QJsonDocument saved = QJsonDocument::fromJson(AppSettings::value(Setting::ViewStateJson).toByteArray());
    applyViewStateJson(saved.isObject() ? saved.object() : QJsonObject());
}

bool MainWindow::applyViewStateJson(const QJsonObject& json)
{
    const bool applied = m_state->fromJson(json); // a malformed state changes nothing
    // Tokens that are no longer in this workspace are dropped from the selection.
    QStringList kept;
    const TokenStore tokens(*m_db);
    for (const QString& id : m_state->selectedTokens()) {
        if (tokens.contains(id))
            kept << id;
    }
    m_state->setSelectedTokens(kept);
    m_tokens->selectTokens(kept);
    return applied;
}

void MainWindow::saveWindowState()
{
    AppSettings::setValue(Setting::MainWindowGeometry, saveGeometry());
    AppSettings::setValue(Setting::MainWindowState, saveState());
    AppSettings::setValue(Setting::ChartSplitterState, m_chartSplitter->saveState());
    AppSettings::setValue(Setting::TokenTableHeaderState, m_tokens->saveHeaderState());
    AppSettings::setValue(Setting::ViewStateJson, QJsonDocument(m_state->toJson()).toJson(QJsonDocument::Compact));
    AppSettings::setValue(Setting::CompareSetupJson, QJsonDocument(m_compare->toJson()).toJson(QJsonDocument::Compact));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The layout to remember is the user's, not presentation mode's bare chart.
    setPresenting(false);
    saveWindowState();
    event->accept();
}

} // namespace seance
