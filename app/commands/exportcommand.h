// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance [--db FILE] export OUT.json
// Writes the whole workspace as a Seance dataset; "-" writes to standard output.
int runExportCommand(CommandContext& context);

} // namespace seance::cli
