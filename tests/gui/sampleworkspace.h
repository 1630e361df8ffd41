// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample as a scored workspace file, the way the app builds it on first start.
#pragma once

#include "io/sampledatabase.h"
#include "sentiment/workspacescoring.h"
#include "storage/database.h"

namespace seance::testing {

inline bool createScoredSampleWorkspace(const QString& path, QString* error)
{
    return createSampleDatabase(
        path, SampleScorerFactory([](const Database& db) { return workspaceScoreFunction(db); }), error);
}

} // namespace seance::testing
