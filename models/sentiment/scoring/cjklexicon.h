// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/scoringlanguage.h"
#include "models/sentiment/scoring/termtable.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace seance {

// What the Korean or Japanese scorer knows about one key: its valence and the rules it carries.
struct CjkTerm
{
    double valence = 0;
    double scalar = 0;
    std::uint16_t flags = 0; // cjk::Flag
    bool hasValence = false;
    bool prefix = false; // a longer key starts with this one: keep extending the match

    bool isTerm() const noexcept { return hasValence | (scalar != 0) | (flags != 0); }
};

// The lexicon and rule words of one language, keyed by normalizeCjk() text. Every beginning of a key (at
// code point boundaries) is in the table too, marked as a prefix, so that the longest match at a position
// stops at the first code point that no key continues with. Immutable once built; thread-safe to read.
class CjkLexicon
{
public:
    // The built-in general-ko.tsv or general-ja.tsv with the language's rule words, loaded on first use.
    static std::shared_ptr<const CjkLexicon> builtIn(ScoringLanguage language);

    explicit CjkLexicon(ScoringLanguage language);
    // Reads term<TAB>valence lines ('#' comments); returns false with *error naming the line on a bad one.
    bool merge(QIODevice& device, const QString& sourceName, QString* error);
    // A key longer than maxKeyBytes is left out: every beginning of a key is kept as a prefix, so one key of
    // n bytes costs about n²/2 bytes, and a hostile 64 KiB token name, masked in every post, would cost 2 GB.
    // No word or name that matching needs is that long.
    static constexpr std::size_t maxKeyBytes = 1024;
    void insert(std::string_view key, double valence);

    ScoringLanguage language() const { return m_language; }
    std::size_t size() const { return m_termCount; }

    // The longest key at the front of text (normalized); returns its length in bytes, 0 when none.
    std::size_t longestMatch(std::string_view text, const CjkTerm** term) const noexcept;

    template <typename F> void forEachTerm(F&& f) const
    {
        m_table.forEach([&f](std::string_view key, const CjkTerm& term) {
            if (term.hasValence)
                f(key, term.valence);
        });
    }

private:
    CjkTerm& entry(std::string_view key);

    ScoringLanguage m_language;
    TermTable<CjkTerm> m_table;
    std::size_t m_termCount = 0;
};

// The form the Korean and Japanese rules read text and keys in: ASCII letters lowercased, fullwidth
// ASCII (！, ｗ, ；) as ASCII, the ideographic space as a space. When offsets is given, it receives for
// every byte of out the offset in text it came from, plus one entry for the end.
void normalizeCjk(std::string_view text, std::string& out, std::vector<std::uint32_t>* offsets = nullptr);
std::string normalizeCjk(std::string_view text);

} // namespace seance
