// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/markettable.h"

#include <QByteArray>
#include <QString>

namespace seance {

// The series files that `seance import` and File › Import… tell apart by their header row.
enum class SeriesFileFormat {
    CoinGecko,     // snapped_at,price,market_cap,total_volume
    CoinMarketCap, // timeOpen;timeClose;…;close;volume;marketCap[;circulatingSupply];timestamp
    Generic,       // a time column and value columns (LunarCrush, Santiment)
};

// What a file's first line says it is: CoinGecko's or CoinMarketCap's header, or nothing (any other CSV).
std::optional<SeriesFileFormat> detectMarketCsv(const QByteArray& firstLine);

struct MarketCsvError
{
    qint64 line = 0;
    QString column;
    QString reason;
};

// CoinGecko's historical-data download: times "2024-03-02 00:00:00 UTC", one row a day, the last one possibly
// intraday. Empty cells are gaps. A zero price or market cap is CoinGecko's "not known" (an early day before it
// tracked the supply) and is left out too; a zero volume is a real zero.
bool parseCoinGeckoCsv(const QByteArray& data, MarketTable* table, MarketCsvError* error);

// CoinMarketCap's historical download: ';'-separated, an optional byte-order mark, columns found by name
// (timeOpen or timestamp; close; volume, marketCap and circulatingSupply when present), times ISO 8601 or epoch
// numbers, rows often newest first (the table comes back sorted). A decimal comma ("0,17") is read as a point.
bool parseCoinMarketCapCsv(const QByteArray& data, MarketTable* table, MarketCsvError* error);

// The quote currency a CoinGecko file name gives ("pepe-usd-max.csv" → "USD"), or empty.
QString currencyFromCoinGeckoFileName(const QString& fileName);

} // namespace seance
