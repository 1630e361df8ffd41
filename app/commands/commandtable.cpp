// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commandtable.h"
#include "app/commands/checkcommand.h"
#include "app/commands/exportchartcommand.h"
#include "app/commands/exportcommand.h"
#include "app/commands/importcommand.h"
#include "app/commands/rescorecommand.h"
#include "app/commands/scorecommand.h"
#include "app/commands/seriescommand.h"
#include "app/commands/statscommand.h"

#include <array>

namespace seance::cli {

// Each command's run function is declared in its own header under app/commands/.
std::span<const Command> commandTable()
{
    static const std::array commands = {
        Command{"import", "Add a dataset (.json) or posts (.jsonl, .csv) to the workspace, all or nothing",
                &runImportCommand},
        Command{"export", "Write the whole workspace as a dataset (.json)", &runExportCommand},
        Command{"stats", "Print the number of rows in each table", &runStatsCommand},
        Command{"rescore",
                "Score every stored post again and rebuild the buckets (after renames, alias or lexicon changes)",
                &runRescoreCommand},
        Command{"score", "Score texts, one per line (or TSV whose last column is the text)", &runScoreCommand},
        Command{"series", "Print a token's or narrative's sentiment metric per bucket as CSV", runSeries},
        Command{"export-chart", "Render the sentiment chart to PNG or SVG, without a display", &runExportChartCommand,
                true},
        Command{"check", "Check every page of a workspace file (full integrity check, with progress)", &runCheckCommand},
    };
    return commands;
}

} // namespace seance::cli
