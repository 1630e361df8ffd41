// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/coinmetadata.h"

#include "models/io/text/timestampparsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct CoinMetadataText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

bool parseObject(const QByteArray& body, QJsonObject* object, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = CoinMetadataText::tr("the answer is not complete JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = CoinMetadataText::tr("the answer is not a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

// One [[ms, value], …] array into the rows, matched by time.
bool readPairs(const QJsonObject& object, const char* name, std::optional<double> MarketRow::*field,
               std::vector<MarketRow>* rows, QString* error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isArray()) {
        *error = CoinMetadataText::tr("the answer has no \"%1\" array").arg(QLatin1String(name));
        return false;
    }
    const QJsonArray pairs = value.toArray();
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QJsonArray pair = pairs.at(i).toArray();
        const std::optional<qint64> t =
            pair.size() == 2 && pair.at(0).isDouble() ? timestampFromEpoch(pair.at(0).toDouble()) : std::nullopt;
        if (!t || !(pair.at(1).isDouble() || pair.at(1).isNull())) {
            *error = CoinMetadataText::tr("%1[%2] is not a [time, value] pair").arg(QLatin1String(name)).arg(i);
            return false;
        }
        auto row =
            std::lower_bound(rows->begin(), rows->end(), *t, [](const MarketRow& r, qint64 t) { return r.t < t; });
        if (row == rows->end() || row->t != *t)
            row = rows->insert(row, MarketRow{*t, {}, {}, {}, {}});
        // As in the CSV downloads, a zero price or market cap means "not known"; a zero volume is real.
        const double v = pair.at(1).toDouble();
        if (pair.at(1).isDouble() && std::isfinite(v) && v >= 0 && (v > 0 || field == &MarketRow::volume))
            (*row).*field = v;
    }
    return true;
}

QString decimalText(const QJsonValue& value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return {};
    const double v = value.toDouble();
    QString text = QString::number(v, 'f', v == std::floor(v) ? 0 : 8);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

void addLink(QList<Link>* links, const QString& label, const QString& url)
{
    const QString trimmed = url.trimmed();
    // Only web links: "http" as a prefix alone let "httpx:…" or "httpjavascript:…" through (a fuzz finding).
    const QString scheme = QUrl(trimmed).scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        std::none_of(links->begin(), links->end(), [&](const Link& l) { return l.url == trimmed; }))
        links->append(Link{label, trimmed});
}

} // namespace

bool parseMarketChartJson(const QByteArray& body, MarketTable* table, QString* error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    std::vector<MarketRow> rows;
    if (!readPairs(object, "prices", &MarketRow::price, &rows, error) ||
        !readPairs(object, "market_caps", &MarketRow::marketCap, &rows, error) ||
        !readPairs(object, "total_volumes", &MarketRow::volume, &rows, error))
        return false;
    if (rows.empty()) {
        *error = CoinMetadataText::tr("CoinGecko has no prices for this coin in that period");
        return false;
    }
    table->rows = std::move(rows);
    table->source = QStringLiteral("CoinGecko");
    table->currency = QStringLiteral("USD");
    return true;
}

