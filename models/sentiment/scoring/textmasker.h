// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/termtable.h"
#include "models/sentiment/scoring/tokenizer.h"

#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace seance {

// Finds masked names in tokenized text: token names, symbols, aliases and narrative keywords, which are
// names and not sentiment ("Ghost" in "Ghost Coin" is not a sad word). Matching is by whole tokens and
// case-insensitive; a multi-word term matches consecutive words separated by spaces or hyphens.
// "$GHOST", "#ghost" and "GHOST's" match the term "ghost"; "ghosted" and "ghosts" do not.
// Whole words in Hangul and Kana: a Hangul name matches a word that is the name plus a particle
// ("고스트가", and "고스트 코인이" for a name of two words); a name inside a run of Japanese text with no spaces
// ("ゴーストが上がった") is found by findInside() when the characters either side of it are of another kind (Katakana
// next to Hiragana, Han or punctuation), so "ゴースト" is not found in "ゴーストタウン". The router (models/routing)
// uses the same object, so what is masked is what routes.
class TextMasker
{
public:
    static constexpr int maxWords = 8;

    struct Match
    {
        int words = 0; // tokens covered; 0 when none
        int term = -1; // index in terms() of the matched term
    };

    TextMasker() = default;
    explicit TextMasker(const QStringList& terms);

    bool empty() const noexcept { return m_table.empty(); }
    // The terms as given, minus those that have nothing to match.
    const QStringList& terms() const noexcept { return m_terms; }
    // The index in terms() of the term that matches what `term` matches (same normalized key); -1 if none.
    int termIndex(const QString& term) const;

    // How many tokens starting at index form a masked term (the longest match); 0 when none.
    // keyHash is hashTerm() of the token's key, which the caller has computed anyway.
    int matchAt(const TokenizedText& text, std::size_t index, std::uint64_t keyHash) const noexcept
    {
        return findAt(text, index, keyHash).words;
    }
    int matchAt(const TokenizedText& text, std::size_t index) const noexcept;
    Match findAt(const TokenizedText& text, std::size_t index, std::uint64_t keyHash) const noexcept;

    // Names in Kana or Han written inside the token (Japanese runs together without spaces): calls
    // found(termIndex) for each. Only for a token that findAt() did not match as a whole.
    template <typename Found> void findInside(const TokenizedText& text, std::size_t index, Found&& found) const
    {
        if (m_insideTerms.empty() || text.tokens[index].kind != TokenKind::Word)
            return;
        const std::string_view key = text.key(text.tokens[index]);
        for (const InsideTerm& inside : m_insideTerms) {
            if (containsAsWord(key, inside.key))
                found(inside.term);
        }
    }

    // A one-bit-per-hash filter of the keys: most words of a text are no name, and testing one bit is
    // cheaper than probing the table. False means the word starts no masked term.
    bool mayContain(std::uint64_t hash) const noexcept { return (m_filter[(hash >> 6) & 15] >> (hash & 63)) & 1; }

private:
    struct Value
    {
        bool whole = false;           // the key itself is a masked term
        bool prefix = false;          // the first words of a longer masked phrase
        std::uint8_t phraseWords = 0; // longest masked phrase starting with this word
        std::int32_t term = -1;       // index in m_terms when whole
    };
    struct InsideTerm
    {
        std::string key;
        int term = -1;
    };

    void addToFilter(std::string_view key) noexcept;
    int wholeTerm(std::string_view key) const noexcept; // -1 when key is no whole term
    int wholeWithParticle(std::string_view key) const noexcept;
    static bool containsAsWord(std::string_view haystack, std::string_view needle) noexcept;

    TermTable<Value> m_table;
    std::uint64_t m_filter[16] = {};
    QStringList m_terms;
    std::vector<InsideTerm> m_insideTerms; // one-word terms with Kana or Han in them
    bool m_hasHangul = false;
};

} // namespace seance
