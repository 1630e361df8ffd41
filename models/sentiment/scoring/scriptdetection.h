// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

namespace seance {

// Writing systems, as far as the scorer needs to tell them apart: only Latin is covered by the lexicon.
enum class Script : std::uint8_t {
    Common, // digits, punctuation, symbols, emoji: no letters
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Indic, // Devanagari, Bengali, Tamil, ... (U+0900..U+0DFF)
    Thai,
    SoutheastAsian, // Lao, Tibetan, Myanmar, Khmer
    Georgian,
    Ethiopic,
    Hangul,
    Kana,
    Han,
    Fullwidth, // fullwidth Latin letters, seen only inside CJK text
    OtherLetter,
};
inline constexpr int scriptCount = static_cast<int>(Script::OtherLetter) + 1;

enum class CharClass : std::uint8_t {
    Other,    // punctuation, symbols, spaces
    Letter,   // a letter of some script
    Mark,     // combining mark: part of the word before it, not a letter of its own
    Emoji,    // a pictograph that can carry sentiment on its own
    Modifier, // variation selector, skin tone, ZWJ, keycap, tag: glue inside an emoji sequence
};

struct CharInfo
{
    CharClass charClass = CharClass::Other;
    Script script = Script::Common;
};

// Classifies a non-ASCII code point by block ranges; no ICU, no allocation.
CharInfo classifyCodePoint(char32_t cp) noexcept;

// How many "letters" one character of the script counts for. A Han, Kana or Hangul character stands for a
// syllable or a whole morpheme, so counted one-for-one a short Korean sentence quoting "Karpathy" and
// "LLM" would look mostly Latin.
constexpr int letterWeight(Script script) noexcept
{
    switch (script) {
    case Script::Hangul:
    case Script::Kana:
    case Script::Han:
        return 2;
    default:
        return 1;
    }
}

// Weighted letter counts per script; decides whether a text is in a script the lexicon does not cover.
struct ScriptTally
{
    std::array<int, scriptCount> letters{};
    int covered = 0;
    int uncovered = 0;

    void add(Script script, int count = 1) noexcept;
    // True when most (weighted) letters are in scripts other than Latin. A text with no letters at all
    // (only emoji, say) is covered.
    bool mostlyUncovered() const noexcept { return uncovered > covered; }
    // The uncovered script with the most weighted letters (Script::Common when there is none).
    Script dominantUncovered() const noexcept;
};

// Counts the letters of a whole UTF-8 text. The scorer tallies its own words instead (it leaves out
// URLs, mentions and masked names); this is for callers that only need the verdict.
ScriptTally tallyScripts(std::string_view utf8) noexcept;

// Human-readable script name for explanations and the UI ("Hangul", "Han", "Cyrillic", ...).
QString scriptName(Script script);

} // namespace seance
