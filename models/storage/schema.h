// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace seance::schema {

// The schema version this build writes. A file whose PRAGMA user_version is higher is refused.
inline constexpr int currentVersion = 4;

// Applies the migrations that take a database from `fromVersion` to `toVersion` (each step sets
// PRAGMA user_version). The caller owns the transaction, so a failed step leaves nothing behind.
bool migrate(sqlite3* handle, int fromVersion, int toVersion, QString* error);

} // namespace seance::schema
