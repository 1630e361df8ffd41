// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace seance {
class Database;
}

namespace seance::cli {

// The --db FILE option that the database commands also accept after their name.
QCommandLineOption databaseOption();

// For a command without positional arguments: parses them, prints help or the usage error. Returns the exit
// code to stop with (0 after help, 2 after a usage error), or nothing to go on.
std::optional<int> parseArgumentFreeCommand(CommandContext& context, QCommandLineParser& parser,
                                            const QCommandLineOption& help, const QString& noArgumentsMessage);

enum class MissingDatabase { Create, Refuse };

// Opens the workspace named by --db after the command, else by the global --db. Prints the problem to
// context.err and returns the exit code on failure (2 when no database was named), 0 on success.
int openCommandDatabase(CommandContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                        MissingDatabase missing, Database& db);

} // namespace seance::cli
