// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

struct RowCount
{
    QString name; // a table, or a named subset of one ("posts_unscored")
    qint64 rows = 0;
};

// The number of rows in each table of the workspace, in schema order, for `seance stats`. Empty with *error
// naming the count that failed.
std::optional<QList<RowCount>> workspaceRowCounts(const Database& db, QString* error = nullptr);

} // namespace seance
