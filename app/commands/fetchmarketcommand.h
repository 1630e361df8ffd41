// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance [--db FILE] fetch-market --token ID [--days N] [--coin COINGECKO_ID] [--base-url URL] [--metadata]
// Asks CoinGecko's API for the token's price, market cap and volume and stores them, all or nothing.
int runFetchMarketCommand(CommandContext& context);

} // namespace seance::cli
