// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/impact/impactpane.h"

#include "models/analysis/tokenimpactloader.h"
#include "models/items/eventimpactmodel.h"
#include "models/items/eventimpactsortproxy.h"
#include "models/items/modelretranslation.h"
#include "models/viewstate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace seance {

ImpactPane::ImpactPane(const ViewState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new EventImpactModel(this))
    , m_proxy(new EventImpactSortProxy(this))
    , m_days(new QSpinBox(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_measure(new QComboBox(this))
    , m_tokensButton(new QToolButton(this))
    , m_loader(new TokenImpactLoader(this))
{
    setObjectName(QStringLiteral("impactPane"));
    m_proxy->setSourceModel(m_model);
    m_days->setRange(1, ViewState::maximumImpactDays);
    m_days->setValue(m_state->impactDays());
    m_empty->setText(emptyHint());
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->hide();

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventImpactModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventImpactModel::TitleColumn, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    m_daysLabel = new QLabel(this);
    top->addWidget(m_daysLabel);
    top->addWidget(m_days);
    top->addSpacing(12);
    m_measureLabel = new QLabel(this);
    top->addWidget(m_measureLabel);
    top->addWidget(m_measure);
    top->addWidget(m_tokensButton);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(m_days, &QSpinBox::valueChanged, this, &ImpactPane::daysRequested);
    connect(m_state, &ViewState::impactDaysChanged, m_days, &QSpinBox::setValue);
    const auto activate = [this](const QModelIndex& index) {
        const QString id = index.data(EventImpactModel::EventIdRole).toString();
        if (!id.isEmpty())
            emit eventActivated(id);
    };
    connect(m_table, &QTableView::doubleClicked, this, activate);
    connect(m_table, &QTableView::activated, this, activate);
    connect(m_state, &ViewState::focusedEventChanged, this, &ImpactPane::followFocusedEvent);
    setUpMeasureControls();
    retranslateUi();
}

void ImpactPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImpactPane::retranslateUi()
{
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Compare the metric over this many days before each event with the event's day and the "
                          "days after it (UTC days)"));
    m_daysLabel->setText(tr("Days before and after:"));
    m_measureLabel->setText(tr("Measure on:"));
    retranslateMeasureControls();
    if (!m_showsError)
        showEmptyState(!m_empty->isHidden());
    announceRetranslation(*m_model); // the headers name the metric and the days in the installed language
}

QString ImpactPane::emptyHint()
{
    return tr("No events in this workspace. Add one with Edit › New Event, or import a dataset.");
}

void ImpactPane::setError(const QString& message)
{
    m_model->setRows({}, m_model->metric(), m_model->days());
    m_empty->setText(message);
    m_showsError = true;
    m_empty->show();
}

void ImpactPane::setRows(const QList<EventImpactRow>& rows, Metric metric, int days)
{
    m_narrativeRows = rows;
    if (m_measureOn != ImpactMeasure::EventNarrative) {
        refresh(); // the metric or N changed: the token rows follow
        return;
    }
    m_model->setMeasuredOnTokens(false);
    m_model->setRows(rows, metric, days);
    showEmptyState(rows.isEmpty());
    followFocusedEvent(m_state->focusedEvent());
}

QString ImpactPane::eventAtRow(int viewRow) const
{
    return m_proxy->index(viewRow, 0).data(EventImpactModel::EventIdRole).toString();
}

void ImpactPane::followFocusedEvent(const QString& eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

} // namespace seance
