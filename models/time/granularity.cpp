// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/time/granularity.h"

namespace seance {

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return QStringLiteral("hour");
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    }
    return QStringLiteral("day");
}

std::optional<Granularity> granularityFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("hour"))
        return Granularity::Hour;
    if (key == QLatin1String("day"))
        return Granularity::Day;
    if (key == QLatin1String("week"))
        return Granularity::Week;
    return std::nullopt;
}

} // namespace seance
