// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/bucketwriter.h"

#include "models/storage/database.h"

#include <sqlite3.h>

namespace seance {

BucketWriter::BucketWriter(const Database& db)
    : BucketWriter(db.handle())
{
}

BucketWriter::BucketWriter(sqlite3* handle)
    : m_handle(handle)
{
    constexpr const char* sql =
        "INSERT INTO sentiment_buckets (subject_kind, subject_id, granularity, bucket_start, n, n_scored, n_pos, "
        "n_neg, n_unscored, sum_compound, sum_weight, sum_weighted_compound) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT (subject_kind, subject_id, granularity, bucket_start) DO UPDATE SET "
        "n = n + excluded.n, n_scored = n_scored + excluded.n_scored, n_pos = n_pos + excluded.n_pos, "
        "n_neg = n_neg + excluded.n_neg, n_unscored = n_unscored + excluded.n_unscored, "
        "sum_compound = sum_compound + excluded.sum_compound, sum_weight = sum_weight + excluded.sum_weight, "
        "sum_weighted_compound = sum_weighted_compound + excluded.sum_weighted_compound";
    if (m_handle && sqlite3_prepare_v2(m_handle, sql, -1, &m_upsert, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_upsert);
        m_upsert = nullptr;
    }
}

BucketWriter::~BucketWriter()
{
    sqlite3_finalize(m_upsert);
}

bool BucketWriter::add(SubjectKind kind, std::string_view subjectId, Granularity granularity, qint64 start,
                       const BucketSums& sums, QString* error)
{
    sqlite3_stmt* s = m_upsert;
    if (!s) {
        if (error)
            *error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("database is not open");
        return false;
    }
    sqlite3_bind_int(s, 1, static_cast<int>(kind));
    sqlite3_bind_text(s, 2, subjectId.data(), static_cast<int>(subjectId.size()), SQLITE_STATIC);
    sqlite3_bind_int(s, 3, static_cast<int>(granularity));
    sqlite3_bind_int64(s, 4, start);
    sqlite3_bind_int64(s, 5, sums.n);
    sqlite3_bind_int64(s, 6, sums.nScored);
    sqlite3_bind_int64(s, 7, sums.nPos);
    sqlite3_bind_int64(s, 8, sums.nNeg);
    sqlite3_bind_int64(s, 9, sums.nUnscored);
    sqlite3_bind_double(s, 10, sums.sumCompound);
    sqlite3_bind_double(s, 11, sums.sumWeight);
    sqlite3_bind_double(s, 12, sums.sumWeightedCompound);
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(s);
    return ok;
}

} // namespace seance
