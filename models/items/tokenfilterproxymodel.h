// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace seance {

// Search, chain, status and tag filters over TokenTableModel, plus natural sorting through its SortRole.
class TokenFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenFilterProxyModel(QObject* parent = nullptr);

    // Every whitespace-separated word must appear in the token's name, symbol, chain, status, tags or id.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchWords.join(QLatin1Char(' ')); }
    // Empty strings mean "any".
    void setChainFilter(const QString& chain);
    void setStatusFilter(const QString& status);
    void setTagFilter(const QString& tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const final;
    // Rows without a value (an empty SortRole, e.g. a token without posts in a sentiment column) stay last,
    // whichever way the column is sorted.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const final;

private:
    QStringList m_searchWords;
    QString m_chain;
    QString m_status;
    QString m_tag;
};

} // namespace seance
