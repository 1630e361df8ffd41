// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tokens/tokenbrowser.h"

#include "models/items/tokenfilterproxymodel.h"
#include "models/items/tokentablemodel.h"
#include "ui/tokens/sparklinedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace seance {

TokenBrowser::TokenBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new TokenTableModel(this))
    , m_proxy(new TokenFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_chainFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
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
    m_tagFilter->setToolTip(tr("Show only tokens with this tag"));
    // The three filters share the row below the search field, so none is clipped in a narrow dock.
    for (QComboBox* filter : {m_chainFilter, m_statusFilter, m_tagFilter}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(9);
    }
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
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &TokenBrowser::showColumnMenu);
    m_table->setColumnHidden(TokenTableModel::IdColumn, true);
    m_table->setItemDelegateForColumn(TokenTableModel::TrendColumn, new SparklineDelegate(m_table));

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_chainFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_tagFilter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
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
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTagFilter(m_tagFilter->currentData().toString());
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit tokensSelected(selectedTokenIds()); });
}

void TokenBrowser::reload(const QSqlDatabase& connection)
{
    // Resetting the model clears the table's selection without a signal, while the ViewState keeps it:
    // the rows are selected again, and a token that is gone leaves the selection through tokensSelected.
    const QStringList selectedBefore = selectedTokenIds();
    const QString currentBefore = currentTokenId();
    m_model->reload(connection);
    refillFilterChoices();
    // A saved header layout can only be applied once the columns exist.
    if (!m_pendingHeaderState.isEmpty()) {
        // A state from another version of the table (other columns) is refused; the defaults apply then.
        if (!m_table->horizontalHeader()->restoreState(m_pendingHeaderState))
            applyDefaultColumnLayout();
        m_pendingHeaderState.clear();
    } else if (!m_headerRestored) {
        applyDefaultColumnLayout();
    }
    m_headerRestored = true;
    m_table->setColumnHidden(TokenTableModel::IdColumn, true);
    for (const int price : {TokenTableModel::PriceColumn, TokenTableModel::PriceChangeColumn})
        m_table->setColumnHidden(price, !m_model->hasPrices()); // only when a token has a price series
    updateSummary();
    if (!selectedBefore.isEmpty()) {
        selectTokens(selectedBefore);
        setCurrentToken(currentBefore);
        const QStringList selectedAfter = selectedTokenIds();
        if (QSet<QString>(selectedAfter.begin(), selectedAfter.end())
            != QSet<QString>(selectedBefore.begin(), selectedBefore.end()))
            emit tokensSelected(selectedAfter);
    }
}

void TokenBrowser::setCurrentToken(const QString& id)
{
    const QList<QModelIndex> rows = rowsOf({id});
    if (!rows.isEmpty())
        m_table->selectionModel()->setCurrentIndex(rows.constFirst(), QItemSelectionModel::NoUpdate);
}

QList<QModelIndex> TokenBrowser::rowsOf(const QStringList& ids) const
{
    QList<QModelIndex> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, TokenTableModel::NameColumn);
        if (ids.contains(index.data(TokenTableModel::TokenIdRole).toString()))
            rows.append(index);
    }
    return rows;
}

// What a hobbyist scans first (name, trend, latest value, change, volume) comes first; the catalogue details
// follow. The header's context menu hides and shows columns, and the layout is saved with the window.
void TokenBrowser::applyDefaultColumnLayout()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int order[] = {
        TokenTableModel::NameColumn,   TokenTableModel::SymbolColumn,      TokenTableModel::TrendColumn,
        TokenTableModel::LatestColumn, TokenTableModel::ChangeColumn,      TokenTableModel::VolumeColumn,
        TokenTableModel::PriceColumn,  TokenTableModel::PriceChangeColumn, TokenTableModel::ChainColumn,
        TokenTableModel::StatusColumn, TokenTableModel::TagsColumn,        TokenTableModel::LaunchedColumn,
        TokenTableModel::SupplyColumn};
    int visual = 1; // visual 0 holds the hidden id column
    for (const int logical : order)
        header->moveSection(header->visualIndex(logical), visual++);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(TokenTableModel::TrendColumn, 96);
    m_table->setColumnWidth(TokenTableModel::TagsColumn, std::min(m_table->columnWidth(TokenTableModel::TagsColumn), 160));
}

void TokenBrowser::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    const QAbstractItemModel* model = m_table->model();
    for (int column = TokenTableModel::NameColumn; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The name column stays, so a row can always be recognised and selected.
        action->setEnabled(column != TokenTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Default Columns"), this, [this] {
        for (int column = TokenTableModel::NameColumn; column < m_table->model()->columnCount(); ++column)
            m_table->setColumnHidden(column, false);
        applyDefaultColumnLayout();
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void TokenBrowser::setSentimentSummaries(const QList<TokenSummary>& summaries, Metric metric)
{
    m_model->setSentimentSummaries(summaries, metric);
}

void TokenBrowser::refillFilterChoices()
{
    QSet<QString> chains;
    QSet<QString> tags;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        chains.insert(index.data(TokenTableModel::ChainRole).toString());
        const QStringList rowTags = index.data(TokenTableModel::TagsRole).toStringList();
        for (const QString& tag : rowTags)
            tags.insert(tag);
    }
    refillChoices(m_chainFilter, tr("Any chain"), QStringList(chains.begin(), chains.end()));
    refillChoices(m_tagFilter, tr("Any tag"), QStringList(tags.begin(), tags.end()));
    m_proxy->setChainFilter(m_chainFilter->currentData().toString());
    m_proxy->setTagFilter(m_tagFilter->currentData().toString());
}

// Keeps the current choice when it still exists, so a reload after an edit does not reset the filter.
void TokenBrowser::refillChoices(QComboBox* combo, const QString& anyLabel, QStringList values)
{
    const QString current = combo->currentData().toString();
    values.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyLabel, QString());
    for (const QString& value : std::as_const(values))
        combo->addItem(value, value);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep < 0 ? 0 : keep);
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
                                 "\"Any chain\", \"Any status\" and \"Any tag\"."));
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
    for (const QModelIndex& index : rowsOf(ids))
        selection.select(index, index);
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

// The saved header carries the table's layout version: a state saved for other columns is dropped and the
// default layout applies, rather than whatever QHeaderView makes of a different column count.
static const QByteArray headerStateVersion = QByteArrayLiteral("tokens-v2:");

QByteArray TokenBrowser::saveHeaderState() const
{
    return headerStateVersion + m_table->horizontalHeader()->saveState();
}

void TokenBrowser::restoreHeaderState(const QByteArray& state)
{
    m_pendingHeaderState = state.startsWith(headerStateVersion) ? state.mid(headerStateVersion.size()) : QByteArray();
}

} // namespace seance
