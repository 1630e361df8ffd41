// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/tokenfilterproxymodel.h"

#include "models/items/tokentablemodel.h"

namespace seance {

TokenFilterProxyModel::TokenFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TokenFilterProxyModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_searchWords)
        return;
    m_searchWords = words;
    invalidateRowsFilter();
}

void TokenFilterProxyModel::setChainFilter(const QString& chain)
{
    if (chain == m_chain)
        return;
    m_chain = chain;
    invalidateRowsFilter();
}

void TokenFilterProxyModel::setStatusFilter(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void TokenFilterProxyModel::setTagFilter(const QString& tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

bool TokenFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        // Descending sorts reverse lessThan, so "empty is last" must flip with the order.
        const bool emptyIsGreater = sortOrder() == Qt::AscendingOrder;
        return a.isValid() ? emptyIsGreater : !emptyIsGreater;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_chain.isEmpty() && index.data(TokenTableModel::ChainRole).toString() != m_chain)
        return false;
    if (!m_status.isEmpty() && index.data(TokenTableModel::StatusRole).toString() != m_status)
        return false;
    if (!m_tag.isEmpty() && !index.data(TokenTableModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = index.data(TokenTableModel::SearchTextRole).toString();
    for (const QString& word : m_searchWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace seance
