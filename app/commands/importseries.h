// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <QString>

namespace seance {
class Database;
}

namespace seance::cli {

// `seance import FILE --token ID [--currency CUR]` for a series file: CoinGecko's or CoinMarketCap's
// historical CSV (known by its header) or, with --token, a generic series CSV. Without --token it names the
// token the file name suggests and stops: the user decides, never the file name.
bool isSeriesImport(const QString& path, const QString& tokenId);
int importSeriesFileCommand(CommandContext& context, const Database& db, const QString& path, const QString& tokenId,
                            const QString& currency);

} // namespace seance::cli
