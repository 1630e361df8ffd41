// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchrandom.h"

#include <QByteArray>

#include <functional>

struct sqlite3_stmt;

namespace seance {
class Database;
}

namespace seance::bench {

// One sentiment_buckets row's sums.
struct SyntheticBucket
{
    qint64 n = 0, scored = 0, pos = 0, neg = 0, unscored = 0;
    double sum = 0, weight = 0, weighted = 0;
    void add(const SyntheticBucket& o)
    {
        n += o.n, scored += o.scored, pos += o.pos, neg += o.neg, unscored += o.unscored;
        sum += o.sum, weight += o.weight, weighted += o.weighted;
    }
};

// Writes sentiment_buckets rows directly, as PostWriter would have folded the posts: a subject's hours, and the
// days and weeks they add up to. Buckets without posts are left out, as PostWriter leaves them out.
class SyntheticBucketWriter
{
public:
    explicit SyntheticBucketWriter(Database& db);
    ~SyntheticBucketWriter();
    SyntheticBucketWriter(const SyntheticBucketWriter&) = delete;
    SyntheticBucketWriter& operator=(const SyntheticBucketWriter&) = delete;

    // hourAt(h) gives hour h after begin (UTC ms, a Monday 00:00), called in order for h = 0 … hours − 1.
    void writeHours(int kind, const QByteArray& id, qint64 begin, int hours,
                    const std::function<SyntheticBucket(int hour)>& hourAt);

private:
    void write(int kind, const QByteArray& id, int granularity, qint64 start, const SyntheticBucket& row);

    sqlite3_stmt* m_insert = nullptr;
};

} // namespace seance::bench
