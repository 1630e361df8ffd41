// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/movedrivers.h"

#include <QAbstractTableModel>

namespace seance {

// "What Drove This": the most engaged posts of the range, with their scores; SortRole holds raw values.
class DriverPostModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, EngagementColumn, ScoreColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, PostIdRole };

    explicit DriverPostModel(QObject* parent = nullptr);

    void setPosts(const QList<DriverPost>& posts);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    QList<DriverPost> m_posts;
};

} // namespace seance
