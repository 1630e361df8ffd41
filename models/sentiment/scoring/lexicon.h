// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/termtable.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

class QIODevice;

namespace seance {

// Terms with a valence from −4 (most negative) to +4 (most positive): words, multi-word phrases
// ("to the moon"), emoji and ASCII emoticons. Keys are normalized by normalizeTerm(), which agrees with
// the scorer's tokenizer, so a lookup is one probe of an open-addressing table with no allocation.
//
// A Lexicon is a value: copy builtIn() to extend it, e.g.
//     auto mine = std::make_shared<Lexicon>(*Lexicon::builtIn());
//     if (!mine->mergeFile(path, &error)) ...
class Lexicon
{
public:
    enum class FileFormat {
        Auto,   // three or more columns: VADER; two columns: AFINN
        Seance, // term<TAB>valence (−4..+4), '#' starts a comment: the built-in files
        Vader,  // term<TAB>mean<TAB>sd<TAB>[ratings], mean on the −4..+4 scale
        Afinn,  // term<TAB>integer −5..+5, rescaled by 0.8
    };

    static constexpr int maxPhraseWords = 8;

    // The lexicon compiled into the program (resources/lexicon/*.tsv), loaded on first use. Thread-safe.
    static std::shared_ptr<const Lexicon> builtIn();

    // The lookup key for a term: lowercase UTF-8, typographic apostrophes as ', emoji variation selectors
    // and skin tones dropped, words split at hyphens and between emoji, parts joined by single spaces.
    // Emoticons (":-)", "</3") stay as written, lowercased. Empty when the term has nothing to match.
    static std::string normalizeTerm(QStringView term);

    // Adds or replaces a term. Returns false (and changes nothing) when the term normalizes to nothing or
    // has more than maxPhraseWords words.
    bool insert(QStringView term, double valence);

    // Reads a user lexicon whose entries override or extend this one. All or nothing: on any malformed
    // line nothing is merged and *error names the file, the line and the reason.
    bool mergeFile(const QString& path, QString* error, FileFormat format = FileFormat::Auto);
    bool mergeDevice(QIODevice& device, const QString& sourceName, QString* error,
                     FileFormat format = FileFormat::Auto);

    // key must already be normalized (see normalizeTerm()).
    std::optional<double> valence(std::string_view key) const noexcept;
    // The most words of any phrase that starts with the word key; 0 when none does.
    int phraseWordsFrom(std::string_view key) const noexcept;
    // The longest term that the normalized words at the front of words spell, single word or phrase:
    // returns how many words it takes (0 when none) and sets *valence. Does not allocate.
    int longestMatch(std::span<const std::string_view> words, double* valence = nullptr) const noexcept;

    std::size_t size() const noexcept { return m_termCount; }

    // Calls f(std::string_view key, double valence) for every term, in insertion order.
    template <typename F> void forEachTerm(F&& f) const
    {
        m_table.forEach([&f](std::string_view key, const Value& value) {
            if (value.hasValence)
                f(key, value.valence);
        });
    }

private:
    struct Value
    {
        double valence = 0;
        bool hasValence = false;
        std::uint8_t phraseWords = 0; // longest phrase starting with this word
    };

    void insertKey(std::string_view key, double valence);

    TermTable<Value> m_table;
    std::size_t m_termCount = 0;
};

} // namespace seance
