// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The columns part of TokenBrowser: the default order and widths, the header's show/hide menu, the price columns'
// visibility (kept in the settings) and the saved header layout.
#include "models/appsettings.h"
#include "models/items/tokentablemodel.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyle>
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

// A number is shown whole: an elided price ("$0.00086…") or count reads as another value.
bool isNumberColumn(int column)
{
    return isPriceColumn(column) || column == TokenTableModel::LatestColumn ||
           column == TokenTableModel::ChangeColumn || column == TokenTableModel::VolumeColumn;
}

// The widest text a number column usually shows, for sizing it before the data is there: prices have four
// significant digits ("$0.0008669"), changes one decimal, sentiment two.
QString widestNumber(int column)
{
    switch (column) {
    case TokenTableModel::PriceColumn:
        return QStringLiteral("$0.0008888");
    case TokenTableModel::PriceChangeColumn:
        return QStringLiteral("\u221288.8 %");
    case TokenTableModel::VolumeColumn:
        return QStringLiteral("88,888");
    default:
        return QStringLiteral("\u22120.88");
    }
}

} // namespace

// What a hobbyist scans first (name, trend, latest value and change, the price and its change, volume) comes
// first; the catalogue details follow. The header's context menu hides and shows columns, and the layout is saved with
// the window.
void TokenBrowser::applyDefaultColumnLayout()
{
    QHeaderView* header = m_table->horizontalHeader();
    // The price sits beside the sentiment it is compared with, before the posts count.
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
    // brings them back. With prices, Price and its 7-day change take the place of Status and Tags (the filters
    // above the table and the Token pane still show them), so that no column sits half behind the edge or the
    // scrollbar at the pane's default width (sizeHint()).
    for (const int hidden :
         {TokenTableModel::SymbolColumn, TokenTableModel::LaunchedColumn, TokenTableModel::SupplyColumn})
        m_table->setColumnHidden(hidden, true);
    for (const int detail : {TokenTableModel::StatusColumn, TokenTableModel::TagsColumn})
        m_table->setColumnHidden(detail, showsPrices());
    fitDefaultColumnWidths();
}

void TokenBrowser::fitDefaultColumnWidths()
{
    // Numbers get what they show (and their header); text columns give way, down to their budget, and elide.
    // The last visible column stretches to the edge from the width set here, not from the size it had before
    // other columns were hidden (QHeaderView keeps that as its least width).
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    const auto stretchAgain = qScopeGuard([header] { header->setStretchLastSection(true); });
    m_table->resizeColumnsToContents(); // the columns without a budget, for when the header's menu shows them
    const int character = m_table->fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : defaultColumnBudgets()) {
        const int contents = contentsWidth(column);
        m_table->setColumnWidth(column, isNumberColumn(column) ? std::max(contents, defaultColumnWidth(column, 0))
                                                               : std::min(contents, characters * character));
    }
    m_table->setColumnWidth(TokenTableModel::TrendColumn, 8 * character);
}

// Widths the user set (or a layout restored from the last session) are kept, but a number never elides: a column
// narrower than its figures (another metric's "100.0 %", a longer price) grows to them.
void TokenBrowser::widenNumberColumns()
{
    for (const auto& [column, characters] : defaultColumnBudgets()) {
        if (!isNumberColumn(column) || m_table->isColumnHidden(column))
            continue;
        const int needed = contentsWidth(column);
        if (m_table->columnWidth(column) < needed)
            m_table->setColumnWidth(column, needed);
    }
}

int TokenBrowser::defaultColumnWidth(int column, int characters) const
{
    if (!isNumberColumn(column))
        return characters * m_table->fontMetrics().averageCharWidth();
    // As an item view draws a cell: the text between the style's focus-frame margins, one pixel more each side.
    const int margins = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
    return std::max(m_table->fontMetrics().horizontalAdvance(widestNumber(column)) + margins, headerWidth(column));
}

void TokenBrowser::followUserColumnWidths()
{
    // Only a drag or a double click on a section's edge is the user's; the table resizes the stretched last
    // column itself whenever the pane changes width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSizedColumns = true;
    });
}

// What a column's cells and title need, as they are now.
int TokenBrowser::contentsWidth(int column) const
{
    const QAbstractItemView* view = m_table; // sizeHintForColumn() is public there (QTableView's, virtually)
    return std::max(view->sizeHintForColumn(column), headerWidth(column));
}

int TokenBrowser::headerWidth(int column) const
{
    // The title between the header's margins. QHeaderView's own size hint also reserves a bold font and the sort
    // arrow, which only the sorted column shows; a title that meets the arrow elides rather than widen every column.
    const QHeaderView* header = m_table->horizontalHeader();
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + margins;
}

bool TokenBrowser::showsPrices() const
{
    if (!m_model->hasPrices())
        return false;
    const QStringList hidden = AppSettings::value(Setting::TokenTableHiddenPriceColumns).toStringList();
    const QList<int> columns = priceColumns();
    return std::any_of(columns.cbegin(), columns.cend(),
                       [&hidden](int column) { return !hidden.contains(priceColumnKey(column)); });
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
    // The default columns' widths, known before any workspace is open, so the window can size the dock: the
    // wider of the two default sets (without prices: up to Tags; with prices: up to Chain), so the dock never
    // grows for the price columns. Measured once: the headers' titles change with the metric, and a size hint that
    // followed them would make the main window lay its docks out again, moving the chart by a pixel.
    if (m_defaultWidth > 0)
        return {m_defaultWidth, QWidget::sizeHint().height()};
    int withoutPrices = 0;
    int withPrices = 0;
    bool pastChain = false;
    for (const auto& [column, characters] : defaultColumnBudgets()) {
        const int width = defaultColumnWidth(column, characters);
        if (!isPriceColumn(column))
            withoutPrices += width;
        if (!pastChain)
            withPrices += width;
        pastChain = pastChain || column == TokenTableModel::ChainColumn;
    }
    const int chrome = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() + 12 + 8;
    m_defaultWidth = std::max(withoutPrices, withPrices) + chrome;
    return {m_defaultWidth, QWidget::sizeHint().height()};
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
        m_userSizedColumns = false;
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
