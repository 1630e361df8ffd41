// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/marketfetch.h"

#include "models/storage/database.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct MarketFetchText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

MarketFetchOutcome failed(FetchFailure kind, const QString& message)
{
    MarketFetchOutcome outcome;
    outcome.fetch = FetchResult{kind, message};
    return outcome;
}

} // namespace

MarketFetchOutcome fetchTokenMarketData(const Database& db, const MarketFetchRequest& request,
                                        const CoinGeckoSettings& settings, const FetchControl& control)
{
    std::optional<TokenRecord> token = TokenStore(db).find(request.tokenId);
    if (!token)
        return failed(FetchFailure::NotFound, MarketFetchText::tr("There is no token \"%1\".").arg(request.tokenId));
    MarketFetchOutcome outcome;
    outcome.coinId = request.coinId.isEmpty() ? token->coingeckoId : request.coinId;
    if (outcome.coinId.isEmpty())
        return failed(FetchFailure::NotFound,
                      MarketFetchText::tr(
                          "Token \"%1\" has no CoinGecko id. Give one (the last part of the coin's page address on "
                          "coingecko.com, e.g. \"dogecoin\").")
                          .arg(request.tokenId));
    MarketTable table;
    outcome.fetch = fetchMarketChart(settings, outcome.coinId, request.days, control, &table);
    if (!outcome.fetch.ok())
        return outcome;
    outcome.rows = static_cast<qint64>(table.rows.size());
    Savepoint savepoint(db.handle());
    QString error;
    const bool linkCoin = token->coingeckoId.isEmpty();
    if (linkCoin)
        token->coingeckoId = outcome.coinId;
    if (!savepoint.isActive() || (linkCoin && !TokenStore(db).update(*token, &error)) ||
        !writeMarketTable(db, request.tokenId, table, &outcome.written, &error) || !savepoint.release(&error))
        return failed(FetchFailure::Http, MarketFetchText::tr("The market data could not be stored: %1").arg(error));
    return outcome;
}

} // namespace seance
