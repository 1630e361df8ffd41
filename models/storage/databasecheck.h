// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace seance {

struct DatabaseCheckReport
{
    bool ok = false;      // every page checked and nothing wrong
    QStringList problems; // SQLite's integrity_check lines, at most maxProblems
    QString error;        // the file could not be checked at all (missing, not SQLite); names the file
};

// Runs SQLite's full integrity_check on a workspace file, read-only, without Database::open()'s refusals, so a
// damaged file can be examined. progress gets 0…100: table by table, then the whole-file pass.
DatabaseCheckReport checkDatabaseFile(const QString& path, const std::function<void(int percent)>& progress = {},
                                      int maxProblems = 100);

} // namespace seance
