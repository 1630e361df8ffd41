// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample as a scored workspace file, the way the app builds it on first start.
#pragma once

#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace seance::testing {

inline bool createScoredSampleWorkspace(const QString& path, QString* error)
{
    return createSampleDatabase(
        path, SampleScorerFactory([](const Database& db) { return workspaceScoreFunction(db, QString()); }), error);
}

// The usual start of a GUI test: settings in test mode and cleared (never the user's), and the scored sample in
// dir as "sample.seance". Returns false with *error set when the workspace cannot be built.
inline bool prepareSampleWorkspace(const QTemporaryDir& dir, QString* path, QString* error)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    *path = dir.filePath(QStringLiteral("sample.seance"));
    return createScoredSampleWorkspace(*path, error);
}

} // namespace seance::testing
