// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/sentimentscore.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

class QIODevice;
class QThreadPool;

namespace seance {

class Database;

// Posts as JSON Lines (one object per line) or CSV (a header row naming the columns). Fields: a time
// (time, posted_at, timestamp or date: ISO 8601 or epoch seconds/milliseconds), token and/or narrative
// (ids that exist in the database), text; optional author, lang, engagement (non-negative integer) and id.
enum class PostsFormat { Auto, JsonLines, Csv };

struct PostsImportOptions
{
    PostsFormat format = PostsFormat::Auto; // Auto: by file extension (.csv, anything else JSON Lines)
    ScoreFunction score;                    // thread-safe; empty: every post is stored unscored
    bool markAsSample = false;              // posts from the sample generator, badged in the UI
    int batchSize = 4096;
    // Called on the importing thread after each batch, and once at the end.
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress;
    // Checked after each batch; when set the import rolls back and reports cancelled.
    const std::atomic_bool* cancel = nullptr;
    // Where batches are parsed and scored; null: a pool of its own with one thread fewer than there are
    // cores (at least one), leaving a core to the inserting thread.
    QThreadPool* pool = nullptr;
};

struct PostsImportResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 inserted = 0;
    qint64 duplicates = 0; // ids already in the database or earlier in the file; skipped
    qint64 unscored = 0;
    qint64 linesRead = 0;
    qint64 elapsedMs = 0;
    qint64 finishMs = 0; // of elapsedMs: the last bucket flush and the commit, after the last post
    // On failure: "file:line: field: reason". errorLine is 0 when no line is to blame.
    QString error;
    qint64 errorLine = 0;
    QString errorField;
};

// Streams posts into the database in one transaction: read in batches, parse and score each batch on the
// pool while the previous one is inserted (in file order), then fold the sentiment buckets and commit.
// Any bad record, a cancel, or a database error rolls everything back, leaving the file as it was.
// The commit leaves the posts in the write-ahead log; a background thread then copies them into the main
// file (see checkpointInBackground()), so the call returns without waiting for that copy.
PostsImportResult importPosts(const Database& db, const QString& path, const PostsImportOptions& options = {});
PostsImportResult importPosts(const Database& db, QIODevice* device, const QString& sourceName, PostsFormat format,
                              const PostsImportOptions& options = {});

} // namespace seance
