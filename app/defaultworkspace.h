// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance {

// The embedded default workspace in the user's data folder (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

// The default workspace is created from the bundled sample dataset the first time it is needed; any other
// missing path is left for Database::open to create empty. Returns false with *error on failure.
bool ensureWorkspaceExists(const QString& path, QString* error);

} // namespace seance
