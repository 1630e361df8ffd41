// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/movedrivers.h"

#include <QAbstractTableModel>

namespace seance {

// "What Drove This": the terms that moved a subject's mean sentiment most between two ranges, one row each.
// SortRole holds raw numbers (EventImpactSortProxy sorts by it).
class DriverTermModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TermColumn,
        ChangeColumn,
        BeforeColumn,
        AfterColumn,
        PostsBeforeColumn,
        PostsAfterColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit DriverTermModel(QObject* parent = nullptr);

    void setTerms(const QList<DriverTerm>& terms);
    const QList<DriverTerm>& terms() const { return m_terms; }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    QList<DriverTerm> m_terms;
};

} // namespace seance
