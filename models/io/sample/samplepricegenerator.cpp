// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/samplepricegenerator.h"

#include "models/io/sample/samplepostgenerator.h"
#include "models/io/sample/samplerandom.h"

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

// A start price from the token's position: sub-cent, as meme tokens are; never a real token's quote.
double startPrice(int index)
{
    static constexpr double starts[] = {0.00412, 0.0187, 0.000731, 0.0529, 0.00264, 0.0118};
    return starts[index % 6];
}

} // namespace

QList<SamplePriceSeries> generateSamplePrices(const QList<TokenRecord>& tokens, const QList<EventRecord>& events,
                                              quint64 seed)
{
    QList<SamplePriceSeries> all;
    int index = 0;
    for (const TokenRecord& token : tokens) {
        if (token.status != QLatin1String("live"))
            continue;
        SampleRandom random(seed ^ (0x5EA11CEull * quint64(index + 1)));
        SamplePriceSeries series;
        series.tokenId = token.id;
        series.table.source = QLatin1String(samplePriceSource);
        series.table.currency = QStringLiteral("USD");
        const double volatility = 0.035 + 0.01 * (index % 3); // a day's typical move
        double price = startPrice(index);
        for (qint64 day = sampleWindowStart(); day < sampleWindowEnd(); day += dayMs) {
            double move = volatility * random.normal() - 0.001;
            for (const EventRecord& event : events) {
                // An event about the token lifts its price on the day and the next, as hype does in the posts.
                const qint64 since = day - (event.occurredAt - event.occurredAt % dayMs);
                if (event.tokenIds.contains(token.id) && since >= 0 && since < 2 * dayMs)
                    move += 0.09 - 0.03 * double(since / dayMs);
            }
            move = std::clamp(move, -0.5, 0.8);
            price *= 1.0 + move; // no exp(): the walk must be the same under every libm
            const double volume = price * (2.0e8 + 1.5e8 * random.uniform()) * (1.0 + 4.0 * std::abs(move));
            series.table.rows.push_back(MarketRow{day, price, {}, volume, {}});
        }
        all.append(series);
        ++index;
    }
    return all;
}

} // namespace seance
