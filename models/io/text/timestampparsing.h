// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace seance {

// Timestamp parsing for the importers' hot path: plain arithmetic on UTF-8 bytes, no QDateTime and no
// allocation. Every function returns UTC milliseconds since the Unix epoch, or nothing when the input is
// not a valid time.

// Epoch numbers are read by magnitude: |value| < 1e11 is seconds, anything larger is milliseconds.
// 1e11 seconds is the year 5138 and 1e11 milliseconds is 1973-03-03, so both readings of real data agree;
// millisecond times before March 1973 would be misread as seconds.
inline constexpr double epochSecondsLimit = 1e11;

// ISO 8601 extended format: "YYYY-MM-DD" (00:00 UTC), or a date and time "YYYY-MM-DDTHH:MM[:SS[.fff…]]"
// with 'T' or a space between them, followed by "Z", "±HH:MM", "±HHMM", "±HH" or nothing (= UTC).
// Fractions beyond milliseconds are truncated. Surrounding ASCII spaces are ignored.
std::optional<qint64> parseIsoTimestamp(std::string_view text);

// An epoch number written as text ("1759276800", "1759276800123", "-86400", "1759276800.5").
std::optional<qint64> parseEpochText(std::string_view text);

// ISO 8601 or an epoch number written as text, whichever the text is.
std::optional<qint64> parseTimestamp(std::string_view text);

// An epoch number from a JSON number. Rejects NaN, infinities and times outside years 0000–9999.
std::optional<qint64> timestampFromEpoch(qint64 value);
std::optional<qint64> timestampFromEpoch(double value);

// Days since 1970-01-01 of a proleptic Gregorian date (no range check). Exposed for the formatters.
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's algorithm: shift the year to start in March so the leap day is last.
    const qint64 y = static_cast<qint64>(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace seance
