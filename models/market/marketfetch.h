// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/coingeckoclient.h"
#include "models/market/marketseries.h"

namespace seance {

class Database;

struct MarketFetchRequest
{
    QString tokenId;
    QString coinId; // empty: the token's CoinGecko id
    int days = 90;
};

struct MarketFetchOutcome
{
    FetchResult fetch;
    MarketWriteResult written;
    QString coinId;
    qint64 rows = 0;
};

// Token › Fetch Market Data… and `seance fetch-market`: asks CoinGecko for the token's price, market cap and volume
// and stores them as its series, all or nothing. A fetch that fails writes nothing. When the token has no CoinGecko
// id yet, the one given is stored with the series.
MarketFetchOutcome fetchTokenMarketData(const Database& db, const MarketFetchRequest& request,
                                        const CoinGeckoSettings& settings, const FetchControl& control);

} // namespace seance
