// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance {
class Database;
}

namespace seance::cli {

// `seance import posts.jsonl|posts.csv`: streams the posts into the workspace in one transaction, scored
// with the workspace's scorer (token names masked, --lexicon merged). Prints a summary; 1 on failure.
int importPostsFile(CommandContext& context, const Database& db, const QString& path);

} // namespace seance::cli
