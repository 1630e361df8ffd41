// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tokens/tokenbrowser.h"

#include "models/items/tokenfilterproxymodel.h"
#include "models/items/tokentablemodel.h"
#include "ui/chart/chartpalette.h"
#include "ui/tokens/chainnames.h"
#include "ui/tokens/sparklinedelegate.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
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

    m_search->setClearButtonEnabled(true);
    // The three filters share the row below the search field, so none is clipped in a narrow dock.
    for (QComboBox* filter : {m_chainFilter, m_statusFilter, m_tagFilter}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(9);
    }
    for (const char* status : {"", "live", "hypothetical", "defunct"})
        m_statusFilter->addItem(QString(), QString::fromLatin1(status));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TokenTableModel::NameColumn, Qt::AscendingOrder);
    m_sortColumn = TokenTableModel::NameColumn;
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight); // a narrowed header reads "Posts…", not "ost"
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &TokenBrowser::showColumnMenu);
    m_table->setColumnHidden(TokenTableModel::IdColumn, true);
    // A number that is better when larger (latest value, 7-day Δ, posts) sorts largest first on the first click,
    // as people scan for the leaders, and text A to Z, whatever order the previous column had; a second click
    // turns it round.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                const bool newColumn = std::exchange(m_sortColumn, column) != column;
                if (!m_headerPressed) // a restored layout keeps its order
                    return;
                const bool largestFirst = column == TokenTableModel::LatestColumn ||
                                          column == TokenTableModel::ChangeColumn ||
                                          column == TokenTableModel::VolumeColumn;
                const Qt::SortOrder natural = largestFirst ? Qt::DescendingOrder : Qt::AscendingOrder;
                if (newColumn && order != natural)
                    m_table->sortByColumn(column, natural);
            });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionPressed, this, [this] { m_headerPressed = true; });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] { m_headerPressed = false; });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TokenBrowser::showRowMenu);
    m_table->setItemDelegateForColumn(TokenTableModel::TrendColumn, new SparklineDelegate(m_table));
    followUserColumnWidths();

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

    m_chainFilter->setObjectName(QStringLiteral("chainFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_summary->setObjectName(QStringLiteral("tokenSelectionSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    connect(m_summary, &QLabel::linkActivated, this, &TokenBrowser::followSummaryLink);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString& text) { filter([this, text] { m_proxy->setSearchText(text); }); });
    connect(m_chainFilter, &QComboBox::currentIndexChanged, this,
            [this] { filter([this] { m_proxy->setChainFilter(m_chainFilter->currentData().toString()); }); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { filter([this] { m_proxy->setStatusFilter(m_statusFilter->currentData().toString()); }); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { filter([this] { m_proxy->setTagFilter(m_tagFilter->currentData().toString()); }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokenBrowser::tableSelectionChanged);
    retranslateUi();
}

void TokenBrowser::filter(const std::function<void()>& change)
{
    // A filter hides rows, never selected tokens. The selection model drops a row's selection while the row is
    // still in the proxy (rowsAboutToBeRemoved), which would read as the user deselecting it: not listened to
    // here. A token that comes back into view is shown selected again.
    {
        const QScopedValueRollback guard(m_showingSelection, true);
        change();
    }
    showSelectionInTable();
    updateSummary();
}

void TokenBrowser::tableSelectionChanged()
{
    if (m_showingSelection)
        return;
    // The user changed the selection among the rows shown. Tokens the filters hide keep their place: the row
    // is out of sight, not deselected (the summary says how many). Selected tokens keep their order, so the
    // first stays the primary series; newly selected ones follow in table order.
    const QStringList shownSelected = tableSelection();
    QStringList next;
    for (const QString& id : std::as_const(m_selected)) {
        if (shownSelected.contains(id) || !isShown(id))
            next << id;
    }
    for (const QString& id : shownSelected) {
        if (!next.contains(id))
            next << id;
    }
    if (next == m_selected)
        return;
    m_selected = next;
    updateSummary();
    emit tokensSelected(m_selected);
}

void TokenBrowser::showSelectionInTable()
{
    const QScopedValueRollback guard(m_showingSelection, true);
    QItemSelection selection;
    for (const QModelIndex& index : rowsOf(m_selected))
        selection.select(index, index);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool TokenBrowser::isShown(const QString& id) const
{
    return !rowsOf({id}).isEmpty();
}

int TokenBrowser::hiddenSelectedCount() const
{
    return int(
        std::count_if(m_selected.cbegin(), m_selected.cend(), [this](const QString& id) { return !isShown(id); }));
}

void TokenBrowser::followSummaryLink(const QString& link)
{
    if (link == QLatin1String("show")) {
        m_search->clear();
        for (QComboBox* filter : {m_chainFilter, m_statusFilter, m_tagFilter})
            filter->setCurrentIndex(0);
    } else if (link == QLatin1String("deselect")) {
        QStringList shown;
        for (const QString& id : std::as_const(m_selected)) {
            if (isShown(id))
                shown << id;
        }
        m_selected = shown;
        updateSummary();
        emit tokensSelected(m_selected);
    }
}

void TokenBrowser::reload(const QSqlDatabase& connection)
{
    // Resetting the model clears the table's selection without a signal, while the ViewState keeps it:
    // the rows are selected again, and a token that is gone leaves the selection through tokensSelected.
    const QStringList selectedBefore = m_selected;
    const QString currentBefore = currentTokenId();
    m_model->reload(connection);
    refillFilterChoices();
    // A saved header layout can only be applied once the columns exist.
    if (!m_pendingHeaderState.isEmpty()) {
        // A state from another version of the table (other columns) is refused; the defaults apply then.
        m_headerRestored = m_table->horizontalHeader()->restoreState(m_pendingHeaderState);
        m_userSizedColumns = m_headerRestored;
        m_pendingHeaderState.clear();
    }
    // The default widths are measured on the rows, so an empty workspace (a first start, File › New) leaves them
    // to the first one with tokens; from then on the widths are the user's.
    if (!m_headerRestored) {
        applyDefaultColumnLayout();
        m_headerRestored = m_model->rowCount() > 0;
    }
    m_table->setColumnHidden(TokenTableModel::IdColumn, true);
    applyPriceColumnVisibility();
    if (m_userSizedColumns)
        widenNumberColumns();
    if (!selectedBefore.isEmpty()) {
        QSet<QString> existing;
        for (int row = 0; row < m_model->rowCount(); ++row)
            existing.insert(
                m_model->index(row, TokenTableModel::NameColumn).data(TokenTableModel::TokenIdRole).toString());
        QStringList kept;
        for (const QString& id : selectedBefore) {
            if (existing.contains(id))
                kept << id;
        }
        selectTokens(kept);
        setCurrentToken(currentBefore);
        if (kept != selectedBefore)
            emit tokensSelected(kept);
    }
    updateSummary();
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

void TokenBrowser::showRowMenu(const QPoint& position)
{
    const QString id = m_table->indexAt(position).data(TokenTableModel::TokenIdRole).toString();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Line Colour…"), this, [this, id] {
        const QColor current = TokenColors::userColor(id);
        const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(Qt::white), this,
                                                     tr("Line Colour of %1").arg(id));
        if (chosen.isValid())
            TokenColors::instance().setUserColor(id, chosen);
    });
    QAction* reset = menu.addAction(tr("Use the Palette's Colour"), this,
                                    [id] { TokenColors::instance().setUserColor(id, QColor()); });
    reset->setEnabled(TokenColors::userColor(id).isValid());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void TokenBrowser::setSentimentSummaries(const QList<TokenSummary>& summaries, Metric metric)
{
    m_model->setSentimentSummaries(summaries, metric);
    // The sentiment columns are filled after the rows (and again for another metric): measured again while the
    // widths are the defaults; widths the user set or a restored layout are only widened where a figure needs it.
    if (m_model->rowCount() == 0)
        return;
    if (m_userSizedColumns)
        widenNumberColumns(); // the user's widths (or a restored layout), but no figure elided
    else
        fitDefaultColumnWidths();
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
    refillChoices(m_chainFilter, tr("Any chain"), QStringList(chains.begin(), chains.end()), chainDisplayName);
    refillChoices(m_tagFilter, tr("Any tag"), QStringList(tags.begin(), tags.end()));
    m_proxy->setChainFilter(m_chainFilter->currentData().toString());
    m_proxy->setTagFilter(m_tagFilter->currentData().toString());
}

// Keeps the current choice when it still exists, so a reload after an edit does not reset the filter.
void TokenBrowser::refillChoices(QComboBox* combo, const QString& anyLabel, QStringList values,
                                 QString (*label)(const QString&))
{
    const QString current = combo->currentData().toString();
    const auto shown = [label](const QString& value) { return label ? label(value) : value; };
    std::sort(values.begin(), values.end(), [&shown](const QString& a, const QString& b) {
        return shown(a).compare(shown(b), Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyLabel, QString());
    for (const QString& value : std::as_const(values)) {
        combo->addItem(shown(value), value);
        if (shown(value) != value)
            combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole); // the id, as datasets write it
    }
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep < 0 ? 0 : keep);
}

void TokenBrowser::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_emptyState->setText(tr("No tokens in this database yet.\nUse File › Import… to load tokens, "
                                 "narratives and events."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (shown == 0) {
        m_emptyState->setText(tr("No token matches the search and filters.\nClear the search box or pick "
                                 "\"Any chain\", \"Any status\" and \"Any tag\"."));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    QString text =
        shown == total ? tr("%n token(s)", nullptr, total) : tr("%1 of %n token(s) shown", nullptr, total).arg(shown);
    const int hidden = hiddenSelectedCount();
    if (!m_selected.isEmpty())
        text += QStringLiteral(" · ") + selectionSummary(int(m_selected.size()), hidden);
    m_summary->setText(text.toHtmlEscaped() +
                       (hidden > 0 ? QStringLiteral(" — <a href=\"show\">%1</a> · <a href=\"deselect\">%2</a>")
                                         .arg(tr("Show them").toHtmlEscaped(), tr("Deselect").toHtmlEscaped())
                                   : QString()));
    m_summary->setToolTip(hidden > 0 ? tr("Selected tokens stay selected while a filter hides them: the chart and "
                                          "the posts list still show them.")
                                     : QString());
}

QString TokenBrowser::selectionSummary(int selected, int hidden)
{
    return hidden == 0 ? tr("%n selected", nullptr, selected)
                       : tr("%n selected, %1 hidden by the filter", nullptr, selected).arg(hidden);
}

QString TokenBrowser::summaryText() const
{
    return m_summary->text();
}

QStringList TokenBrowser::tableSelection() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(TokenTableModel::TokenIdRole).toString();
    return ids;
}

QStringList TokenBrowser::selectedTokenIds() const
{
    return m_selected;
}

void TokenBrowser::selectTokens(const QStringList& ids)
{
    m_selected = ids;
    m_selected.removeDuplicates();
    showSelectionInTable();
    updateSummary();
}

QString TokenBrowser::currentTokenId() const
{
    return m_table->currentIndex().data(TokenTableModel::TokenIdRole).toString();
}

int TokenBrowser::visibleTokenCount() const
{
    return m_proxy->rowCount();
}

} // namespace seance
