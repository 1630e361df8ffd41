// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/eventimpactsortproxy.h"

#include "models/items/eventimpactmodel.h"

namespace seance {

EventImpactSortProxy::EventImpactSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventImpactModel::SortRole);
    setSortLocaleAware(true);
}

bool EventImpactSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid()) {
        // The proxy reverses lessThan for a descending sort, so "empty is greater" must flip with it to stay last.
        if (a.isValid() == b.isValid())
            return left.row() < right.row();
        const bool emptyLast = sortOrder() == Qt::AscendingOrder;
        return a.isValid() ? emptyLast : !emptyLast;
    }
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}

} // namespace seance
