// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/rowcounts.h"

#include "models/storage/database.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>

namespace seance {
namespace {

// Fixed names and conditions only: no value reaches this SQL. A table added by a migration adds a line here.
struct Count
{
    const char* name;
    const char* sql;
};

constexpr Count counts[] = {
    {"tokens", "SELECT count(*) FROM tokens"},
    {"tags", "SELECT count(*) FROM tags"},
    {"narratives", "SELECT count(*) FROM narratives"},
    {"events", "SELECT count(*) FROM events"},
    {"event_tokens", "SELECT count(*) FROM event_tokens"},
    {"posts", "SELECT count(*) FROM posts"},
    {"posts_unscored", "SELECT count(*) FROM posts WHERE compound IS NULL"},
    {"sentiment_buckets", "SELECT count(*) FROM sentiment_buckets"},
    {"series", "SELECT count(*) FROM series"},
    {"series_points", "SELECT count(*) FROM series_points"},
    {"saved_views", "SELECT count(*) FROM saved_views"},
};

} // namespace

std::optional<QList<RowCount>> workspaceRowCounts(const Database& db, QString* error)
{
    QList<RowCount> rows;
    for (const Count& count : counts) {
        SqlStatement s(db.handle(), count.sql);
        if (!s.next()) {
            failWith(error, QCoreApplication::translate("seance::RowCounts", "Cannot count %1: %2")
                                .arg(QLatin1String(count.name), s.errorMessage()));
            return std::nullopt;
        }
        rows.append({QString::fromLatin1(count.name), s.int64(0)});
    }
    return rows;
}

} // namespace seance
