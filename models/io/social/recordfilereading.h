// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/jsonrecordstream.h"
#include "models/io/social/socialjson.h"
#include "models/io/social/socialpost.h"

#include <functional>

class QIODevice;

namespace seance::social {

class SocialReadContext;

// Turns one record into *post (owned by the reader); false with *problem set when the record is bad, true
// with *skip set when it is not a post (a service message, a bot, no text), already counted in the report.
using RecordConverter = std::function<bool(const Json& record, FieldProblem* problem, bool* skip)>;
// How errors name a record: "message 12", "tweet 3". `record` is null when the record could not be parsed.
using RecordNamer = std::function<QString(qint64 index, const Json* record)>;

struct RecordFileOptions
{
    // Moves the opened file to where the JSON starts (past an X archive's "window.YTD… =" prefix).
    std::function<bool(QIODevice& file, QString* error)> skipPrefix;
    bool allowTrailingText = false; // the ';' some X archive files end with
};

// Streams a JSON export through a JsonRecordStream with the context's progress and cancel: converts each
// record and hands the post over, adds the repairs to the report, and turns a failure into
// "file: record: field: reason". hooks.onRecord is set here. Returns whether the whole file was read.
bool readJsonRecords(const QString& path, JsonRecordStream::Hooks hooks, SocialReadContext& context,
                     const RecordNamer& name, const RecordConverter& convert, const SocialPost& post,
                     const RecordFileOptions& fileOptions = {});
// The same from an open device (an entry of a zip archive); totalBytes is for progress, -1 when unknown.
bool readJsonRecords(QIODevice& device, qint64 totalBytes, JsonRecordStream::Hooks hooks, SocialReadContext& context,
                     const RecordNamer& name, const RecordConverter& convert, const SocialPost& post,
                     const RecordFileOptions& fileOptions = {});

} // namespace seance::social
