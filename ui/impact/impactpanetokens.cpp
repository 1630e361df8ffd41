// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Event Impact pane's "Measure on" choice: each event's narrative, the selected tokens or chosen tokens.
#include "ui/impact/impactpane.h"

#include "models/analysis/tokenimpactloader.h"
#include "models/appsettings.h"
#include "models/items/eventimpactmodel.h"
#include "models/viewstate.h"

#include <QCollator>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace seance {

void ImpactPane::setUpMeasureControls()
{
    m_measure->setObjectName(QStringLiteral("impactMeasureOn"));
    for (const ImpactMeasure measure :
         {ImpactMeasure::EventNarrative, ImpactMeasure::SelectedTokens, ImpactMeasure::ChosenTokens})
        m_measure->addItem(QString(), impactMeasureName(measure));
    m_tokensButton->setObjectName(QStringLiteral("impactTokensButton"));
    m_tokensButton->setPopupMode(QToolButton::InstantPopup);
    m_tokensButton->setMenu(new QMenu(m_tokensButton));
    m_chosen = AppSettings::value(Setting::ImpactTokens).toStringList();
    setMeasure(impactMeasureFromName(AppSettings::value(Setting::ImpactMeasure).toString()));
    rebuildTokensMenu();

    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMeasure(impactMeasureFromName(m_measure->itemData(index).toString())); });
    connect(m_state, &ViewState::selectedTokensChanged, this, [this] {
        if (m_measureOn == ImpactMeasure::SelectedTokens)
            refresh();
    });
    connect(m_loader, &TokenImpactLoader::loaded, this, &ImpactPane::applyTokenResult);
}

void ImpactPane::setWorkspace(const QString& databasePath, const QList<EventRecord>& events,
                              const QHash<QString, QString>& tokenLabels)
{
    m_databasePath = databasePath;
    m_events = events;
    m_tokenLabels = tokenLabels;
    rebuildTokensMenu();
    if (m_measureOn != ImpactMeasure::EventNarrative)
        refresh();
}

void ImpactPane::setMeasure(ImpactMeasure measure)
{
    const int index = m_measure->findData(impactMeasureName(measure));
    m_measure->setCurrentIndex(index);
    m_tokensButton->setVisible(measure == ImpactMeasure::ChosenTokens);
    if (measure == m_measureOn && m_model->isMeasuredOnTokens() == (measure != ImpactMeasure::EventNarrative))
        return;
    m_measureOn = measure;
    AppSettings::setValue(Setting::ImpactMeasure, impactMeasureName(measure));
    refresh();
}

void ImpactPane::setChosenTokens(const QStringList& ids)
{
    m_chosen = ids;
    m_chosen.removeDuplicates();
    AppSettings::setValue(Setting::ImpactTokens, m_chosen);
    // Tick the menu's entries without rebuilding it: this may run from one of its actions' signals.
    const QList<QAction*> actions = m_tokensButton->menu()->actions();
    for (QAction* action : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_chosen.contains(action->data().toString()));
    }
    updateTokensButton();
    if (m_measureOn == ImpactMeasure::ChosenTokens)
        refresh();
}

void ImpactPane::updateTokensButton()
{
    const int count = int(measuredTokensOf(ImpactMeasure::ChosenTokens).size());
    m_tokensButton->setText(count == 0 ? tr("Choose Tokens…") : tr("Tokens: %1").arg(count));
}

QStringList ImpactPane::measuredTokens() const
{
    return measuredTokensOf(m_measureOn);
}

QStringList ImpactPane::measuredTokensOf(ImpactMeasure measure) const
{
    switch (measure) {
    case ImpactMeasure::SelectedTokens:
        return m_state->selectedTokens();
    case ImpactMeasure::ChosenTokens: {
        QStringList known; // a chosen token that is gone from the workspace is skipped, not an error
        for (const QString& id : m_chosen) {
            if (m_tokenLabels.isEmpty() || m_tokenLabels.contains(id))
                known.append(id);
        }
        return known;
    }
    case ImpactMeasure::EventNarrative:
        break;
    }
    return {};
}

