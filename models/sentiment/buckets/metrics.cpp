// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/metrics.h"

#include <array>
#include <utility>

namespace seance {
namespace {

constexpr std::array<std::pair<Metric, const char*>, 6> names = {{
    {Metric::Mean, "mean"},
    {Metric::Weighted, "weighted"},
    {Metric::PositiveShare, "positive_share"},
    {Metric::Volume, "volume"},
    {Metric::ShareOfVoice, "share_of_voice"},
    {Metric::Unscored, "unscored"},
}};

} // namespace

QString metricName(Metric metric)
{
    for (const auto& [value, name] : names) {
        if (value == metric)
            return QLatin1String(name);
    }
    return QStringLiteral("mean");
}

std::optional<Metric> metricFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const auto& [value, text] : names) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

std::optional<double> metricValue(const BucketSums& sums, Metric metric)
{
    switch (metric) {
    case Metric::Mean:
        return sums.nScored > 0 ? std::optional(sums.sumCompound / static_cast<double>(sums.nScored)) : std::nullopt;
    case Metric::Weighted:
        return sums.sumWeight > 0 ? std::optional(sums.sumWeightedCompound / sums.sumWeight) : std::nullopt;
    case Metric::PositiveShare: {
        const qint64 polar = sums.nPos + sums.nNeg;
        return polar > 0 ? std::optional(100.0 * static_cast<double>(sums.nPos) / static_cast<double>(polar))
                         : std::nullopt;
    }
    case Metric::Volume:
        return static_cast<double>(sums.n);
    case Metric::ShareOfVoice:
        return sums.allSubjectsN > 0
                   ? std::optional(100.0 * static_cast<double>(sums.n) / static_cast<double>(sums.allSubjectsN))
                   : std::nullopt;
    case Metric::Unscored:
        return static_cast<double>(sums.nUnscored);
    }
    return std::nullopt;
}

} // namespace seance
