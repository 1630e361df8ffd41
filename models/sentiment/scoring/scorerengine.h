// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/cjkscorer.h"
#include "models/sentiment/scoring/scoreexplanation.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/sentiment/scoring/sentimentscore.h"
#include "models/sentiment/scoring/termtable.h"
#include "models/sentiment/scoring/textmasker.h"
#include "models/sentiment/scoring/tokenizer.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace seance {

class Lexicon;

// Everything the scorer knows about one key, merged from the lexicon and the rule words, so that each
// word costs one hash probe.
struct TermInfo
{
    double valence = 0;
    double scalar = 0; // booster (+) or dampener (−) step
    // One bit per hashTerm() % 64 of the words that follow this one in some phrase.
    std::uint64_t secondWords = 0;
    std::uint16_t flags = 0;      // rules::Flag
    std::uint8_t phraseWords = 0; // longest lexicon or rule phrase that starts with this word
    bool hasValence = false;
    bool phrasePrefix = false; // the first words of a longer phrase: keep extending the match

    // Bitwise rather than short-circuit: the fields sit side by side, and which of them is set varies
    // from word to word, so branches on them would often be mispredicted.
    bool isTerm() const noexcept { return hasValence | (scalar != 0) | (flags != 0); }
    bool matters() const noexcept { return isTerm() | (phraseWords > 1); }
};

// The lexicon compiled for scoring; shared by every scorer made from the same lexicon and options.
struct CompiledTerms
{
    TermTable<TermInfo> table;
    EmoticonSet emoticons;

    static std::shared_ptr<const CompiledTerms> build(const Lexicon& lexicon);
};

// The immutable state behind Scorer and its ScoreFunctions.
class ScorerEngine
{
public:
    ScorerEngine(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const CompiledTerms> terms, TextMasker masker,
                 ScorerOptions options);

    SentimentScore score(std::string_view text) const;
    ScoreExplanation explain(std::string_view text) const;
    // lang is the post's language tag, empty when unknown (see chooseScoringLanguage()).
    SentimentScore score(std::string_view text, std::string_view lang) const;
    ScoreExplanation explain(std::string_view text, std::string_view lang) const;

    const Lexicon& lexicon() const { return *m_lexicon; }
    const std::shared_ptr<const Lexicon>& lexiconPointer() const { return m_lexicon; }
    const std::shared_ptr<const CompiledTerms>& terms() const { return m_terms; }
    const TextMasker& masker() const { return m_masker; }
    const ScorerOptions& options() const { return m_options; }

private:
    // Defined in scorerinternals.h, shared by scorerengine.cpp and scorerrules.cpp.
    struct Scratch;
    struct Item;
    enum class TokenState : std::uint8_t;
    enum class Reading : std::uint8_t;

    // Counts over the words that are scored (not masked, no URL, mention or ticker).
    struct TextCensus
    {
        int coveredLetters = 0;
        int uncoveredLetters = 0;
        int casedWords = 0;
        int capsWords = 0;
    };

    template <bool Explain> SentimentScore run(std::string_view text, ScoreExplanation* explanation) const;
    TextCensus resolveTokens(Scratch& scratch, ScoreExplanation* explanation, QStringList* textRules) const;
    std::size_t buildItems(Scratch& scratch) const;
    void resolveRoles(Scratch& scratch) const;
    TermContribution* addContribution(const Scratch& scratch, Item& item, ScoreExplanation& explanation) const;
    SentimentScore summarize(const Scratch& scratch, QStringList* textRules) const;
    const TermInfo* resolve(Token& token, std::uint64_t hash, std::uint64_t head, TokenizedText& tokenized,
                            Reading* reading) const;
    const TermInfo* resolveElongated(Token& token, TokenizedText& tokenized, Reading* reading) const;
    int matchPhrase(const Scratch& scratch, std::size_t index, int maxWords, const TermInfo** info) const;
    void applyModifiers(Scratch& scratch, std::size_t index, bool capDifferential,
                        TermContribution* contribution) const;
    void applyContrast(Scratch& scratch, std::size_t contrast, ScoreExplanation* explanation) const;

    std::shared_ptr<const Lexicon> m_lexicon;
    std::shared_ptr<const CompiledTerms> m_terms;
    TextMasker m_masker;
    ScorerOptions m_options;
    CjkScorer m_korean;
    CjkScorer m_japanese;
};

} // namespace seance
