// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "termtable.h"

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
// Hyphen; modifiers (negation, boosters) do not reach across a Sentence gap.
enum class Gap : std::uint8_t { None, Space, Hyphen, Punctuation, Sentence };

struct Token
{
    enum Flag : std::uint8_t {
        AllCaps = 1,   // at least two cased letters and no lowercase one
        Cased = 2,     // at least two cased letters
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
};

// The ASCII emoticons of a lexicon. Emoticons are tried only where one can start, so ordinary words
// cost nothing here.
class EmoticonSet
{
public:
    // key: lowercase, no whitespace, at least one ASCII punctuation character.
    void add(std::string_view key);
    bool contains(std::string_view key) const noexcept { return m_terms.find(key) != nullptr; }
    bool mayStartWith(unsigned char c) const noexcept { return c < 128 && (m_first[c >> 6] >> (c & 63)) & 1; }
    int maxLength() const noexcept { return m_maxLength; }
    bool empty() const noexcept { return m_terms.empty(); }

    // Whether a lexicon term should be matched as an emoticon rather than split into words.
    static bool isEmoticonLike(std::string_view key) noexcept;

private:
    std::uint64_t m_first[2] = {0, 0};
    int m_maxLength = 0;
    TermTable<bool> m_terms;
};

// Posts from web APIs often arrive HTML-escaped ("&lt;3", "H&amp;M"). Returns text with &amp; &lt; &gt;
// &quot; &apos; &#39; and &#x27; decoded, using buffer only when there is something to decode.
std::string_view unescapeHtml(std::string_view text, std::string& buffer);

// Splits UTF-8 text into tokens in one pass, O(n), without regular expressions. emoticons may be null.
// Counts the '!' and '?' outside URLs on the way.
void tokenize(std::string_view text, const EmoticonSet* emoticons, TokenizedText& out);

} // namespace seance
