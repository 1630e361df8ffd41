// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/isotime.h"

#include "models/io/text/timestampparsing.h"

#include <cstdio>

namespace seance {
namespace {

constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 minTime = daysFromCivil(0, 1, 1) * msPerDay;
constexpr qint64 maxTime = daysFromCivil(10000, 1, 1) * msPerDay - 1;

struct Civil
{
    int year;
    int month;
    int day;
};

// Howard Hinnant's inverse of daysFromCivil.
constexpr Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

static_assert(civilFromDays(daysFromCivil(2025, 10, 1)).day == 1);
static_assert(civilFromDays(daysFromCivil(2024, 2, 29)).month == 2);

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

} // namespace

std::string formatIsoDate(qint64 ms)
{
    const Civil c = civilFromDays(floorDiv(ms, msPerDay));
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buffer;
}

std::string formatIsoTime(qint64 ms)
{
    const qint64 days = floorDiv(ms, msPerDay);
    const qint64 inDay = ms - days * msPerDay;
    const int millis = static_cast<int>(inDay % 1000);
    const int seconds = static_cast<int>(inDay / 1000 % 60);
    const int minutes = static_cast<int>(inDay / 60'000 % 60);
    const int hours = static_cast<int>(inDay / 3'600'000);
    char buffer[96];
    if (millis == 0)
        std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", formatIsoDate(ms).c_str(), hours, minutes, seconds);
    else
        std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d.%03dZ", formatIsoDate(ms).c_str(), hours, minutes,
                      seconds, millis);
    return buffer;
}

bool isMidnightUtc(qint64 ms)
{
    return ms - floorDiv(ms, msPerDay) * msPerDay == 0;
}

bool isSupportedTime(qint64 ms)
{
    return ms >= minTime && ms <= maxTime;
}

} // namespace seance
