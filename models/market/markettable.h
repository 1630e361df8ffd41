// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace seance {

// One snapshot of a coin's market (a day in a download, a point of the API's chart). An absent value is a
// gap, never a zero.
struct MarketRow
{
    qint64 t = 0; // UTC milliseconds
    std::optional<double> price;
    std::optional<double> marketCap;
    std::optional<double> volume;
    std::optional<double> circulatingSupply;
};

// A coin's market data as one source gave it, before it is stored as the token's series.
struct MarketTable
{
    QString source;              // "CoinGecko", "CoinMarketCap": the caption names it
    QString currency;            // of price, market cap and volume, upper case ("USD")
    std::vector<MarketRow> rows; // sorted by time, each time once
};

} // namespace seance
