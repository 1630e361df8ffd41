// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace seance {

class Database;

struct DatasetExportOptions
{
    std::function<void(qint64 postsWritten, qint64 totalPosts)> progress; // every few thousand posts
    const std::atomic_bool* cancel = nullptr;
};

struct DatasetExportReport
{
    qint64 tokens = 0;
    qint64 narratives = 0;
    qint64 events = 0;
    qint64 posts = 0;
    qint64 series = 0;
    qint64 seriesPoints = 0;
    qint64 savedViews = 0;
    bool cancelled = false;
};

// Writes the whole database as a dataset file (docs/dataset-format.md) in its canonical form: records
// ordered by id (posts by time, then id), 2-space indentation, one post per line, times as ISO 8601 UTC.
// The same data always gives the same bytes, so exporting, importing into an empty database and exporting
// again reproduces the file exactly. Posts are streamed from a read snapshot, never held all at once.
bool exportDataset(const Database& db, QIODevice& output, const DatasetExportOptions& options,
                   DatasetExportReport* report, QString* error);
// Writes through QSaveFile: the target is replaced only once the export is complete.
bool exportDataset(const Database& db, const QString& path, const DatasetExportOptions& options,
                   DatasetExportReport* report, QString* error);

} // namespace seance