bool parseCoinJson(const QByteArray& body, CoinMetadata* metadata, QString* error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    if (!object.value(QLatin1String("id")).isString()) {
        *error = CoinMetadataText::tr("the answer has no coin \"id\"");
        return false;
    }
    CoinMetadata m;
    m.id = object.value(QLatin1String("id")).toString();
    m.name = object.value(QLatin1String("name")).toString();
    m.symbol = object.value(QLatin1String("symbol")).toString().toUpper();
    for (const QJsonValue& category : object.value(QLatin1String("categories")).toArray()) {
        if (category.isString() && !category.toString().isEmpty())
            m.categories.append(category.toString());
    }
    const QJsonObject links = object.value(QLatin1String("links")).toObject();
    for (const QJsonValue& url : links.value(QLatin1String("homepage")).toArray())
        addLink(&m.links, CoinMetadataText::tr("Website"), url.toString());
    for (const QJsonValue& url : links.value(QLatin1String("blockchain_site")).toArray())
        addLink(&m.links, CoinMetadataText::tr("Explorer"), url.toString());
    if (const QString twitter = links.value(QLatin1String("twitter_screen_name")).toString(); !twitter.isEmpty())
        addLink(&m.links, CoinMetadataText::tr("X (Twitter)"), QStringLiteral("https://x.com/") + twitter);
    if (const QString telegram = links.value(QLatin1String("telegram_channel_identifier")).toString();
        !telegram.isEmpty())
        addLink(&m.links, CoinMetadataText::tr("Telegram"), QStringLiteral("https://t.me/") + telegram);
    addLink(&m.links, CoinMetadataText::tr("Reddit"), links.value(QLatin1String("subreddit_url")).toString());
    for (const QJsonValue& url :
         links.value(QLatin1String("repos_url")).toObject().value(QLatin1String("github")).toArray())
        addLink(&m.links, CoinMetadataText::tr("Source code"), url.toString());
    const QJsonObject platforms = object.value(QLatin1String("platforms")).toObject();
    for (auto it = platforms.begin(); it != platforms.end(); ++it) {
        if (!it.key().isEmpty() && !it.value().toString().isEmpty())
            m.contracts.append({it.key(), it.value().toString()});
    }
    const QJsonObject market = object.value(QLatin1String("market_data")).toObject();
    m.totalSupply = decimalText(market.value(QLatin1String("total_supply")));
    m.maxSupply = decimalText(market.value(QLatin1String("max_supply")));
    m.circulatingSupply = decimalText(market.value(QLatin1String("circulating_supply")));
    *metadata = m;
    return true;
}

TokenRecord withCoinMetadata(TokenRecord token, const CoinMetadata& metadata)
{
    token.coingeckoId = metadata.id;
    for (const Link& link : metadata.links)
        addLink(&token.links, link.label, link.url);
    for (const QString& category : metadata.categories) {
        const QString tag = category.toLower();
        if (!token.tags.contains(tag))
            token.tags.append(tag);
    }
    if (token.totalSupply.isEmpty() && !metadata.totalSupply.isEmpty()) {
        token.totalSupply = metadata.totalSupply;
        if (token.supplyNote.isEmpty())
            token.supplyNote = CoinMetadataText::tr("Total supply from CoinGecko");
    }
    for (const auto& [platform, address] : metadata.contracts) {
        if (token.address.isEmpty() && platform.compare(token.chain, Qt::CaseInsensitive) == 0) {
            token.address = address;
            token.addressKind = QStringLiteral("contract");
        }
    }
    return token;
}

QString describeCoinMetadata(const CoinMetadata& metadata)
{
    QStringList lines;
    lines << CoinMetadataText::tr("%1 (%2), CoinGecko id \"%3\"").arg(metadata.name, metadata.symbol, metadata.id);
    if (!metadata.categories.isEmpty())
        lines << CoinMetadataText::tr("Categories: %1").arg(metadata.categories.join(QLatin1String(", ")));
    for (const auto& [platform, address] : metadata.contracts)
        lines << CoinMetadataText::tr("Contract on %1: %2").arg(platform, address);
    if (!metadata.totalSupply.isEmpty())
        lines << CoinMetadataText::tr("Total supply: %1").arg(metadata.totalSupply);
    if (!metadata.maxSupply.isEmpty())
        lines << CoinMetadataText::tr("Max supply: %1").arg(metadata.maxSupply);
    if (!metadata.circulatingSupply.isEmpty())
        lines << CoinMetadataText::tr("Circulating supply: %1").arg(metadata.circulatingSupply);
    for (const Link& link : metadata.links)
        lines << QStringLiteral("%1: %2").arg(link.label, link.url);
    return lines.join(QLatin1Char('\n'));
}

} // namespace seance
