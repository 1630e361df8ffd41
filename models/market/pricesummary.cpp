// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/pricesummary.h"

#include "models/market/marketseries.h"
#include "models/market/priceaxis.h"

#include <QSqlQuery>
#include <QVariant>

namespace seance {

std::optional<PriceSummary> summarizePrice(const SeriesRecord& series)
{
    if (series.points.isEmpty())
        return std::nullopt;
    PriceSummary summary;
    summary.latest = series.points.constLast().value;
    summary.latestTime = series.points.constLast().t;
    summary.unit = series.unit;
    summary.source = series.source;
    constexpr qint64 week = 7 * 86'400'000LL;
    if (const std::optional<double> before = priceAt(series.points, summary.latestTime - week); before && *before > 0)
        summary.change7dPercent = 100.0 * (summary.latest / *before - 1.0);
    return summary;
}

QHash<QString, PriceSummary> readPriceSummaries(const QSqlDatabase& connection)
{
    // One pass over the price points, USD series first per token, each series in time order.
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.token_id, s.id, s.unit, s.source, p.t, p.value FROM series s "
                                 "JOIN series_points p ON p.series_id = s.id "
                                 "WHERE s.token_id IS NOT NULL AND s.metric = ? "
                                 "ORDER BY s.token_id, coalesce(s.unit, '') <> 'USD', s.id, p.t"));
    query.addBindValue(QLatin1String(marketmetric::price));
    QHash<QString, PriceSummary> summaries;
    if (!query.exec())
        return summaries;
    SeriesRecord current;
    const auto flush = [&] {
        if (!current.tokenId.isEmpty() && !summaries.contains(current.tokenId)) {
            if (const std::optional<PriceSummary> summary = summarizePrice(current))
                summaries.insert(current.tokenId, *summary);
        }
    };
    while (query.next()) {
        const QString seriesId = query.value(1).toString();
        if (seriesId != current.id) {
            flush();
            current = SeriesRecord{seriesId, query.value(0).toString(), {}, {}, query.value(3).toString(),
                                   {},       query.value(2).toString()};
        }
        current.points.append(SeriesPoint{query.value(4).toLongLong(), query.value(5).toDouble()});
    }
    flush();
    return summaries;
}

} // namespace seance
