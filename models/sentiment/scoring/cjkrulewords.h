// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/scoringlanguage.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace seance::cjk {

// What a Korean or Japanese rule word does. The lexicon gives valences; these words carry the rules.
enum Flag : std::uint16_t {
    PreNegation = 1,  // 안, 못: negates the term right after it (Korean, at the start of a word)
    PostNegation = 2, // 않다, 없다, 아니다, ない, ません, ず: negates the term just before it
    Contrast = 4,     // 하지만, -지만, けど, でも: VADER's "but"
    Laughter = 8,     // ㅋㅋ, ㅎㅎ, 草, w: counted only when ScorerOptions::laughter is on
    Glued = 16,       // 개-, 존-, 핵-: boosts only a term it is written onto
    WordStart = 32,   // acts only at the start of a space-separated word (Korean 안, 못, 개-)
    Copula = 64,      // 아니다: negates across a noun too (좋은 작품은 아니다)
};

struct RuleWord
{
    std::string_view key; // as the scorer normalizes text: ASCII lowercase, fullwidth forms as ASCII
    double scalar = 0;    // +boosterStep for intensifiers, −boosterStep for softeners
    std::uint16_t flags = 0;
};

std::span<const RuleWord> ruleWords(ScoringLanguage language);

} // namespace seance::cjk
