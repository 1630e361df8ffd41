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

class TokenFilterProxyModel;
class TokenTableModel;

// The token catalogue pane: search and filters over a sortable table. It only emits intents.
class TokenBrowser final : public QWidget
{
    Q_OBJECT
public:
    explicit TokenBrowser(QWidget* parent = nullptr);

    void reload(const QSqlDatabase& connection);
    QStringList selectedTokenIds() const;
    // Selects exactly these tokens (those hidden by the filters stay unselected); emits no intent.
    void selectTokens(const QStringList& ids);
    QString currentTokenId() const;
    int visibleTokenCount() const;

    QLineEdit* searchField() const { return m_search; }
    QTableView* tableView() const { return m_table; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void tokensSelected(const QStringList& tokenIds);

private:
    void refillFilterChoices();
    void updateSummary();

    TokenTableModel* m_model;
    TokenFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_chainFilter;
    QComboBox* m_statusFilter;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyState;
    QByteArray m_pendingHeaderState;
    bool m_headerRestored = false;
};

} // namespace seance
