// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/fetchmarketcommand.h"

#include "app/commands/databaseoption.h"
#include "models/market/marketfetch.h"
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace seance::cli {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance::cli").
struct FetchMarketText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli)
};

// With --metadata, the coin's links, categories, contracts and supply are merged into the token after the series.
int acceptMetadata(CommandContext& context, const Database& db, const QString& tokenId, const QString& coinId,
                   const CoinGeckoSettings& settings, const FetchControl& control)
{
    CoinMetadata metadata;
    const FetchResult result = fetchCoinMetadata(settings, coinId, control, &metadata);
    if (!result.ok()) {
        context.err
            << FetchMarketText::tr("The prices were stored, but the coin's details were not: %1").arg(result.message)
            << Qt::endl;
        return 1;
    }
    const TokenStore store(db);
    QString error;
    const std::optional<TokenRecord> token = store.find(tokenId, &error);
    if (!token || !store.update(withCoinMetadata(*token, metadata), &error)) {
        context.err << FetchMarketText::tr("The coin's details could not be stored: %1").arg(error) << Qt::endl;
        return 1;
    }
    context.out << FetchMarketText::tr("Accepted into token %1:").arg(tokenId) << '\n'
                << describeCoinMetadata(metadata) << '\n';
    return 0;
}

} // namespace

int runFetchMarketCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        FetchMarketText::tr(
            "Fetch a token's daily price, market cap and volume in USD from CoinGecko's public API and store them as "
            "its series (points at times already stored are replaced). The free API gives at most %1 days; for "
            "a longer history import CoinGecko's CSV download with seance import FILE --token ID. On any failure "
            "nothing is written.")
            .arg(coinGeckoFreeHistoryDays));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  FetchMarketText::tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption token(QStringLiteral("token"), FetchMarketText::tr("The token to fetch for (required)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        FetchMarketText::tr("Days of history, 1–%1 (default 90).").arg(coinGeckoFreeHistoryDays), QStringLiteral("N"),
        QStringLiteral("90"));
    const QCommandLineOption coin(
        QStringLiteral("coin"),
        FetchMarketText::tr("The coin's CoinGecko id, when the token has none yet (it is then stored)."),
        QStringLiteral("COINGECKO_ID"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     FetchMarketText::tr("The API root (default: the setting, else "
                                                         "https://api.coingecko.com/api/v3)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption metadata(
        QStringLiteral("metadata"),
        FetchMarketText::tr("Also accept the coin's links, categories, contract address and supply into "
                            "the token."));
    parser.addOptions({help, db, token, days, coin, baseUrl, metadata});
    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl
                    << FetchMarketText::tr("Run seance fetch-market --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(FetchMarketText::tr("fetch-market takes no file; give --token ID."));
    if (!parser.isSet(token))
        return usage(FetchMarketText::tr("Give the token with --token ID."));
    bool daysOk = false;
    MarketFetchRequest request;
    request.tokenId = parser.value(token);
    request.coinId = parser.value(coin);
    request.days = parser.value(days).toInt(&daysOk);
    if (!daysOk || request.days < 1)
        return usage(FetchMarketText::tr("--days takes a whole number of days, 1 or more."));
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
        return code;
    CoinGeckoSettings settings = CoinGeckoSettings::fromAppSettings();
    if (parser.isSet(baseUrl))
        settings.baseUrl = parser.value(baseUrl);
    FetchControl control;
    control.status = [&context](const QString& status) { context.err << status << Qt::endl; };
    const MarketFetchOutcome outcome = fetchTokenMarketData(database, request, settings, control);
    if (!outcome.fetch.ok()) {
        context.err << outcome.fetch.message << Qt::endl;
        return 1;
    }
    context.out << FetchMarketText::tr("Fetched %1 points in time of %2 from CoinGecko for token %3:")
                       .arg(outcome.rows)
                       .arg(outcome.coinId, request.tokenId)
                << '\n'
                << FetchMarketText::tr("  series  %1").arg(outcome.written.seriesIds.join(QLatin1String(", "))) << '\n'
                << FetchMarketText::tr("  points  %1").arg(outcome.written.points) << '\n';
    if (parser.isSet(metadata))
        return acceptMetadata(context, database, request.tokenId, outcome.coinId, settings, control);
    return 0;
}

} // namespace seance::cli
