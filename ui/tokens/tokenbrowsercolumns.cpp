// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The columns part of TokenBrowser: the default order and widths, the header's show/hide menu, the price columns'
// visibility (kept in the settings) and the saved header layout.
#include "models/appsettings.h"
#include "models/items/tokentablemodel.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace seance {
namespace {

// The settings name the price columns by key, not by number, so that a new column never shifts them.
QString priceColumnKey(int column)
{
    return column == TokenTableModel::PriceColumn ? QStringLiteral("price") : QStringLiteral("priceChange");
}

bool isPriceColumn(int column)
{
    return column == TokenTableModel::PriceColumn || column == TokenTableModel::PriceChangeColumn;
}

} // namespace

// What a hobbyist scans first (name, trend, latest value and change, the price and its change, volume) comes
// first; the catalogue details follow. The header's context menu hides and shows columns, and the layout is saved with
// the window.
void TokenBrowser::applyDefaultColumnLayout()
{
    QHeaderView* header = m_table->horizontalHeader();
    // The price sits beside the sentiment it is compared with, before the posts count, so that both price
    // columns are in sight in the window's default token dock (460 px).
    const int order[] = {
        TokenTableModel::NameColumn,        TokenTableModel::SymbolColumn, TokenTableModel::TrendColumn,
        TokenTableModel::LatestColumn,      TokenTableModel::ChangeColumn, TokenTableModel::PriceColumn,
        TokenTableModel::PriceChangeColumn, TokenTableModel::VolumeColumn, TokenTableModel::ChainColumn,
        TokenTableModel::StatusColumn,      TokenTableModel::TagsColumn,   TokenTableModel::LaunchedColumn,
        TokenTableModel::SupplyColumn};
    int visual = 1; // visual 0 holds the hidden id column
    for (const int logical : order)
        header->moveSection(header->visualIndex(logical), visual++);
    // Symbol, launch date and supply are details for the Token pane (and the chart's legend); the header's menu
    // brings them back. The other columns get a width budget, so that they are in sight at the pane's default
    // width (sizeHint()): all of them without prices; with prices, everything up to Chain.
    for (const int hidden :
         {TokenTableModel::SymbolColumn, TokenTableModel::LaunchedColumn, TokenTableModel::SupplyColumn})
        m_table->setColumnHidden(hidden, true);
    m_table->resizeColumnsToContents();
    const int character = m_table->fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : defaultColumnBudgets())
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), characters * character));
    m_table->setColumnWidth(TokenTableModel::TrendColumn, 8 * character);
}

QList<std::pair<int, int>> TokenBrowser::defaultColumnBudgets()
{
    return {{TokenTableModel::NameColumn, 13},   {TokenTableModel::TrendColumn, 8},
            {TokenTableModel::LatestColumn, 9},  {TokenTableModel::ChangeColumn, 9},
            {TokenTableModel::PriceColumn, 13},  {TokenTableModel::PriceChangeColumn, 12},
            {TokenTableModel::VolumeColumn, 12}, {TokenTableModel::ChainColumn, 11},
            {TokenTableModel::StatusColumn, 10}, {TokenTableModel::TagsColumn, 13}};
}

QList<int> TokenBrowser::priceColumns()
{
    return {TokenTableModel::PriceColumn, TokenTableModel::PriceChangeColumn};
}

QSize TokenBrowser::sizeHint() const
{
    // The default columns' budgets, known before any workspace is open, so the window can size the dock: the
    // wider of the two default sets (without prices: up to Tags; with prices: up to Chain), so the dock never
    // grows for the price columns.
    int withoutPrices = 0;
    int withPrices = 0;
    bool pastChain = false;
    for (const auto& [column, characters] : defaultColumnBudgets()) {
        if (!isPriceColumn(column))
            withoutPrices += characters;
        if (!pastChain)
            withPrices += characters;
        pastChain = pastChain || column == TokenTableModel::ChainColumn;
    }
    const int characters = std::max(withoutPrices, withPrices);
    const int chrome = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() + 12 + 8;
    return {characters * m_table->fontMetrics().averageCharWidth() + chrome, QWidget::sizeHint().height()};
}

void TokenBrowser::setColumnShown(int column, bool shown)
{
    m_table->setColumnHidden(column, !shown);
    if (!isPriceColumn(column))
        return;
    QStringList hidden = AppSettings::value(Setting::TokenTableHiddenPriceColumns).toStringList();
    hidden.removeAll(priceColumnKey(column));
    if (!shown)
        hidden.append(priceColumnKey(column));
    AppSettings::setValue(Setting::TokenTableHiddenPriceColumns, hidden);
}

void TokenBrowser::applyPriceColumnVisibility()
{
    const QStringList hidden = AppSettings::value(Setting::TokenTableHiddenPriceColumns).toStringList();
    for (const int column : priceColumns())
        m_table->setColumnHidden(column, !m_model->hasPrices() || hidden.contains(priceColumnKey(column)));
}

void TokenBrowser::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    const QAbstractItemModel* model = m_table->model();
    for (int column = TokenTableModel::NameColumn; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The name column stays, so a row can always be recognised and selected; the price columns have nothing
        // to show until a token has a price series.
        action->setEnabled(column != TokenTableModel::NameColumn && (!isPriceColumn(column) || m_model->hasPrices()));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Default Columns"), this, [this] {
        AppSettings::reset(Setting::TokenTableHiddenPriceColumns);
        for (int column = TokenTableModel::NameColumn; column < m_table->model()->columnCount(); ++column)
            m_table->setColumnHidden(column, false);
        applyDefaultColumnLayout();
        applyPriceColumnVisibility();
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

// The saved header carries the table's layout version: a state saved for other columns is dropped and the
// default layout applies, rather than whatever QHeaderView makes of a different column count. v3: the price
// columns moved next to the sentiment columns.
static const QByteArray headerStateVersion = QByteArrayLiteral("tokens-v3:");

QByteArray TokenBrowser::saveHeaderState() const
{
    return headerStateVersion + m_table->horizontalHeader()->saveState();
}

void TokenBrowser::restoreHeaderState(const QByteArray& state)
{
    m_pendingHeaderState = state.startsWith(headerStateVersion) ? state.mid(headerStateVersion.size()) : QByteArray();
}

} // namespace seance
