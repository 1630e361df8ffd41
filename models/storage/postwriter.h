// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/bucketsums.h"
#include "models/storage/records.h"
#include "models/time/granularity.h"

#include <QString>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace seance {

class Database;

// A post as UTF-8 views, for the streaming importers: no QString conversion on the hot path.
// Empty views mean NULL (no id, no token, ...).
struct PostView
{
    std::string_view externalId;
    std::string_view tokenId;
    std::string_view narrativeId;
    qint64 postedAt = 0;
    std::string_view author;
    std::string_view lang;
    std::string_view text;
    qint64 engagement = 0;
    std::optional<double> compound;
    double pos = 0;
    double neu = 0;
    double neg = 0;
    bool isSample = false;
};

// Inserts posts with one prepared statement and folds each inserted post into the hourly, daily and
// weekly sentiment buckets of its token and its narrative, held in memory until flushBuckets().
// The caller owns the transaction: call flushBuckets() and then commit, or roll back and nothing stays.
class PostWriter final
{
public:
    enum class Result { Inserted, Duplicate, Failed };

    explicit PostWriter(const Database& db);
    ~PostWriter();
    PostWriter(const PostWriter&) = delete;
    PostWriter& operator=(const PostWriter&) = delete;

    bool prepare(QString* error);
    Result insert(const PostView& post, QString* error);
    Result insert(const PostRecord& post, QString* error);
    bool flushBuckets(QString* error);
    // Folds a post that is already stored into the buckets, as insert() does for a new one: for rebuilding
    // the buckets after the posts were rescored (their rows deleted first).
    void accumulate(const PostView& post);

    qint64 insertedCount() const { return m_inserted; }
    qint64 duplicateCount() const { return m_duplicates; }
    qint64 unscoredCount() const { return m_unscored; }

private:
    struct BucketAccumulator;
    sqlite3* m_handle;
    sqlite3_stmt* m_insert = nullptr;
    std::unique_ptr<BucketAccumulator> m_buckets;
    qint64 m_inserted = 0;
    qint64 m_duplicates = 0;
    qint64 m_unscored = 0;
};

} // namespace seance
