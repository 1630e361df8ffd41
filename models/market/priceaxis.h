// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "models/time/timerange.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace seance {

class Database;

// The price overlay's second value axis: the arithmetic, with no widget, so it is tested on its own.
enum class PriceScale { Linear, Log };

struct PriceAxisRange
{
    double min = 0;
    double max = 1;
    PriceScale scale = PriceScale::Linear;
    friend bool operator==(const PriceAxisRange&, const PriceAxisRange&) = default;
};

// An axis that holds every value with a little room: linear from a round number below the lowest value (never below
// zero for positive values) to one above the highest; log from the decade at or below the lowest to the decade at or
// above the highest. Values ≤ 0 are left out on a log axis. Nothing to show: {0, 1}.
PriceAxisRange priceAxisRange(const QList<double>& values, PriceScale scale);

// Where a value sits on the axis: 0 at the bottom, 1 at the top (outside for values off the axis). Empty for a value
// a log axis cannot show.
std::optional<double> priceAxisFraction(double value, const PriceAxisRange& axis);

// The value at time t: the last point at or before t, not older than maxAge (a daily series reaches across one
// missing day, not across a gap of weeks).
std::optional<double> priceAt(const QList<SeriesPoint>& points, qint64 t, qint64 maxAge = 2 * 86'400'000);

// Several tokens share one axis as percent change from the start of the visible range: each point's
// 100 · (value / base − 1), with base the price at the range's start (or the first point inside it). Points before the
// range are left out; empty when there is no base.
QList<QPointF> percentChangeFromStart(const QList<SeriesPoint>& points, const TimeRange& range);

// The points inside the range and one either side, so a line runs to the plot's edges.
QList<QPointF> pricePointsFor(const QList<SeriesPoint>& points, const TimeRange& range);

// A token's price as the chart draws it.
struct PriceLine
{
    QString tokenId;
    QString unit;   // "USD"
    QString source; // "CoinGecko", "CoinMarketCap", "sample data"
    QList<SeriesPoint> points;
};

// The selected tokens' price series that exist, in the given order.
QList<PriceLine> readPriceLines(const Database& db, const QStringList& tokenIds);

// "Price: CoinGecko", "Price: CoinGecko, sample data"; empty without lines.
QString priceSourceCaption(const QList<PriceLine>& lines);

} // namespace seance