bool ImpactPane::isLoading() const
{
    return m_loader->isBusy();
}

void ImpactPane::rebuildTokensMenu()
{
    QMenu* menu = m_tokensButton->menu();
    menu->clear();
    QStringList ids = m_tokenLabels.keys();
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        return collator.compare(m_tokenLabels.value(a), m_tokenLabels.value(b)) < 0;
    });
    for (const QString& id : std::as_const(ids)) {
        QAction* action = menu->addAction(m_tokenLabels.value(id));
        action->setCheckable(true);
        action->setChecked(m_chosen.contains(id));
        action->setData(id);
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            QStringList chosen = m_chosen;
            if (on)
                chosen.append(id);
            else
                chosen.removeAll(id);
            setChosenTokens(chosen);
        });
    }
    if (ids.isEmpty())
        menu->addAction(tr("No tokens in this workspace"))->setEnabled(false);
    updateTokensButton();
}

void ImpactPane::refresh()
{
    const Metric metric = m_state->metric();
    const int days = m_state->impactDays();
    if (m_measureOn == ImpactMeasure::EventNarrative) {
        m_loader->cancel();
        m_model->setMeasuredOnTokens(false);
        m_model->setRows(m_narrativeRows, metric, days);
        showEmptyState(m_narrativeRows.isEmpty());
        followFocusedEvent(m_state->focusedEvent());
        return;
    }
    m_model->setMeasuredOnTokens(true);
    const QStringList tokens = measuredTokens();
    if (tokens.isEmpty() || m_events.isEmpty() || m_databasePath.isEmpty()) {
        m_loader->cancel();
        m_model->setRows({}, metric, days);
        showEmptyState(true);
        return;
    }
    TokenImpactRequest request;
    request.databasePath = m_databasePath;
    request.events = m_events;
    request.tokenIds = tokens;
    request.titles = m_tokenLabels;
    request.metric = metric;
    request.days = days;
    m_loader->request(request);
}

void ImpactPane::applyTokenResult(const TokenImpactResult& result)
{
    if (!result.error.isEmpty()) {
        setError(tr("The event impacts could not be computed: %1").arg(result.error));
        return;
    }
    m_model->setMeasuredOnTokens(true);
    m_model->setRows(result.rows, m_state->metric(), m_state->impactDays());
    m_model->setTokenPriceImpacts(result.prices);
    showEmptyState(result.rows.isEmpty());
    followFocusedEvent(m_state->focusedEvent());
    emit tokenRowsLoaded();
}

void ImpactPane::retranslateMeasureControls()
{
    m_measure->setItemText(0, tr("Each event's narrative"));
    m_measure->setItemText(1, tr("Selected tokens"));
    m_measure->setItemText(2, tr("Chosen tokens"));
    m_measure->setToolTip(tr("Whose posts each event is measured on: the event's own narrative, the tokens selected "
                             "in the token table, or tokens you choose here (one row per event and token)"));
    m_tokensButton->setToolTip(tr("Choose the tokens every event is measured on"));
    rebuildTokensMenu(); // its "No tokens in this workspace" entry
    updateTokensButton();
}

void ImpactPane::showEmptyState(bool empty)
{
    m_showsError = false;
    if (m_events.isEmpty() && m_measureOn != ImpactMeasure::EventNarrative)
        m_empty->setText(emptyHint());
    else if (m_measureOn == ImpactMeasure::SelectedTokens)
        m_empty->setText(tr("Select one or more tokens in the token table: every event is then measured on each "
                            "of them."));
    else if (m_measureOn == ImpactMeasure::ChosenTokens)
        m_empty->setText(tr("Choose tokens with the button above: every event is then measured on each of them."));
    else
        m_empty->setText(emptyHint());
    m_empty->setVisible(empty);
}

} // namespace seance
