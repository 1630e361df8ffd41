// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/scorerengine.h"

#include <string>
#include <vector>

namespace seance {

enum class ScorerEngine::TokenState : std::uint8_t { Scored, Masked, Ignored };

// How a word was read when it was not in the lexicon as written.
enum class ScorerEngine::Reading : std::uint8_t { AsWritten, Elongated };

// A scoring unit: one word, emoji or emoticon, or a phrase of several tokens.
struct ScorerEngine::Item
{
    double base = 0;  // the lexicon valence, or 0 when the item only modifies others
    double value = 0; // after the rules
    double scalar = 0;
    std::uint16_t flags = 0;
    std::uint16_t tokenCount = 1;
    std::uint32_t firstToken = 0;
    std::uint32_t clauseStart = 0;  // the first item of this item's clause: modifiers do not reach past it
    std::int32_t contribution = -1; // index into ScoreExplanation::terms
    Gap gapBefore = Gap::None;
    bool allCaps = false;
    bool pictograph = false; // an emoji or emoticon
    // Whether a booster, a negation or "least" precedes within rules::modifierReach in the clause; when
    // not, no rule but the capitals can change the item's value.
    bool modifierInReach = false;

    bool isSentiment() const noexcept { return base != 0; }
};

// Per-thread buffers, reused so that scoring allocates only while they grow to the longest text seen.
struct ScorerEngine::Scratch
{
    std::string_view text;
    std::string unescaped; // the text with HTML entities decoded, when it had any
    TokenizedText tokenized;
    struct TokenSlot
    {
        const TermInfo* info = nullptr;
        std::uint64_t hash = 0; // hashTerm() of the key as resolved; phrases test it before building a key
        TokenState state = TokenState::Scored;
        Reading reading = Reading::AsWritten;
    };
    std::vector<TokenSlot> perToken; // one per token
    std::vector<Item> items;
    // The indices of the items with a valence, in order, in the first sentimentCount slots: the rules
    // visit only these, rather than testing every item.
    std::vector<std::uint32_t> sentimentItems;
    std::size_t sentimentCount = 0;

    // The text of tokens [first, first + count) as written.
    std::string_view written(std::size_t first, std::size_t count) const noexcept
    {
        const Token& a = tokenized.tokens[first];
        const Token& b = tokenized.tokens[first + count - 1];
        return text.substr(a.textOffset, b.textOffset + b.textLength - a.textOffset);
    }
};

} // namespace seance
