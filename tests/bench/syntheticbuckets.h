// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchrandom.h"

#include "models/storage/bucketwriter.h"

#include <QByteArray>

#include <functional>

namespace seance {
class Database;
}

namespace seance::bench {

// Writes sentiment_buckets rows directly, as PostWriter would have folded the posts: a subject's hours, and the
// days and weeks they add up to. Buckets without posts are left out, as PostWriter leaves them out.
class SyntheticBucketWriter
{
public:
    explicit SyntheticBucketWriter(Database& db);
    SyntheticBucketWriter(const SyntheticBucketWriter&) = delete;
    SyntheticBucketWriter& operator=(const SyntheticBucketWriter&) = delete;

    // hourAt(h) gives hour h after begin (UTC ms, a Monday 00:00), called in order for h = 0 … hours − 1.
    void writeHours(int kind, const QByteArray& id, qint64 begin, int hours,
                    const std::function<BucketSums(int hour)>& hourAt);

private:
    void write(int kind, const QByteArray& id, int granularity, qint64 start, const BucketSums& row);

    BucketWriter m_writer;
};

} // namespace seance::bench
