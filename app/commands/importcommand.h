// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance [--db FILE] import FILE
// Adds a file to the workspace in one transaction; the file's extension picks the importer.
int runImportCommand(CommandContext& context);

} // namespace seance::cli
