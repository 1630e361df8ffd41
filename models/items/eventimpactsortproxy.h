// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace seance {

// Sorts the event impact table by EventImpactModel::SortRole: numbers as numbers, text by locale, and rows with
// no value last in both directions, because "no posts" is neither the best nor the worst impact.
class EventImpactSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventImpactSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const final;
};

} // namespace seance
