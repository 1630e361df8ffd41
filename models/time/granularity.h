// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace seance {

// Bucket sizes are UTC: an hour, a day from 00:00 UTC, a week from Monday 00:00 UTC. The integer values
// are stored in sentiment_buckets.granularity.
enum class Granularity { Hour = 0, Day = 1, Week = 2 };
inline constexpr int granularityCount = 3;

enum class SubjectKind { Token = 0, Narrative = 1 };

inline constexpr qint64 hourMs = 3'600'000;
inline constexpr qint64 dayMs = 24 * hourMs;
inline constexpr qint64 weekMs = 7 * dayMs;

constexpr qint64 granularityLength(Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return hourMs;
    case Granularity::Day:
        return dayMs;
    case Granularity::Week:
        return weekMs;
    }
    return dayMs;
}

// The start of the bucket that holds time t. Floors correctly for times before 1970.
constexpr qint64 bucketStart(qint64 t, Granularity g)
{
    // 1970-01-01 was a Thursday, so Monday-based weeks are offset by four days.
    const qint64 offset = g == Granularity::Week ? 4 * dayMs : 0;
    const qint64 length = granularityLength(g);
    const qint64 shifted = t - offset;
    qint64 q = shifted / length;
    if (shifted % length != 0 && shifted < 0)
        --q;
    return q * length + offset;
}

QString granularityName(Granularity g);
std::optional<Granularity> granularityFromName(const QString& name);

} // namespace seance
