// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance score [--explain] [--lexicon FILE] [--db FILE] [FILE|-]
// Scores one text per input line (or the last column of a TSV line) and prints one compound per line,
// with four decimals, or "unscored" for a script the lexicon does not cover. With --db the workspace's
// token names, symbols, aliases and narrative keywords are masked first.
int runScoreCommand(CommandContext& context);

} // namespace seance::cli
