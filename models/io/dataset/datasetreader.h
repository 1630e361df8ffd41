// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/json/jsonrecordparser.h"
#include "models/storage/records.h"

#include <QString>

#include <atomic>
#include <functional>
#include <variant>

class QIODevice;

namespace seance {

// The dataset format (docs/dataset-format.md): {"format": "seance-dataset", "version": 1, "tokens": [...], ...}.
inline constexpr const char* datasetFormatName = "seance-dataset";
inline constexpr int datasetFormatVersion = 1;

// Caps that keep a hostile or broken file from exhausting memory; each is named in the error it causes.
inline constexpr qint64 maxDatasetStringBytes = 1024 * 1024; // any one string, as written in the file
inline constexpr int maxDatasetDepth = 32;                    // nesting of arrays and objects
inline constexpr qint64 maxDatasetRecordValues = 1'000'000;   // values in one record (a series' points)

enum class DatasetSection { Tokens, Narratives, Events, Posts, Series, SavedViews };

// The array's name in the file: "tokens", "narratives", "events", "posts", "series", "saved_views".
QString datasetSectionName(DatasetSection section);

struct DatasetRecord
{
    DatasetSection section = DatasetSection::Tokens;
    qint64 index = 0; // position in its array
    std::variant<TokenRecord, NarrativeRecord, EventRecord, dataset::DatasetPost, SeriesRecord, SavedViewRecord> value;

    // "events[3]", or "events[3].date" for a field: how errors name the record.
    QString location(const QString& field = {}) const;
};

// Receives each record in file order once it is complete and valid on its own. Returns false to stop the
// read, with *error starting with record.location(); the reader prefixes the file name.
using DatasetRecordHandler = std::function<bool(DatasetRecord& record, QString* error)>;

struct DatasetReadOptions
{
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress; // about once per MiB; total -1 if unknown
    const std::atomic_bool* cancel = nullptr;                          // polled per MiB and per record
};

enum class DatasetReadResult { Finished, Failed, Cancelled };

// Streams the file with nlohmann's SAX parser and builds one record at a time, so memory stays flat however
// many posts the file holds. On failure *error names the file, the record, the field and the reason, e.g.
// "sample.json: events[3].date: \"2025-13-01\" is not a valid date"; a JSON syntax error gives its line and
// byte offset. `format` and `version` must come before the first record array.
DatasetReadResult readDataset(QIODevice& input, const QString& displayName, const DatasetRecordHandler& onRecord,
                              const DatasetReadOptions& options, QString* error);

} // namespace seance
