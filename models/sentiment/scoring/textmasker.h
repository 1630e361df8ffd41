// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/termtable.h"
#include "models/sentiment/scoring/tokenizer.h"

#include <QStringList>

#include <cstdint>
#include <string>

namespace seance {

// Finds masked names in tokenized text: token names, symbols, aliases and narrative keywords, which are
// names and not sentiment ("Ghost" in "Ghost Coin" is not a sad word). Matching is by whole tokens and
// case-insensitive; a multi-word term matches consecutive words separated by spaces or hyphens.
// "$GHOST", "#ghost" and "GHOST's" match the term "ghost"; "ghosted" and "ghosts" do not.
class TextMasker
{
public:
    static constexpr int maxWords = 8;

    TextMasker() = default;
    explicit TextMasker(const QStringList& terms);

    bool empty() const noexcept { return m_table.empty(); }
    // The terms as given, minus those that have nothing to match.
    const QStringList& terms() const noexcept { return m_terms; }

    // How many tokens starting at index form a masked term (the longest match); 0 when none.
    // keyHash is hashTerm() of the token's key, which the caller has computed anyway.
    int matchAt(const TokenizedText& text, std::size_t index, std::uint64_t keyHash) const noexcept;
    int matchAt(const TokenizedText& text, std::size_t index) const noexcept;

    // A one-bit-per-hash filter of the keys: most words of a text are no name, and testing one bit is
    // cheaper than probing the table. False means the word starts no masked term.
    bool mayContain(std::uint64_t hash) const noexcept { return (m_filter[(hash >> 6) & 15] >> (hash & 63)) & 1; }

private:
    struct Value
    {
        bool whole = false;           // the key itself is a masked term
        bool prefix = false;          // the first words of a longer masked phrase
        std::uint8_t phraseWords = 0; // longest masked phrase starting with this word
    };

    void addToFilter(std::string_view key) noexcept;

    bool isWhole(std::string_view key) const noexcept;

    TermTable<Value> m_table;
    std::uint64_t m_filter[16] = {};
    QStringList m_terms;
};

} // namespace seance
