// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commandtable.h"
#include "app/commands/checkcommand.h"
#include "app/commands/exportchartcommand.h"
#include "app/commands/exportcommand.h"
#include "app/commands/fetchmarketcommand.h"
#include "app/commands/importcommand.h"
#include "app/commands/rescorecommand.h"
#include "app/commands/scorecommand.h"
#include "app/commands/seriescommand.h"
#include "app/commands/statscommand.h"

#include <QCoreApplication>

#include <array>

namespace seance::cli {

// Each command's run function is declared in its own header under app/commands/.
std::span<const Command> commandTable()
{
    static const std::array commands = {
        Command{"import",
                QT_TRANSLATE_NOOP("seance::cli", "Add a dataset, posts, or a Telegram, Reddit, X or Discord export "
                                                 "(routed by mentions), all or nothing"),
                &runImportCommand},
        Command{"export", QT_TRANSLATE_NOOP("seance::cli", "Write the whole workspace as a dataset (.json)"),
                &runExportCommand},
        Command{"stats", QT_TRANSLATE_NOOP("seance::cli", "Print the number of rows in each table"), &runStatsCommand},
        Command{"rescore",
                QT_TRANSLATE_NOOP(
                    "seance::cli",
                    "Score every stored post again and rebuild the buckets (after renames, alias or lexicon changes)"),
                &runRescoreCommand},
        Command{"score",
                QT_TRANSLATE_NOOP("seance::cli", "Score texts, one per line (or TSV whose last column is the text)"),
                &runScoreCommand},
        Command{"series",
                QT_TRANSLATE_NOOP("seance::cli", "Print a token's or narrative's sentiment metric per bucket as CSV"),
                runSeries},
        Command{"export-chart",
                QT_TRANSLATE_NOOP("seance::cli", "Render the sentiment chart to PNG or SVG, without a display"),
                &runExportChartCommand, true},
        Command{"check",
                QT_TRANSLATE_NOOP("seance::cli",
                                  "Check every page of a workspace file (full integrity check, with progress)"),
                &runCheckCommand},
        Command{
            "fetch-market",
            QT_TRANSLATE_NOOP("seance::cli",
                              "Fetch a token's price, market cap and volume from CoinGecko (--token ID [--days N])"),
            &runFetchMarketCommand},
    };
    return commands;
}

} // namespace seance::cli
