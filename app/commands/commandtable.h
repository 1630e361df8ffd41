// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <span>

namespace seance::cli {

// Every subcommand of the seance executable, in the order `seance --help` lists them.
std::span<const Command> commandTable();

} // namespace seance::cli
