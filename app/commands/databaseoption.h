// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace seance {
class Database;
}

namespace seance::cli {

// The --db FILE option that the database commands also accept after their name.
QCommandLineOption databaseOption();

enum class MissingDatabase { Create, Refuse };

// Opens the workspace named by --db after the command, else by the global --db. Prints the problem to
// context.err and returns the exit code on failure (2 when no database was named), 0 on success.
int openCommandDatabase(CommandContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                        MissingDatabase missing, Database& db);

} // namespace seance::cli
