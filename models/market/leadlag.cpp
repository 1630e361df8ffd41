// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/leadlag.h"

#include "models/market/marketseries.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/metrics.h"
#include "models/time/granularity.h"

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
}

// Pearson's r in two passes (means first), which keeps its rounding small for returns of a few percent.
std::optional<double> pearson(const QList<double>& x, const QList<double>& y)
{
    const qsizetype n = x.size();
    if (n < 3)
        return std::nullopt;
    double meanX = 0;
    double meanY = 0;
    for (qsizetype i = 0; i < n; ++i) {
        meanX += x.at(i);
        meanY += y.at(i);
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = x.at(i) - meanX;
        const double dy = y.at(i) - meanY;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (!(sxx > 0) || !(syy > 0))
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

} // namespace

DailyValues dailyCloses(const QList<SeriesPoint>& prices)
{
    DailyValues closes;
    for (const SeriesPoint& p : prices)
        closes.insert(dayOf(p.t), p.value); // in time order, so the day's last point stays
    return closes;
}

DailyValues dailyReturns(const DailyValues& closes)
{
    DailyValues returns;
    for (auto it = closes.cbegin(); it != closes.cend(); ++it) {
        const auto next = closes.constFind(it.key() + 1);
        if (next != closes.cend() && it.value() > 0)
            returns.insert(it.key(), next.value() / it.value() - 1.0);
    }
    return returns;
}

LeadLagResult leadLagCorrelation(const DailyValues& sentiment, const DailyValues& returns, int maxLag)
{
    LeadLagResult result;
    result.sentimentDays = int(sentiment.size());
    result.returnDays = int(returns.size());
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        QList<double> x;
        QList<double> y;
        for (auto it = sentiment.cbegin(); it != sentiment.cend(); ++it) {
            const auto paired = returns.constFind(it.key() + lag);
            if (paired == returns.cend())
                continue;
            x.append(it.value());
            y.append(paired.value());
        }
        const int n = int(x.size());
        result.lags.append({lag, pearson(x, y), n});
        if (lag == 0)
            result.overlapDays = n;
        if (n < leadLagMinimumPairs)
            result.fewPairs = true;
    }
    const int shorter = std::min(result.sentimentDays, result.returnDays);
    result.barelyOverlap = shorter == 0 || result.overlapDays * 2 < shorter;
    return result;
}

LeadLagResult tokenLeadLag(const Database& db, const QString& tokenId, QString* error)
{
    const std::optional<SeriesRecord> price = tokenPriceSeries(db, tokenId);
    if (!price || price->points.isEmpty())
        return {};
    const DailyValues returns = dailyReturns(dailyCloses(price->points));
    // Sentiment over the price's span and a week either side, so every lag can find its pairs.
    const qint64 from = price->points.constFirst().t - 8 * dayMs;
    const qint64 to = price->points.constLast().t + 9 * dayMs;
    BucketQuery query(db);
    const std::optional<QList<BucketRow>> rows =
        query.range(SubjectKind::Token, tokenId, Granularity::Day, from, to, BucketQuery::ShareOfVoice::Skip, error);
    DailyValues sentiment;
    if (rows) {
        for (const BucketRow& row : *rows) {
            if (const std::optional<double> mean = metricValue(row.sums, Metric::Mean))
                sentiment.insert(dayOf(row.start), *mean);
        }
    }
    return leadLagCorrelation(sentiment, returns);
}

} // namespace seance
