// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/markettable.h"
#include "models/storage/records.h"

#include <QList>
#include <QString>

namespace seance {

// The source every generated price carries, so the chart's caption says "Price: sample data" and nobody takes an
// invented price for a real one.
inline constexpr const char* samplePriceSource = "sample data";

struct SamplePriceSeries
{
    QString tokenId;
    MarketTable table; // daily closes at 00:00 UTC over the sample window, source "sample data", USD
};

// A generated daily price for each live token over the sample window (sampleWindowStart()…sampleWindowEnd()): a
// random walk with the token's own volatility that jumps on the days of events that name the token, so the sample
// shows price and sentiment moving together. Deterministic: the same records and seed give the same prices on
// every platform (SampleRandom, no libm in the walk). Hypothetical and defunct tokens get none.
QList<SamplePriceSeries> generateSamplePrices(const QList<TokenRecord>& tokens, const QList<EventRecord>& events,
                                              quint64 seed);

} // namespace seance
