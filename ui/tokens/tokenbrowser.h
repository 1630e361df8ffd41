// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QSqlDatabase;
class QStackedWidget;
class QTableView;

namespace seance {

struct TokenSummary;
enum class Metric;
class TokenFilterProxyModel;
class TokenTableModel;

// The token catalogue pane: search and filters over a sortable table. It only emits intents.
class TokenBrowser final : public QWidget
{
    Q_OBJECT
public:
    explicit TokenBrowser(QWidget* parent = nullptr);

    void reload(const QSqlDatabase& connection);
    // The sentiment columns: latest value, 7-day change, 7-day volume and trend of the metric.
    void setSentimentSummaries(const QList<TokenSummary>& summaries, Metric metric);
    // Every selected token, also those the search and filters hide now, first selected first.
    QStringList selectedTokenIds() const;
    // Selects exactly these tokens, shown or hidden by the filters; emits no intent.
    void selectTokens(const QStringList& ids);
    // Selected tokens that the search and filters hide now; they stay selected.
    int hiddenSelectedCount() const;
    // The line under the table ("7 tokens · 2 selected, 1 hidden by the filter"), as shown (rich text).
    QString summaryText() const;
    static QString selectionSummary(int selected, int hidden);
    QString currentTokenId() const;
    int visibleTokenCount() const;

    QLineEdit* searchField() const { return m_search; }
    QComboBox* tagFilter() const { return m_tagFilter; }
    QTableView* tableView() const { return m_table; }

    // Wide enough for the default columns (defaultColumnBudgets()), with numbers whole, before any data.
    QSize sizeHint() const override;
    // (column, width in average characters) of the columns the default layout shows, in their default order.
    // Without prices all of them are in sight at sizeHint(); with prices, Price and its 7-day change take the
    // place of Status and Tags, which the header's menu shows again. Numbers get their width, not the budget.
    static QList<std::pair<int, int>> defaultColumnBudgets();
    static QList<int> priceColumns();
    // What the header's menu does: shows or hides a column. The user's choice for the price columns is kept in
    // the settings (TokenTableHiddenPriceColumns), so a reload or a restart never shows them again.
    void setColumnShown(int column, bool shown);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void tokensSelected(const QStringList& tokenIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every text of the pane, in the installed language
    void refillFilterChoices();
    // Moves the current index to the token's row without changing the selection.
    void setCurrentToken(const QString& id);
    // The Name-column index of each shown row whose token is in ids, in table order.
    QList<QModelIndex> rowsOf(const QStringList& ids) const;
    void applyDefaultColumnLayout();
    // The default widths for the rows the model holds now: numbers whole, text within its budget.
    void fitDefaultColumnWidths();
    void widenNumberColumns();
    // A default column's width before any data: its budget of characters, or for a number its widest usual text.
    int defaultColumnWidth(int column, int characters) const;
    int contentsWidth(int column) const;
    int headerWidth(int column) const; // what the header needs for the column's title
    // A token has a price series and the user has not hidden both price columns.
    bool showsPrices() const;
    void followUserColumnWidths(); // notes when the user resizes a column, whose widths then stay
    // The price columns: shown when a token has a price series and the user has not hidden them.
    void applyPriceColumnVisibility();
    void showColumnMenu(const QPoint& position);
    // A row's menu: the token's line colour, kept for every view and export (TokenColors).
    void showRowMenu(const QPoint& position);
    // Items show label(value) when given (chain names for chain ids), sorted by what they show.
    static void refillChoices(QComboBox* combo, const QString& anyLabel, QStringList values,
                              QString (*label)(const QString&) = nullptr);
    void updateSummary();
    // Runs a change of the search or a filter, then shows the selection's visible part again.
    void filter(const std::function<void()>& change);
    void tableSelectionChanged();
    // Selects the rows of m_selected that the filters show, without taking it for a user's change.
    void showSelectionInTable();
    QStringList tableSelection() const;
    bool isShown(const QString& id) const;
    void followSummaryLink(const QString& link);

    TokenTableModel* m_model;
    TokenFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_chainFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_tagFilter;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyState;
    // The selection as the ViewState has it; the table shows the part of it the filters let through.
    QStringList m_selected;
    bool m_showingSelection = false;
    bool m_headerPressed = false;
    int m_sortColumn = -1; // the column sorted last, so only a first click on another column reverses the order
    QByteArray m_pendingHeaderState;
    // A saved layout was restored, or the default one was applied to rows: later reloads keep the user's widths.
    bool m_headerRestored = false;
    // The widths are the user's (resized by hand or restored): the sentiment columns' values no longer size them.
    bool m_userSizedColumns = false;
    mutable int m_defaultWidth = 0; // sizeHint()'s width, measured on its first call
};

} // namespace seance
