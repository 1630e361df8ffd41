// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/sentimentscore.h"

#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace seance {

class Database;

struct DatasetImportOptions
{
    // Scores the posts that come without "compound"; empty: those posts stay unscored.
    ScoreFunction score;
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress; // about once per MiB; total -1 if unknown
    // Polled per MiB and per record; once set, the import rolls back and reports cancelled.
    const std::atomic_bool* cancel = nullptr;
};

// What a committed import added. All zero after a failed or cancelled one: nothing was written.
struct DatasetImportReport
{
    qint64 tokens = 0;
    qint64 narratives = 0;
    qint64 events = 0;
    qint64 postsInserted = 0;
    qint64 postsDuplicate = 0; // skipped: their id was already in the database or earlier in the file
    qint64 postsUnscored = 0;  // inserted without a score
    qint64 series = 0;
    qint64 seriesPoints = 0;
    qint64 savedViews = 0;
    bool cancelled = false;
};

// Adds a dataset file (docs/dataset-format.md) to the database in one transaction (a savepoint when the
// caller already holds one): a malformed record anywhere means nothing is written. Checks every record, that
// ids are unique in the file and new to the database, and that every referenced token and narrative exists in
// the file (anywhere) or the database.
// Posts go through PostWriter, which also fills the sentiment buckets. On failure *error names the file,
// the record, the field and the reason, e.g. "sample.json: events[3].date: \"2025-13-01\" is not a valid date".
bool importDataset(const Database& db, const QString& path, const DatasetImportOptions& options,
                   DatasetImportReport* report, QString* error);
bool importDataset(const Database& db, QIODevice& input, const QString& displayName,
                   const DatasetImportOptions& options, DatasetImportReport* report, QString* error);

} // namespace seance
