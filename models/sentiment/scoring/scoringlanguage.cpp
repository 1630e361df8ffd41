// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/scoringlanguage.h"

#include "models/sentiment/scoring/scriptdetection.h"

#include <QCoreApplication>

#include <algorithm>

namespace seance {
namespace {

bool equalsLower(std::string_view a, std::string_view lowercase) noexcept
{
    return a.size() == lowercase.size() && std::equal(a.begin(), a.end(), lowercase.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x) == y;
           });
}

// Kana (U+3040..U+30FF), Han (U+3400..U+9FFF) and Hangul syllables (U+AC00..U+D7A3) start with the UTF-8
// bytes E3..ED. A text without any is not Korean or Japanese: the English rules take it without a count
// of its scripts, so English posts, emoji and typographic quotes included, pay one scan of bytes at most.
bool mayHoldCjk(std::string_view text) noexcept
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0xE3 && byte <= 0xED;
    });
}

} // namespace

LanguageTag parseLanguageTag(std::string_view lang) noexcept
{
    while (!lang.empty() && (lang.front() == ' ' || lang.front() == '\t'))
        lang.remove_prefix(1);
    const std::string_view primary = lang.substr(0, lang.find_first_of("-_ \t"));
    if (primary.empty())
        return LanguageTag::None;
    if (equalsLower(primary, "en") || equalsLower(primary, "eng"))
        return LanguageTag::English;
    if (equalsLower(primary, "ko") || equalsLower(primary, "kor"))
        return LanguageTag::Korean;
    if (equalsLower(primary, "ja") || equalsLower(primary, "jpn"))
        return LanguageTag::Japanese;
    // "und" (undetermined), "zxx" (no linguistic content), "mul" and X's private "q.." codes for media,
    // hashtags or amplified posts say nothing about the language: the script decides.
    if (equalsLower(primary, "und") || equalsLower(primary, "zxx") || equalsLower(primary, "mul") ||
        (primary.size() == 3 && (primary[0] == 'q' || primary[0] == 'Q')))
        return LanguageTag::None;
    return LanguageTag::Other;
}

ScoringLanguage chooseScoringLanguage(std::string_view text, std::string_view lang) noexcept
{
    switch (parseLanguageTag(lang)) {
    case LanguageTag::English:
        return ScoringLanguage::English;
    case LanguageTag::Korean:
        return ScoringLanguage::Korean;
    case LanguageTag::Japanese:
        return ScoringLanguage::Japanese;
    case LanguageTag::Other:
        return ScoringLanguage::Unscored;
    case LanguageTag::None:
        break;
    }
    if (!mayHoldCjk(text))
        return ScoringLanguage::English;
    const ScriptTally tally = tallyScripts(text);
    const auto letters = [&tally](Script script) { return tally.letters[static_cast<int>(script)]; };
    const int hangul = letters(Script::Hangul);
    const int kana = letters(Script::Kana);
    const int han = letters(Script::Han);
    const int others = tally.covered + tally.uncovered - hangul - kana - han;
    if (hangul > 0 && hangul >= kana + han && hangul > others)
        return ScoringLanguage::Korean;
    if (kana > 0 && kana + han > hangul && kana + han > others)
        return ScoringLanguage::Japanese;
    // Han alone, Latin or any other script: the English rules score Latin and leave the rest unscored.
    return ScoringLanguage::English;
}

QString scoringLanguageName(ScoringLanguage language)
{
    switch (language) {
    case ScoringLanguage::English:
        return QCoreApplication::translate("seance::Scorer", "English");
    case ScoringLanguage::Korean:
        return QCoreApplication::translate("seance::Scorer", "Korean");
    case ScoringLanguage::Japanese:
        return QCoreApplication::translate("seance::Scorer", "Japanese");
    case ScoringLanguage::Unscored:
        break;
    }
    return QCoreApplication::translate("seance::Scorer", "unscored");
}

} // namespace seance
