// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The mediator's wiring: pane intents become ViewState changes, ViewState changes reach the panes that are not
// given it, and the window's jobs report back. Every connection of the window is in this file.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "models/chart/datarange.h"
#include "models/chart/eventstepping.h"
#include "models/chart/impacttitles.h"
#include "models/chart/tokensummaryloader.h"
#include "models/editing/workspacechanges.h"
#include "models/items/eventimpactmodel.h"
#include "models/market/priceimpact.h"
#include "models/market/priceimpactloader.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/eventimpactrows.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/common/eventimpacttext.h"
#include "ui/common/retranslator.h"
#include "ui/common/workspacenotice.h"
#include "ui/compare/comparepane.h"
#include "ui/drivers/movedriverspane.h"
#include "ui/impact/impactpane.h"
#include "ui/posts/postspane.h"
#include "ui/theme/theme.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/tokens/tokenbrowser.h"
#include "ui/tokens/tokendetailpane.h"
#include "ui/workspace/workspacefileactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace seance {

void MainWindow::connectPanes()
{
    // Intents.
    connect(m_tokens, &TokenBrowser::tokensSelected, m_state, &ViewState::setSelectedTokens);
    connect(m_chart, &SentimentChartPane::rangeRequested, m_state, &ViewState::setVisibleRange);
    connect(m_timeline, &NarrativeTimelinePane::rangeRequested, m_state, &ViewState::setVisibleRange);
    connect(m_chart, &SentimentChartPane::hoverRequested, m_state, &ViewState::setHoverTime);
    connect(m_timeline, &NarrativeTimelinePane::hoverRequested, m_state, &ViewState::setHoverTime);
    connect(m_impact, &ImpactPane::daysRequested, m_state, &ViewState::setImpactDays);
    connect(m_posts, &PostsPane::languageRequested, m_state, &ViewState::setPostLanguage);
    connect(m_chart, &SentimentChartPane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_timeline, &NarrativeTimelinePane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_details, &TokenDetailPane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_impact, &ImpactPane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_compare, &ComparePane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_timeline, &NarrativeTimelinePane::eventEditRequested, m_edits, &EditActions::editEvent);
    // The timeline sits under the chart and lines its time axis up with the chart's plot area.
    connect(m_chart, &SentimentChartPane::plotAreaChanged, m_timeline, &NarrativeTimelinePane::setPlotSpan);

    // Followers that are not given the ViewState themselves.
    connect(m_state, &ViewState::selectedTokensChanged, this, &MainWindow::followSelectedTokens);
    connect(m_state, &ViewState::visibleRangeChanged, this, &MainWindow::followVisibleRange);
    connect(m_state, &ViewState::postLanguageChanged, m_posts, &PostsPane::setLanguage);
    connect(m_state, &ViewState::postLanguageChanged, this, &MainWindow::updateTokenSummaries);
    connect(m_summaryLoader, &TokenSummaryLoader::loaded, m_tokens, &TokenBrowser::setSentimentSummaries);
    connect(m_state, &ViewState::metricChanged, this, &MainWindow::updateTokenSummaries);
    connect(m_state, &ViewState::metricChanged, this, &MainWindow::updateEventImpacts);
    connect(m_state, &ViewState::impactDaysChanged, this, [this](int days) {
        AppSettings::setValue(Setting::ImpactDays, days);
        updateEventImpacts();
    });

    // The view is saved a moment after it settles, not only at close, so a crash or a kill keeps it.
    auto* saveLater = new QTimer(this);
    saveLater->setSingleShot(true);
    saveLater->setInterval(1500);
    connect(saveLater, &QTimer::timeout, this, [this] {
        AppSettings::setValue(Setting::ViewStateJson, QJsonDocument(m_state->toJson()).toJson(QJsonDocument::Compact));
    });
    const auto startSaveLater = [saveLater] { saveLater->start(); };
    connect(m_state, &ViewState::selectedTokensChanged, saveLater, startSaveLater);
    connect(m_state, &ViewState::selectedNarrativesChanged, saveLater, startSaveLater);
    connect(m_state, &ViewState::focusedEventChanged, saveLater, startSaveLater);
    connect(m_state, &ViewState::visibleRangeChanged, saveLater, startSaveLater);
    connect(m_state, &ViewState::granularityChanged, saveLater, startSaveLater);
    connect(m_state, &ViewState::metricChanged, saveLater, startSaveLater);
    connect(m_state, &ViewState::smoothingChanged, saveLater, startSaveLater);
}

