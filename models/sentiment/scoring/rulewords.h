// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace seance::rules {

// The constants of the published VADER rules (Hutto & Gilbert, ICWSM 2014).
inline constexpr double boosterStep = 0.293; // a booster adds, a dampener subtracts, this much intensity
inline constexpr double capsStep = 0.733;    // an ALL-CAPS sentiment word in mixed-case text
inline constexpr double negationFactor = -0.74;
inline constexpr double beforeButFactor = 0.5;
inline constexpr double afterButFactor = 1.5;
inline constexpr double neverSoFactor = 1.25; // "never so good" intensifies instead of negating
inline constexpr double exclamationStep = 0.292;
inline constexpr int maxExclamations = 4;
inline constexpr double questionStep = 0.18;
inline constexpr int maxCountedQuestions = 3;
inline constexpr double manyQuestionsBoost = 0.96;
inline constexpr double normalizationAlpha = 15;
// A modifier fades with distance: full strength right before the term, then ×0.95, then ×0.9.
inline constexpr double fade[3] = {1.0, 0.95, 0.9};
inline constexpr int modifierReach = 3; // words before a term that can modify it

enum Flag : std::uint16_t {
    Negation = 1,
    Contrast = 2, // "but"
    Least = 4,
    LeastGuard = 8, // "at least", "very least" do not negate
    Never = 16,
    SoThis = 32, // "never so good", "never this happy"
    Without = 64,
    Doubt = 128, // "without doubt" does not negate
};

struct RuleWord
{
    std::string_view key; // normalized as the tokenizer produces it; phrases with single spaces
    double scalar = 0;    // +boosterStep for boosters, −boosterStep for dampeners
    std::uint16_t flags = 0;
};

// The English function words that the rules act on. Written for Seance; only the rule constants come from
// the paper.
std::span<const RuleWord> ruleWords();

// Negative contractions not in the list ("shan't", "y'all'dn't"): any word with "n't" in it.
bool isNegativeContraction(std::string_view key) noexcept;

} // namespace seance::rules
