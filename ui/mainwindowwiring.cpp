// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The mediator's wiring: pane intents become ViewState changes, and ViewState changes reach the panes.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/posts/postspane.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/tokens/tokenbrowser.h"
#include "ui/tokens/tokendetailpane.h"
#include "models/viewstate.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QTimer>

namespace seance {

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString& title, const QString& name, QWidget* pane, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name); // saveState() needs stable names
        dock->setWidget(pane);
        addDockWidget(area, dock);
        return dock;
    };
    m_tokensDock = makeDock(tr("Tokens"), QStringLiteral("tokensDock"), m_tokens, Qt::LeftDockWidgetArea);
    m_detailsDock = makeDock(tr("Token"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    m_postsDock = makeDock(tr("Posts"), QStringLiteral("postsDock"), m_posts, Qt::BottomDockWidgetArea);
    resizeDocks({m_tokensDock, m_detailsDock}, {460, 300}, Qt::Horizontal);
    resizeDocks({m_postsDock}, {260}, Qt::Vertical);
}

void MainWindow::connectPanes()
{
    // Intents.
    connect(m_tokens, &TokenBrowser::tokensSelected, m_state, &ViewState::setSelectedTokens);
    connect(m_chart, &SentimentChartPane::rangeRequested, m_state, &ViewState::setVisibleRange);
    connect(m_timeline, &NarrativeTimelinePane::rangeRequested, m_state, &ViewState::setVisibleRange);
    connect(m_chart, &SentimentChartPane::hoverRequested, m_state, &ViewState::setHoverTime);
    connect(m_timeline, &NarrativeTimelinePane::hoverRequested, m_state, &ViewState::setHoverTime);
    connect(m_chart, &SentimentChartPane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_timeline, &NarrativeTimelinePane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_details, &TokenDetailPane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_timeline, &NarrativeTimelinePane::eventEditRequested, this, &MainWindow::editEvent);
    // The timeline sits under the chart and lines its time axis up with the chart's plot area.
    connect(m_chart, &SentimentChartPane::plotAreaChanged, m_timeline, &NarrativeTimelinePane::setPlotSpan);

    // Followers that are not given the ViewState themselves.
    connect(m_state, &ViewState::selectedTokensChanged, this, &MainWindow::followSelectedTokens);
    connect(m_state, &ViewState::visibleRangeChanged, this, &MainWindow::followVisibleRange);
    connect(m_state, &ViewState::metricChanged, this, &MainWindow::updateTokenSummaries);

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

void MainWindow::focusEvent(const QString& eventId)
{
    if (eventId.isEmpty())
        return;
    const std::optional<EventRecord> event = EventStore(*m_db).find(eventId);
    if (!event)
        return;
    m_state->setFocusedEvent(eventId);
    if (const std::optional<TimeRange> reveal =
            NarrativeTimelinePane::rangeToReveal(m_state->visibleRange(), event->occurredAt))
        m_state->setVisibleRange(*reveal);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    applyDefaultChartSplit();
    for (QDockWidget* dock : {m_tokensDock, m_detailsDock, m_postsDock})
        dock->show();
    showComparingDocks();
}

} // namespace seance
