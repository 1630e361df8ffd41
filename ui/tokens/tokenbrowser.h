// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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
    QStringList selectedTokenIds() const;
    // Selects exactly these tokens (those hidden by the filters stay unselected); emits no intent.
    void selectTokens(const QStringList& ids);
    QString currentTokenId() const;
    int visibleTokenCount() const;

    QLineEdit* searchField() const { return m_search; }
    QComboBox* tagFilter() const { return m_tagFilter; }
    QTableView* tableView() const { return m_table; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void tokensSelected(const QStringList& tokenIds);

private:
    void refillFilterChoices();
    // Moves the current index to the token's row without changing the selection.
    void setCurrentToken(const QString& id);
    // The Name-column index of each shown row whose token is in ids, in table order.
    QList<QModelIndex> rowsOf(const QStringList& ids) const;
    void applyDefaultColumnLayout();
    void showColumnMenu(const QPoint& position);
    static void refillChoices(QComboBox* combo, const QString& anyLabel, QStringList values);
    void updateSummary();

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
    QByteArray m_pendingHeaderState;
    bool m_headerRestored = false;
};

} // namespace seance
