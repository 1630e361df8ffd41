// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/emoticonset.h"
#include "models/sentiment/scoring/termtable.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seance {

enum class TokenKind : std::uint8_t {
    Word,     // letters, digits and inner apostrophes; a #hashtag is a word
    Emoji,    // one pictograph, variation selectors and skin tones dropped
    Emoticon, // an ASCII emoticon that the lexicon knows, e.g. ":-)" or "<3"
    Url,      // never a term
    Mention,  // @name: never a term
    Ticker,   // $NAME: never a term
};

// What separates a token from the one before it, weakest first. Phrases only match across None, Space and
// Hyphen; modifiers (negation, boosters) do not reach across a Clause or Sentence gap.
enum class Gap : std::uint8_t {
    None,
    Space,
    Hyphen,
    Punctuation, // quotes, brackets, symbols: not "good", (very) nice
    Clause,      // comma, colon, dash
    Sentence,    // . ! ? ; line break, ellipsis
};

struct Token
{
    enum Flag : std::uint8_t {
        AllCaps = 1, // at least two cased letters and no lowercase one
        Cased = 2,   // at least two cased letters
        Hashtag = 4,
        Apostrophe = 8,
    };
    std::uint32_t keyOffset = 0; // normalized key in TokenizedText::keys: lowercase, ’ as '
    std::uint16_t keyLength = 0;
    std::uint16_t textLength = 0;
    std::uint32_t textOffset = 0; // as written in the input
    TokenKind kind = TokenKind::Word;
    Gap gapBefore = Gap::None;
    std::uint8_t flags = 0;
    std::uint16_t coveredLetters = 0;   // Latin letters
    std::uint16_t uncoveredLetters = 0; // other scripts, weighted by letterWeight()

    bool has(Flag flag) const noexcept { return (flags & flag) != 0; }
};

// Reused between calls (the scorer keeps one per thread), so tokenizing allocates only while it grows.
struct TokenizedText
{
    std::vector<Token> tokens;
    std::string keys;
    int exclamations = 0;
    int questions = 0;

    std::string_view key(const Token& token) const noexcept
    {
        return std::string_view(keys.data() + token.keyOffset, token.keyLength);
    }
    // termHead() of the token's key. keys has eight bytes of slack past the end of the text and no key
    // runs ahead of the text, so eight bytes can be read at any key.
    std::uint64_t keyHead(const Token& token) const noexcept
    {
        return termHeadReadingPast(keys.data() + token.keyOffset, token.keyLength);
    }
};

// Splits UTF-8 text into tokens in one pass, O(n), without regular expressions. emoticons may be null.
// Counts the '!' and '?' outside URLs on the way. Reads at most maxTokenizedBytes of text, so that every
// offset and length fits its field.
inline constexpr std::size_t maxTokenizedBytes = 0xFFFF;
void tokenize(std::string_view text, const EmoticonSet* emoticons, TokenizedText& out);

} // namespace seance
