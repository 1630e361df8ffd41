// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/markettable.h"
#include "models/storage/records.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace seance {

// What CoinGecko's /coins/{id} says about a coin, offered to the user to accept into the token.
struct CoinMetadata
{
    QString id;
    QString name;
    QString symbol;
    QStringList categories;
    QList<Link> links;                        // homepage, explorers, socials
    QList<QPair<QString, QString>> contracts; // (platform, contract address)
    QString totalSupply;                      // exact decimal text, empty when unknown
    QString maxSupply;
    QString circulatingSupply;
};

// The JSON bodies of /coins/{id}/market_chart and /coins/{id}. False with a reason when the body is not what
// the API sends (truncated, not JSON, a missing array).
bool parseMarketChartJson(const QByteArray& body, MarketTable* table, QString* error);
bool parseCoinJson(const QByteArray& body, CoinMetadata* metadata, QString* error);

// The token with the metadata merged in: links and tags added (never removed), the supply filled in where the token
// has none, the contract address taken when the token's chain is one of the coin's platforms and it has no address,
// and the CoinGecko id set.
TokenRecord withCoinMetadata(TokenRecord token, const CoinMetadata& metadata);

// A few lines for the user to read before accepting.
QString describeCoinMetadata(const CoinMetadata& metadata);

} // namespace seance
