// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the JSON and CSV halves of the post parser: which field a key or column names.

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace seance::postfields {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct PostParserText
{
    Q_DECLARE_TR_FUNCTIONS(seance::PostParser)
};

inline QString fieldName(std::string_view name)
{
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

enum class Field { Ignored, Time, Token, Narrative, Text, Author, Lang, Engagement, Id };

// Time keys in order of preference when a record has several.
inline constexpr std::string_view timeKeys[] = {"time", "posted_at", "timestamp", "date"};

inline Field fieldOf(std::string_view key, int* timeRank)
{
    for (int i = 0; i < 4; ++i) {
        if (key == timeKeys[i]) {
            *timeRank = i;
            return Field::Time;
        }
    }
    if (key == "text")
        return Field::Text;
    if (key == "token")
        return Field::Token;
    if (key == "narrative")
        return Field::Narrative;
    if (key == "author")
        return Field::Author;
    if (key == "lang")
        return Field::Lang;
    if (key == "engagement")
        return Field::Engagement;
    if (key == "id")
        return Field::Id;
    return Field::Ignored;
}

inline QString invalidTime()
{
    return PostParserText::tr("not an ISO 8601 time or an epoch number in seconds or milliseconds");
}

} // namespace seance::postfields
