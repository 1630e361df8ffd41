// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/jsonrecordstream.h"

#include <functional>

class QFile;

namespace seance::social {

class SocialReadContext;

// Streams an opened JSON export through a JsonRecordStream with the context's progress and cancel, adds the
// repairs to the report, and turns a failure into "file: record: field: reason", the record named by
// recordName(index). Returns whether the whole file was read.
bool readJsonRecords(QFile& file, JsonRecordStream::Hooks hooks, SocialReadContext& context,
                     const std::function<QString(qint64 index)>& recordName, bool allowTrailingText = false);

} // namespace seance::social
