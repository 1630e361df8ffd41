// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance check [FILE]   (or seance --db FILE check)
// Runs SQLite's full integrity_check on the workspace with progress on stderr; exit 0 when it is sound, 1 when a
// page is damaged (each problem printed) or the file cannot be checked.
int runCheckCommand(CommandContext& context);

} // namespace seance::cli
