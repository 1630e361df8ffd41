// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/bucketsums.h"
#include "models/time/granularity.h"

#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace seance {

class Database;

// Adds sums to rows of sentiment_buckets with one prepared upsert: a missing bucket is created, an existing one
// grows by the sums. PostWriter flushes its buckets through it; the benchmarks write synthetic buckets with it.
// The caller owns the transaction.
class BucketWriter final
{
public:
    explicit BucketWriter(const Database& db);
    explicit BucketWriter(sqlite3* handle);
    ~BucketWriter();
    BucketWriter(const BucketWriter&) = delete;
    BucketWriter& operator=(const BucketWriter&) = delete;

    // Adds sums (allSubjectsN aside, which is no column) to the bucket of the subject at start. The id's bytes
    // need to live only for the call.
    bool add(SubjectKind kind, std::string_view subjectId, Granularity granularity, qint64 start,
             const BucketSums& sums, QString* error = nullptr);

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_upsert = nullptr;
};

} // namespace seance
