// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/timestampparsing.h"

#include <cmath>

namespace seance {
namespace {

// Valid times span years 0000–9999, the range the ISO parser can produce.
constexpr qint64 minTime = daysFromCivil(0, 1, 1) * 86'400'000;
constexpr qint64 maxTime = daysFromCivil(10000, 1, 1) * 86'400'000 - 1;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Reads exactly `count` digits at `pos`; returns -1 when any is missing.
int digits(std::string_view text, std::size_t pos, int count)
{
    if (pos + static_cast<std::size_t>(count) > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + static_cast<std::size_t>(i)];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool inRange(qint64 t)
{
    return t >= minTime && t <= maxTime;
}

} // namespace

std::optional<qint64> parseIsoTimestamp(std::string_view text)
{
    text = trimmed(text);
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || text[4] != '-' || text[7] != '-'
        || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 ms = daysFromCivil(year, month, day) * 86'400'000;
    if (text.size() == 10)
        return ms;
    if (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        return std::nullopt;

    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text.size() < 16 || text[13] != ':')
        return std::nullopt;
    std::size_t pos = 16;
    int second = 0;
    int millis = 0;
    if (pos < text.size() && text[pos] == ':') {
        second = digits(text, pos + 1, 2);
        if (second < 0 || second > 59)
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            const std::size_t first = pos;
            int scale = 100;
            while (pos < text.size() && isDigit(text[pos])) {
                millis += (text[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == first)
                return std::nullopt;
        }
    }
    ms += ((hour * 60LL + minute) * 60 + second) * 1000 + millis;

    if (pos == text.size())
        return ms;
    const char zone = text[pos];
    if ((zone == 'Z' || zone == 'z') && pos + 1 == text.size())
        return ms;
    if (zone != '+' && zone != '-')
        return std::nullopt;
    const int offsetHours = digits(text, pos + 1, 2);
    int offsetMinutes = 0;
    std::size_t end = pos + 3;
    if (end < text.size()) {
        if (text[end] == ':')
            ++end;
        offsetMinutes = digits(text, end, 2);
        end += 2;
    }
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 || end != text.size())
        return std::nullopt;
    const qint64 offset = (offsetHours * 60LL + offsetMinutes) * 60'000;
    // Local time = UTC + offset, so UTC = local − offset.
    ms += zone == '+' ? -offset : offset;
    return inRange(ms) ? std::optional<qint64>(ms) : std::nullopt;
}

std::optional<qint64> parseEpochText(std::string_view text)
{
    text = trimmed(text);
    std::size_t pos = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++pos;
    const std::size_t first = pos;
    qint64 whole = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        if (pos - first >= 18) // beyond any valid time, and would overflow
            return std::nullopt;
        whole = whole * 10 + (text[pos] - '0');
        ++pos;
    }
    if (pos == first)
        return std::nullopt;
    if (pos == text.size())
        return timestampFromEpoch(negative ? -whole : whole);
    if (text[pos] != '.')
        return std::nullopt;
    ++pos;
    double fraction = 0;
    double scale = 0.1;
    const std::size_t fractionStart = pos;
    while (pos < text.size() && isDigit(text[pos])) {
        fraction += (text[pos] - '0') * scale;
        scale /= 10;
        ++pos;
    }
    if (pos != text.size() || pos == fractionStart)
        return std::nullopt;
    const double value = static_cast<double>(whole) + fraction;
    return timestampFromEpoch(negative ? -value : value);
}

std::optional<qint64> parseTimestamp(std::string_view text)
{
    text = trimmed(text);
    // A date always has '-' at index 4; an epoch number never does.
    if (text.size() >= 10 && text[4] == '-')
        return parseIsoTimestamp(text);
    return parseEpochText(text);
}

std::optional<qint64> timestampFromEpoch(qint64 value)
{
    const qint64 limit = static_cast<qint64>(epochSecondsLimit);
    if (value > -limit && value < limit)
        value *= 1000;
    return inRange(value) ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> timestampFromEpoch(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const double ms = std::fabs(value) < epochSecondsLimit ? value * 1000.0 : value;
    if (ms < static_cast<double>(minTime) || ms > static_cast<double>(maxTime))
        return std::nullopt;
    return static_cast<qint64>(std::llround(ms));
}

} // namespace seance
