// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace seance {

// The rule sets the scorer has: one per language it covers.
enum class ScoringLanguage : std::uint8_t {
    English,
    Korean,
    Japanese,
    Unscored, // a language or script the scorer does not cover
};

// Which rule set scores a post. A language tag decides when it names a language ("ko", "ja-JP", "en",
// "zh"): English, Korean and Japanese are scored as such, any other language stays unscored. Without a
// tag, or with one that names no language ("und", "zxx", "qme"), the dominant script decides: Hangul is
// Korean, Kana (with or without Han) is Japanese, Han alone is Chinese or unknown and stays unscored,
// and Latin goes to the English rules, which leave other scripts unscored as before.
ScoringLanguage chooseScoringLanguage(std::string_view text, std::string_view lang) noexcept;

// The language a tag's primary subtag names ("ja-JP" → Japanese, "pt-BR" → Other); None for an empty tag
// or one that names no language ("und", "zxx", "mul", X's "qme"/"qht"/...).
enum class LanguageTag : std::uint8_t { None, English, Korean, Japanese, Other };
LanguageTag parseLanguageTag(std::string_view lang) noexcept;

// "Korean", "Japanese", ... for explanations.
QString scoringLanguageName(ScoringLanguage language);

} // namespace seance