void MainWindow::connectJobs()
{
    m_priceImpacts = new PriceImpactLoader(this);
    connect(m_priceImpacts, &PriceImpactLoader::loaded, this, &MainWindow::applyPriceImpacts);
    m_chartExport->setPriceShown([this] { return m_chart->isPriceAxisShown(); });
    connect(m_files, &WorkspaceFileActions::openRequested, this, [this](const QString& path) { openDatabase(path); });
    connect(m_notice, &WorkspaceNotice::reloadRequested, this, &MainWindow::reloadPanes);
    connect(m_presentation, &PresentationMode::stepRequested, this, &MainWindow::stepFocusedEvent);
    connect(m_presentation, &PresentationMode::presentingChanged, this, [this] { showPresentationCaption(); });
    connect(m_state, &ViewState::focusedEventChanged, this, [this] { showPresentationCaption(); });
    connect(m_themes, &ThemeSwitcher::themeChanged, this, &MainWindow::followTheme);
    connect(m_savedViews, &SavedViewsMenu::viewOpened, this, &MainWindow::applySavedView);
    connect(m_scoring, &ScoringActions::scorerReady, m_posts, &PostsPane::setScorer);
    connect(m_scoring, &ScoringActions::scorerReady, m_drivers, &MoveDriversPane::setScorer);
    // The chart's context menu: "What Drove This Move?" for the selected token and the visible range.
    auto* explainMove = new QAction(m_chart);
    explainMove->setObjectName(QStringLiteral("whatDroveThisAction"));
    Retranslator::of(this)->add(explainMove, [explainMove] {
        explainMove->setText(tr("What Drove This Move?"));
        explainMove->setStatusTip(tr("List the terms and posts behind the change in sentiment of the visible range"));
    });
    m_chart->addAction(explainMove);
    m_chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(explainMove, &QAction::triggered, this, [this] {
        m_driversDock->show();
        m_driversDock->raise();
        m_drivers->refresh();
    });
    connect(m_scoring, &ScoringActions::rescored, this, &MainWindow::reloadPanes);
    connect(m_chartExport, &ChartExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_savedViews, &SavedViewsMenu::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_scoring, &ScoringActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    // Every edit is one undoable command; whatever it changed, the panes read the workspace again.
    connect(m_changes, &WorkspaceChanges::tokensChanged, this, &MainWindow::reloadPanes);
    connect(m_changes, &WorkspaceChanges::narrativesChanged, this, &MainWindow::reloadPanes);
    connect(m_changes, &WorkspaceChanges::eventsChanged, this, &MainWindow::reloadPanes);
    connect(m_changes, &WorkspaceChanges::editFailed, this,
            [this](const QString& message) { m_dialogs.showError(this, tr("Undo failed"), message); });
}

void MainWindow::reloadPanes()
{
    m_notice->markReloaded();
    m_tokens->reload(m_db->connection());
    updateTokenSummaries();
    m_facts = readChartWorkspaceFacts(*m_db);
    m_sampleBadge->setVisible(m_facts.sampleData);
    m_chart->setSampleData(m_facts.sampleData);
    m_chart->setTokenNames(m_facts.tokenLabels);
    m_posts->setSubjectNames(m_facts.subjectNames);
    m_chart->setEvents(m_facts.events, m_facts.narrativeColors);
    m_timeline->setData(m_facts.narratives, m_facts.events);
    m_compare->setDialogSeam(m_dialogs);
    m_compare->setSampleData(m_facts.sampleData);
    m_compare->setWorkspace(m_db->isOpen() ? m_db.get() : nullptr, m_facts.narratives, m_facts.tokenLabels,
                            m_facts.events);
    m_scoring->prepareScorer();
    m_savedViews->rebuild(); // its Ctrl+Alt+1…9 shortcuts name this workspace's views
    updateDataRange();
    m_chart->reload();
    followSelectedTokens();
    m_impact->setWorkspace(m_db->isOpen() ? m_db->path() : QString(), m_facts.events, m_facts.tokenLabels);
    updateEventImpacts(); // after setWorkspace: in token mode the impact pane starts its job on the new file
    m_drivers->setWorkspace(m_db->isOpen() ? m_db->path() : QString(), m_facts.tokenLabels);
}

void MainWindow::followSelectedTokens()
{
    const QStringList ids = m_state->selectedTokens();
    m_details->showToken(*m_db, ids.isEmpty() ? QString() : ids.constFirst());
    followVisibleRange();
}

void MainWindow::followVisibleRange()
{
    const TimeRange range = m_state->visibleRange();
    m_posts->setScope(m_state->selectedTokens(), range.from, range.to);
}

void MainWindow::followTheme(Theme theme)
{
    m_chart->setChartPalette(chartPalette(theme));
    m_timeline->setTimelinePalette(timelinePalette(theme));
}

void MainWindow::updateDataRange()
{
    const bool wasShowingAll = m_state->visibleRange() == m_state->dataRange();
    m_state->setDataRange(workspaceDataRange(*m_db));
    if (wasShowingAll || m_state->visibleRange().isEmpty())
        m_state->resetRange();
}

void MainWindow::updateTokenSummaries()
{
    // Buckets only, never raw posts: a few small queries per token, fast enough for the GUI thread even on a
    // workspace of millions of posts (bench_bucketquery).
    QString error;
    const Metric metric = m_state->metric();
    m_summaryLoader->cancel();
    if (m_state->postLanguage() != PostLanguage::All && m_db->isOpen()) {
        // One language's columns fold raw posts: a worker reads them (loaded → TokenBrowser, connectPanes()).
        m_summaryLoader->request(m_db->path(), metric, m_state->postLanguage());
        return;
    }
    const auto summaries = BucketQuery(*m_db).tokenSummaries(metric, &error);
    if (!summaries)
        qWarning("Token summaries unavailable: %s", qUtf8Printable(error));
    m_tokens->setSentimentSummaries(summaries.value_or(QList<TokenSummary>()), metric);
}

// The impact table and the timeline's event tooltips show the same figures, for the ViewState's metric and N.
void MainWindow::updateEventImpacts()
{
    const Metric metric = m_state->metric();
    const int days = m_state->impactDays();
    QString error;
    BucketQuery query(*m_db);
    const auto rows = m_db->isOpen()
                          ? eventImpactRows(query, m_facts.events, eventImpactTitles(m_facts), metric, days, &error)
                          : std::optional<QList<EventImpactRow>>(QList<EventImpactRow>());
    if (!rows)
        m_impact->setError(tr("The event impacts could not be computed: %1").arg(error));
    else
        m_impact->setRows(*rows, metric, days);
    // The price around each event too, where a price series covers it: read off the GUI thread, and until it comes
    // the table keeps the figures of the same N and workspace (a metric change) or shows none (another N or file).
    m_eventImpactHtml = eventImpactHtmlById(rows.value_or(QList<EventImpactRow>()), metric, days);
    const QString path = m_db->isOpen() ? m_db->path() : QString();
    if (m_priceImpacts->latest().days == days && m_priceImpacts->latest().databasePath == path) {
        applyPriceImpacts();
    } else {
        m_impact->model()->setPriceImpacts({});
        m_timeline->setEventImpacts(m_eventImpactHtml);
    }
    m_priceImpacts->request(path, m_facts.events, days);
}

void MainWindow::applyPriceImpacts()
{
    const PriceImpactResult& prices = m_priceImpacts->latest();
    m_impact->model()->setPriceImpacts(prices.impacts);
    m_timeline->setEventImpacts(
        withPriceImpactHtml(m_eventImpactHtml, prices.impacts, eventImpactTitles(m_facts), prices.days));
}

void MainWindow::focusEvent(const QString& eventId)
{
    const auto event = std::find_if(m_facts.events.cbegin(), m_facts.events.cend(),
                                    [&eventId](const EventRecord& e) { return e.id == eventId; });
    if (eventId.isEmpty() || event == m_facts.events.cend())
        return;
    m_state->setFocusedEvent(eventId);
    if (const std::optional<TimeRange> reveal = rangeToReveal(m_state->visibleRange(), event->occurredAt))
        m_state->setVisibleRange(*reveal);
}

QList<EventRecord> MainWindow::chartedEvents() const
{
    return eventsInTimeOrder(
        eventsConcerning(m_facts.events, m_state->selectedTokens(), m_state->selectedNarratives()));
}

// Presentation mode's ← and →: never off into events the chart is not about, and at an end the caption says so.
void MainWindow::stepFocusedEvent(int direction)
{
    const QList<EventRecord> events = chartedEvents();
    const std::optional<qsizetype> next =
        steppedEventIndex(events, m_state->focusedEvent(), m_state->visibleRange(), direction);
    if (next)
        focusEvent(events.at(*next).id);
    else if (!events.isEmpty())
        QApplication::beep();
    showPresentationCaption(next || events.isEmpty() ? PresentationMode::StepEnd::None
                            : direction > 0          ? PresentationMode::StepEnd::Last
                                                     : PresentationMode::StepEnd::First);
}

void MainWindow::showPresentationCaption(PresentationMode::StepEnd end)
{
    m_presentation->showFocusedEvent(chartedEvents(), m_facts.events, m_state->focusedEvent(), end);
}

void MainWindow::applySavedView(const SavedViewParts& parts)
{
    applyViewStateJson(parts.view);
    if (parts.theme)
        setTheme(*parts.theme);
    if (parts.comparison)
        m_compare->fromJson(*parts.comparison);
}

} // namespace seance
