// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/priceaxis.h"

#include "models/market/marketseries.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

constexpr int priceAxisSteps = 4;

// A step between ticks that reads well: 1, 2, 2.5 or 5 times a power of ten, at least raw.
double roundStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw * (1 - 1e-9))
            return factor * power;
    }
    return 10 * power;
}

} // namespace

PriceAxisRange priceAxisRange(const QList<double>& values, PriceScale scale)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const double v : values) {
        if (!std::isfinite(v) || (scale == PriceScale::Log && v <= 0))
            continue;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (!(low <= high))
        return {0, 1, scale};
    if (scale == PriceScale::Log) {
        double bottom = std::pow(10.0, std::floor(std::log10(low) + 1e-9));
        double top = std::pow(10.0, std::ceil(std::log10(high) - 1e-9));
        if (top <= bottom)
            top = bottom * 10;
        return {bottom, top, scale};
    }
    // Four equal steps of a round size, so the ticks fall on the sentiment axis's five grid lines.
    const double span = high > low ? high - low : std::max(std::abs(high), 1e-12);
    const double padded = span * 1.1;
    double step = roundStep(padded / priceAxisSteps);
    double bottom = 0;
    for (int guard = 0; guard < 8; ++guard, step = roundStep(step * 1.01)) {
        bottom = std::floor((low - span * 0.05) / step) * step;
        if (low >= 0 && bottom < 0)
            bottom = 0;
        if (bottom + priceAxisSteps * step >= high + span * 0.02)
            break;
    }
    const double top = bottom + priceAxisSteps * step;
    return {bottom, top, scale};
}

std::optional<double> priceAxisFraction(double value, const PriceAxisRange& axis)
{
    if (axis.scale == PriceScale::Log) {
        if (!(value > 0) || !(axis.min > 0))
            return std::nullopt;
        return (std::log10(value) - std::log10(axis.min)) / (std::log10(axis.max) - std::log10(axis.min));
    }
    return (value - axis.min) / (axis.max - axis.min);
}

std::optional<double> priceAt(const QList<SeriesPoint>& points, qint64 t, qint64 maxAge)
{
    const auto after =
        std::upper_bound(points.begin(), points.end(), t, [](qint64 time, const SeriesPoint& p) { return time < p.t; });
    if (after == points.begin())
        return std::nullopt;
    const SeriesPoint& at = *(after - 1);
    if (t - at.t > maxAge)
        return std::nullopt;
    return at.value;
}

QList<QPointF> percentChangeFromStart(const QList<SeriesPoint>& points, const TimeRange& range)
{
    std::optional<double> base = priceAt(points, range.from);
    QList<QPointF> out;
    for (const SeriesPoint& p : points) {
        if (p.t < range.from || p.t >= range.to)
            continue;
        if (!base)
            base = p.value;
        if (*base > 0)
            out.append(QPointF(double(p.t), 100.0 * (p.value / *base - 1.0)));
    }
    return out;
}

QList<QPointF> pricePointsFor(const QList<SeriesPoint>& points, const TimeRange& range)
{
    QList<QPointF> out;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const SeriesPoint& p = points.at(i);
        const bool inside = p.t >= range.from && p.t < range.to;
        const bool justBefore = p.t < range.from && i + 1 < points.size() && points.at(i + 1).t >= range.from;
        const bool justAfter = p.t >= range.to && i > 0 && points.at(i - 1).t < range.to;
        if (inside || justBefore || justAfter)
            out.append(QPointF(double(p.t), p.value));
    }
    return out;
}

QList<PriceLine> readPriceLines(const Database& db, const QStringList& tokenIds)
{
    QList<PriceLine> lines;
    for (const QString& id : tokenIds) {
        if (const std::optional<SeriesRecord> series = tokenPriceSeries(db, id))
            lines.append(PriceLine{id, series->unit, series->source, series->points});
    }
    return lines;
}

QString priceSourceCaption(const QList<PriceLine>& lines)
{
    QStringList sources;
    for (const PriceLine& line : lines) {
        // The sample's stored source ("sample data", samplePriceSource) is words, not a name: it is translated, so
        // that a Korean caption says so in Korean, as the badge does. CoinGecko and the like stay as they are.
        const QString source = line.source.isEmpty() ? QCoreApplication::translate("seance::PriceAxis", "imported file")
                               : line.source == QLatin1String("sample data")
                                   ? QCoreApplication::translate("seance::PriceAxis", "sample data")
                                   : line.source;
        if (!sources.contains(source))
            sources.append(source);
    }
    if (sources.isEmpty())
        return {};
    return QCoreApplication::translate("seance::PriceAxis", "Price: %1").arg(sources.join(QLatin1String(", ")));
}

} // namespace seance
