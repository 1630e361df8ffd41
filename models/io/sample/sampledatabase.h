// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/sentimentscore.h"

#include <QString>

#include <functional>

namespace seance {

class Database;

// The bundled facts (docs/sample-data.md), embedded in seance_models.
inline constexpr const char* sampleDatasetResource = ":/sample/summoning-ghosts.json";
// The meta key that marks a workspace built from the sample; the UI shows a "sample data" badge for it.
inline constexpr const char* sampleDataMetaKey = "sample_data";

// Builds the sample workspace at `path`, which must not exist yet: imports the bundled dataset, generates
// the sample posts (default seed and count), scores each with `score` (null: all unscored), inserts them
// in one transaction and sets meta sample_data = 1. The work happens in a temporary file next to `path`
// that is renamed into place only on success, so a half-made sample is never left behind.
bool createSampleDatabase(const QString& path, const ScoreFunction& score, QString* error = nullptr);
// Makes the posts' scorer from the database once the facts are imported, e.g. to mask the sample's token names.
using SampleScorerFactory = std::function<ScoreFunction(const Database& db)>;
bool createSampleDatabase(const QString& path, const SampleScorerFactory& makeScore, QString* error = nullptr);

bool isSampleDatabase(const Database& db);

} // namespace seance
