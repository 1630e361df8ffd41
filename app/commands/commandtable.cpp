// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include <array>

namespace seance::cli {

// Each command's run function is declared in its own header under app/commands/.
std::span<const Command> commandTable()
{
    static const std::array commands = {
        Command{"stats", "Print the number of rows in each table", nullptr},
    };
    return commands;
}

} // namespace seance::cli
