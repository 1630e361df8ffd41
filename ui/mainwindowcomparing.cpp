// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's panes in the mediator: Compare Narratives and the event impact table, their docks, menu entries,
// persistence, and the impact figures they share with the timeline's event tooltips.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "models/chart/chartworkspacefacts.h"
#include "models/items/eventimpactmodel.h"
#include "models/sentiment/buckets/eventimpactrows.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "ui/common/eventimpacttext.h"
#include "ui/compare/comparepane.h"
#include "ui/impact/impactpane.h"
#include "ui/timeline/eventtooltip.h"
#include "ui/timeline/narrativetimelinepane.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonDocument>
#include <QMenu>
#include <QStatusBar>

namespace seance {

void MainWindow::createComparingDocks()
{
    m_compare = new ComparePane(m_state, this);
    m_impact = new ImpactPane(m_state, this);
    m_compare->setImpactDays(m_impact->days());
    const QJsonDocument saved = QJsonDocument::fromJson(AppSettings::value(Setting::CompareSetupJson).toByteArray());
    if (saved.isObject())
        m_compare->fromJson(saved.object()); // a malformed saved setup leaves the pane empty, nothing worse

    // Tabbed with the posts under the central column: the chart and the timeline keep their shared x axis, and
    // the comparison gets the full window width its day axis needs.
    auto makeDock = [this](const QString& title, const QString& name, QWidget* pane) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name); // saveState() needs stable names
        dock->setWidget(pane);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_postsDock, dock);
        return dock;
    };
    m_compareDock = makeDock(tr("Compare Narratives"), QStringLiteral("compareDock"), m_compare);
    m_impactDock = makeDock(tr("Event Impact"), QStringLiteral("impactDock"), m_impact);
    m_postsDock->raise();
}

void MainWindow::addComparingViewActions(QMenu* view)
{
    const std::pair<QDockWidget*, QKeySequence> docks[] = {
        {m_compareDock, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)},
        {m_impactDock, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I)},
    };
    for (const auto& [dock, key] : docks) {
        // Not the dock's own toggleViewAction(): a tabbed dock behind the Posts tab counts as "visible", so
        // toggling would hide it when the user asked to see it. This action brings it to the front instead, and
        // hides it only when it is already in front.
        auto* action = new QAction(dock->windowTitle(), this);
        action->setCheckable(true);
        action->setShortcut(key);
        action->setChecked(dock->isVisible() && !dock->visibleRegion().isEmpty());
        connect(dock, &QDockWidget::visibilityChanged, action, &QAction::setChecked);
        connect(action, &QAction::triggered, dock, [dock = dock, action] {
            const bool inFront = dock->isVisible() && !dock->visibleRegion().isEmpty();
            if (inFront) {
                dock->hide();
            } else {
                dock->show();
                dock->raise();
            }
            action->setChecked(!inFront);
        });
        view->addAction(action);
    }
}

void MainWindow::connectComparing()
{
    connect(m_impact, &ImpactPane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_compare, &ComparePane::eventActivated, this, &MainWindow::focusEvent);
    connect(m_impact, &ImpactPane::daysChanged, this, [this](int days) {
        m_compare->setImpactDays(days);
        updateEventImpacts();
    });
    connect(m_state, &ViewState::metricChanged, this, &MainWindow::updateEventImpacts);
    m_compare->setDialogSeam(m_dialogs);
}

void MainWindow::reloadComparing(const ChartWorkspaceFacts& facts)
{
    m_compare->setDialogSeam(m_dialogs);
    m_compare->setSampleData(facts.sampleData);
    m_compare->setWorkspace(m_db->isOpen() ? m_db.get() : nullptr, facts.narratives, facts.tokenLabels,
                            facts.events);
    updateEventImpacts();
}

void MainWindow::updateEventImpacts()
{
    if (!m_db->isOpen()) {
        m_impact->setRows({}, m_state->metric(), m_impact->days());
        m_timeline->setEventImpacts({});
        return;
    }
    QHash<QString, QString> titles;
    for (const NarrativeRecord& narrative : NarrativeStore(*m_db).all())
        titles.insert(narrative.id, narrative.title);
    for (const TokenRecord& token : TokenStore(*m_db).all())
        titles.insert(token.id, chartTokenLabel(token)); // a ticker is not an identity: "GHOST" names two tokens
    const Metric metric = m_state->metric();
    const int days = m_impact->days();
    BucketQuery query(*m_db);
    QString error;
    const auto rows = eventImpactRows(query, EventStore(*m_db).all(), titles, metric, days, &error);
    if (!rows) {
        m_impact->setError(tr("The event impacts could not be computed: %1").arg(error));
        m_timeline->setEventImpacts({});
        return;
    }
    m_impact->setRows(*rows, metric, days);
    QList<EventRecord> events; // the price around each event, where a price series covers it (models/market)
    for (const EventImpactRow& row : *rows)
        events.append(row.event);
    const QHash<QString, PriceImpact> prices = eventPriceImpacts(*m_db, events, days);
    m_impact->model()->setPriceImpacts(prices);
    QHash<QString, QString> impactHtml;
    for (const EventImpactRow& row : *rows) {
        const PriceImpact price = prices.value(row.event.id);
        if (!row.subjectId.isEmpty())
            impactHtml.insert(row.event.id, eventImpactHtml(row.impact, metric, days) +
                                                priceImpactHtml(price, titles.value(price.tokenId), days));
    }
    m_timeline->setEventImpacts(impactHtml);
}

void MainWindow::showComparingDocks()
{
    m_compareDock->show();
    m_impactDock->show();
    m_postsDock->raise();
}

void MainWindow::saveComparingState()
{
    AppSettings::setValue(Setting::CompareSetupJson,
                          QJsonDocument(m_compare->toJson()).toJson(QJsonDocument::Compact));
}

} // namespace seance
