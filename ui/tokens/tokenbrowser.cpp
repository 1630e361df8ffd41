// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenbrowser.h"

#include "items/tokenfilterproxymodel.h"
#include "items/tokentablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace seance {

TokenBrowser::TokenBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new TokenTableModel(this))
    , m_proxy(new TokenFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_chainFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search name, symbol, chain or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must match. Example: \"ghost icp\""));
    m_chainFilter->setToolTip(tr("Show only tokens on this chain"));
    m_statusFilter->setToolTip(tr("Live tokens exist on chain; hypothetical ones were only imagined in commentary"));
    m_statusFilter->addItem(tr("Any status"), QString());
    m_statusFilter->addItem(tr("Live"), QStringLiteral("live"));
    m_statusFilter->addItem(tr("Hypothetical"), QStringLiteral("hypothetical"));
    m_statusFilter->addItem(tr("Defunct"), QStringLiteral("defunct"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TokenTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnHidden(TokenTableModel::IdColumn, true);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_chainFilter);
    filters->addWidget(m_statusFilter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateSummary();
    });
    connect(m_chainFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setChainFilter(m_chainFilter->currentData().toString());
        updateSummary();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusFilter->currentData().toString());
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit tokensSelected(selectedTokenIds()); });
}

void TokenBrowser::reload(const QSqlDatabase& connection)
{
    m_model->reload(connection);
    refillFilterChoices();
    // A saved header layout can only be applied once the columns exist.
    if (!m_pendingHeaderState.isEmpty()) {
        m_table->horizontalHeader()->restoreState(m_pendingHeaderState);
        m_pendingHeaderState.clear();
    } else if (!m_headerRestored) {
        m_table->resizeColumnsToContents();
    }
    m_headerRestored = true;
    m_table->setColumnHidden(TokenTableModel::IdColumn, true);
    updateSummary();
}

void TokenBrowser::refillFilterChoices()
{
    const QString current = m_chainFilter->currentData().toString();
    QSet<QString> chains;
    for (int row = 0; row < m_model->rowCount(); ++row)
        chains.insert(m_model->index(row, 0).data(TokenTableModel::ChainRole).toString());
    QStringList sorted(chains.begin(), chains.end());
    sorted.sort();
    const QSignalBlocker blocker(m_chainFilter);
    m_chainFilter->clear();
    m_chainFilter->addItem(tr("Any chain"), QString());
    for (const QString& chain : std::as_const(sorted))
        m_chainFilter->addItem(chain, chain);
    const int keep = m_chainFilter->findData(current);
    m_chainFilter->setCurrentIndex(keep < 0 ? 0 : keep);
    m_proxy->setChainFilter(m_chainFilter->currentData().toString());
}

void TokenBrowser::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_emptyState->setText(tr("No tokens in this database yet.\nUse File › Import Dataset… to load tokens, "
                                 "narratives and events."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (shown == 0) {
        m_emptyState->setText(tr("No token matches the search and filters.\nClear the search box or pick "
                                 "\"Any chain\" and \"Any status\"."));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_summary->setText(shown == total ? tr("%n token(s)", nullptr, total)
                                      : tr("%1 of %n token(s) shown", nullptr, total).arg(shown));
}

QStringList TokenBrowser::selectedTokenIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(TokenTableModel::TokenIdRole).toString();
    return ids;
}

void TokenBrowser::selectTokens(const QStringList& ids)
{
    const QSignalBlocker blocker(this);
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, TokenTableModel::NameColumn);
        if (ids.contains(index.data(TokenTableModel::TokenIdRole).toString()))
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TokenBrowser::currentTokenId() const
{
    return m_table->currentIndex().data(TokenTableModel::TokenIdRole).toString();
}

int TokenBrowser::visibleTokenCount() const
{
    return m_proxy->rowCount();
}

QByteArray TokenBrowser::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TokenBrowser::restoreHeaderState(const QByteArray& state)
{
    m_pendingHeaderState = state;
}

} // namespace seance
