// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/marketseries.h"

#include "models/storage/database.h"
#include "models/storage/seriesstore.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct MarketSeriesText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

} // namespace

QString marketSeriesId(const QString& tokenId, const char* metric, const QString& currency)
{
    QString id = tokenId + QLatin1Char('-') + QLatin1String(metric);
    if (!currency.isEmpty())
        id += QLatin1Char('-') + currency.toLower();
    return id;
}

QList<SeriesRecord> marketSeriesRecords(const QString& tokenId, const MarketTable& table)
{
    const char* const metrics[4] = {marketmetric::price, marketmetric::marketCap, marketmetric::volume,
                                    marketmetric::circulatingSupply};
    std::optional<double> MarketRow::*const fields[4] = {&MarketRow::price, &MarketRow::marketCap, &MarketRow::volume,
                                                         &MarketRow::circulatingSupply};
    QList<SeriesRecord> records;
    for (int k = 0; k < 4; ++k) {
        const bool inCurrency = k < 3; // a supply counts coins, not money
        SeriesRecord series;
        series.id = marketSeriesId(tokenId, metrics[k], inCurrency ? table.currency : QString());
        series.tokenId = tokenId;
        series.metric = QLatin1String(metrics[k]);
        series.source = table.source;
        series.unit = inCurrency ? table.currency : QString();
        for (const MarketRow& row : table.rows) {
            if (const std::optional<double>& value = row.*fields[k])
                series.points.append(SeriesPoint{row.t, *value});
        }
        if (!series.points.isEmpty())
            records.append(series);
    }
    return records;
}

bool writeMarketTable(const Database& db, const QString& tokenId, const MarketTable& table, MarketWriteResult* result,
                      QString* error)
{
    if (!TokenStore(db).contains(tokenId))
        return failWith(error, MarketSeriesText::tr("unknown token id \"%1\"").arg(tokenId));
    const QList<SeriesRecord> records = marketSeriesRecords(tokenId, table);
    if (records.isEmpty())
        return failWith(error, MarketSeriesText::tr("the data holds no values"));
    Savepoint savepoint(db.handle()); // a transaction of its own, or a part of the caller's
    if (!savepoint.isActive())
        return failWith(error, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const SeriesStore store(db);
    MarketWriteResult written;
    for (const SeriesRecord& series : records) {
        if (!store.merge(series, error))
            return false;
        written.seriesIds.append(series.id);
        written.points += series.points.size();
    }
    if (!savepoint.release(error))
        return false;
    if (result)
        *result = written;
    return true;
}

std::optional<SeriesRecord> tokenPriceSeries(const Database& db, const QString& tokenId)
{
    const QList<SeriesRecord> prices = SeriesStore(db).forToken(tokenId, QLatin1String(marketmetric::price));
    if (prices.isEmpty())
        return std::nullopt;
    for (const SeriesRecord& series : prices) {
        if (series.unit == QLatin1String("USD"))
            return series;
    }
    return prices.constFirst();
}

} // namespace seance
