// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CoinGecko's API answers, /coins/{id}/market_chart and /coins/{id}: each body goes to both parsers. A chart is a
// valid market table (see markettarget.h) or a reason; coin metadata has only http(s) links and decimal supplies,
// and merging it into a token adds links and tags but never removes one. Both the same twice.
#include "models/market/coinmetadata.h"
#include "tests/fuzz/markettarget.h"

#include <QRegularExpression>
#include <QUrl>

using namespace seance;
using namespace seance::fuzz;

namespace {

void checkCoin(const CoinMetadata& coin)
{
    for (const Link& link : coin.links) {
        const QString scheme = QUrl(link.url).scheme().toLower();
        require(scheme == QLatin1String("http") || scheme == QLatin1String("https"), "links are http or https only",
                link.url);
    }
    static const QRegularExpression decimal(QStringLiteral("^([0-9]+(\\.[0-9]+)?)?$"));
    for (const QString& supply : {coin.totalSupply, coin.maxSupply, coin.circulatingSupply})
        require(decimal.match(supply).hasMatch(), "a supply is decimal text or empty", supply);
    TokenRecord token;
    token.id = QStringLiteral("ghost-icp");
    token.chain = QStringLiteral("icp");
    token.links = {Link{QStringLiteral("Site"), QStringLiteral("https://ghost.example/")}};
    token.tags = {QStringLiteral("meme")};
    const TokenRecord merged = withCoinMetadata(token, coin);
    require(merged.links.size() >= token.links.size() && merged.links.first() == token.links.first() &&
                merged.tags.first() == token.tags.first(),
            "merging never removes a link or a tag");
    require(merged.coingeckoId == coin.id, "merging sets the CoinGecko id");
    require(!describeCoinMetadata(coin).isEmpty(), "a coin is described");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = bytesOf(data, size);
    MarketTable chart;
    QString chartError;
    const bool chartOk = parseMarketChartJson(body, &chart, &chartError);
    if (chartOk)
        checkMarketTable(chart);
    else
        require(!chartError.isEmpty(), "a refused chart says why");
    MarketTable chartAgain;
    QString chartAgainError;
    require(parseMarketChartJson(body, &chartAgain, &chartAgainError) == chartOk && sameRows(chart, chartAgain) &&
                chartAgainError == chartError,
            "a chart parses the same twice");

    CoinMetadata coin;
    QString coinError;
    const bool coinOk = parseCoinJson(body, &coin, &coinError);
    if (!coinOk) {
        require(!coinError.isEmpty(), "a refused coin says why");
        return 0;
    }
    checkCoin(coin);
    CoinMetadata again;
    require(parseCoinJson(body, &again, &coinError) && again.links == coin.links && again.id == coin.id &&
                again.categories == coin.categories && again.contracts == coin.contracts,
            "a coin parses the same twice");
    return 0;
}
