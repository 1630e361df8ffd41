// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticbuckets.h"

#include "models/storage/database.h"
#include "models/time/granularity.h"

namespace seance::bench {

SyntheticBucketWriter::SyntheticBucketWriter(Database& db)
    : m_writer(db)
{
}

void SyntheticBucketWriter::write(int kind, const QByteArray& id, int granularity, qint64 start, const BucketSums& row)
{
    if (row.n == 0)
        return;
    m_writer.add(SubjectKind(kind), std::string_view(id.constData(), std::size_t(id.size())), Granularity(granularity),
                 start, row);
}

void SyntheticBucketWriter::writeHours(int kind, const QByteArray& id, qint64 begin, int hours,
                                       const std::function<BucketSums(int hour)>& hourAt)
{
    BucketSums day;
    BucketSums week;
    qint64 weekStart = begin;
    for (int h = 0; h < hours; ++h) {
        const qint64 start = begin + h * hourMs;
        const BucketSums hour = hourAt(h);
        write(kind, id, 0, start, hour);
        day += hour;
        week += hour;
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
