// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance [--db FILE] stats
// Prints the number of rows in each table, one "name count" line each.
int runStatsCommand(CommandContext& context);

} // namespace seance::cli
