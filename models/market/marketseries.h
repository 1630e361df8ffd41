// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/markettable.h"
#include "models/storage/records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seance {

class Database;

// How a token's market data is stored: one series per metric, "<token>-price-usd", "<token>-market_cap-usd",
// "<token>-volume-usd" and "<token>-circulating_supply", with the currency as the series' unit and the source
// ("CoinGecko") that the chart's caption names. A price in another currency is a series of its own.
namespace marketmetric {
inline constexpr const char* price = "price";
inline constexpr const char* marketCap = "market_cap";
inline constexpr const char* volume = "volume";
inline constexpr const char* circulatingSupply = "circulating_supply";
} // namespace marketmetric

QString marketSeriesId(const QString& tokenId, const char* metric, const QString& currency);

// The table as series records: one per metric that has at least one value.
QList<SeriesRecord> marketSeriesRecords(const QString& tokenId, const MarketTable& table);

struct MarketWriteResult
{
    QStringList seriesIds;
    qint64 points = 0;
};

// Stores the table as the token's series in one transaction: points at times already stored are replaced, others
// kept. Fails (writing nothing) when the token does not exist.
bool writeMarketTable(const Database& db, const QString& tokenId, const MarketTable& table, MarketWriteResult* result,
                      QString* error);

// The token's price series to draw: the USD one if there is one, else the first; nothing when it has none.
std::optional<SeriesRecord> tokenPriceSeries(const Database& db, const QString& tokenId);

} // namespace seance
