// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Exploratory lead and lag between a token's daily sentiment and its daily price returns: for each lag k in
// −maxLag…+maxLag days, the Pearson correlation of the sentiment on day d with the return from day d+k to d+k+1.
// A positive k pairs today's sentiment with later returns; a negative one with earlier returns. It is a correlation
// over whatever days both series have, nothing more.
struct LagCorrelation
{
    int lag = 0;
    std::optional<double> r; // empty when fewer than 3 pairs or a series is constant over them
    int n = 0;               // the pairs it was computed from
};

struct LeadLagResult
{
    QList<LagCorrelation> lags; // −maxLag…+maxLag in order
    int sentimentDays = 0;
    int returnDays = 0;
    int overlapDays = 0; // days with both a sentiment value and a return (lag 0)
    // The warnings the panel shows: too few pairs for any lag, or series that barely overlap.
    bool fewPairs = false;      // some lag has n < minimumPairs
    bool barelyOverlap = false; // overlapDays under half of the shorter series
};

inline constexpr int leadLagMaxDays = 7;
inline constexpr int leadLagMinimumPairs = 30;

// Daily values keyed by the day's number since 1970-01-01 (UTC).
using DailyValues = QMap<qint64, double>;

// The return of each day with a price on it and on the next day: close(d+1) / close(d) − 1, keyed by d.
DailyValues dailyReturns(const DailyValues& closes);
// The last price of each UTC day.
DailyValues dailyCloses(const QList<SeriesPoint>& prices);

LeadLagResult leadLagCorrelation(const DailyValues& sentiment, const DailyValues& returns, int maxLag = leadLagMaxDays);

// For a token in a workspace: its daily mean sentiment (days with scored posts) against its price series.
// Empty lags when it has no price series.
LeadLagResult tokenLeadLag(const Database& db, const QString& tokenId, QString* error = nullptr);

} // namespace seance
