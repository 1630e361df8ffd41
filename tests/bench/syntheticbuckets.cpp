// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticbuckets.h"

#include "models/time/granularity.h"
#include "models/storage/database.h"

#include <sqlite3.h>

namespace seance::bench {

SyntheticBucketWriter::SyntheticBucketWriter(Database& db)
{
    sqlite3_prepare_v2(db.handle(),
                       "INSERT INTO sentiment_buckets (subject_kind, subject_id, granularity, bucket_start, n, n_scored, "
                       "n_pos, n_neg, n_unscored, sum_compound, sum_weight, sum_weighted_compound) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                       -1, &m_insert, nullptr);
}

SyntheticBucketWriter::~SyntheticBucketWriter()
{
    sqlite3_finalize(m_insert);
}

void SyntheticBucketWriter::write(int kind, const QByteArray& id, int granularity, qint64 start,
                                  const SyntheticBucket& row)
{
    if (row.n == 0)
        return;
    sqlite3_bind_int(m_insert, 1, kind);
    sqlite3_bind_text(m_insert, 2, id.constData(), int(id.size()), SQLITE_STATIC);
    sqlite3_bind_int(m_insert, 3, granularity);
    sqlite3_bind_int64(m_insert, 4, start);
    sqlite3_bind_int64(m_insert, 5, row.n);
    sqlite3_bind_int64(m_insert, 6, row.scored);
    sqlite3_bind_int64(m_insert, 7, row.pos);
    sqlite3_bind_int64(m_insert, 8, row.neg);
    sqlite3_bind_int64(m_insert, 9, row.unscored);
    sqlite3_bind_double(m_insert, 10, row.sum);
    sqlite3_bind_double(m_insert, 11, row.weight);
    sqlite3_bind_double(m_insert, 12, row.weighted);
    sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
}

void SyntheticBucketWriter::writeHours(int kind, const QByteArray& id, qint64 begin, int hours,
                                       const std::function<SyntheticBucket(int hour)>& hourAt)
{
    SyntheticBucket day;
    SyntheticBucket week;
    qint64 weekStart = begin;
    for (int h = 0; h < hours; ++h) {
        const qint64 start = begin + h * hourMs;
        const SyntheticBucket hour = hourAt(h);
        write(kind, id, 0, start, hour);
        day.add(hour);
        week.add(hour);
        if ((h + 1) % 24 == 0) {
            write(kind, id, 1, start - 23 * hourMs, day);
            day = {};
        }
        if ((h + 1) % (7 * 24) == 0 || h + 1 == hours) {
            write(kind, id, 2, weekStart, week);
            week = {};
            weekStart = start + hourMs;
        }
    }
}

} // namespace seance::bench
