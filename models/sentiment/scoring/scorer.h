// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/scoreexplanation.h"
#include "models/sentiment/scoring/sentimentscore.h"

#include <QStringList>

#include <cstddef>
#include <memory>
#include <string_view>

namespace seance {

class Lexicon;
class ScorerEngine;

// Switches for each rule, all on by default. Benchmarks turn rules off to show what each contributes;
// none() leaves the plain sum of lexicon valences, normalized.
struct ScorerOptions
{
    bool boosters = true;    // boosters and dampeners, fading with distance
    bool allCaps = true;     // ALL-CAPS emphasis in mixed-case text
    bool negation = true;    // negation within three words, "never so", "without doubt", "least"
    bool contrast = true;    // "but"
    bool punctuation = true; // '!' and '?'
    bool elongation = true;  // "soooo" read as "so", "goooood" as "good"
    bool clauseScope = true; // modifiers do not reach across , : ; . ! ? dashes or a line break
    bool laughter = false;   // Korean and Japanese laughter marks (ㅋㅋ, ㅎㅎ, 草, w) count as mildly positive

    static ScorerOptions none() { return {false, false, false, false, false, false, false}; }
};

// A rule-based sentiment scorer in the style of VADER (Hutto & Gilbert, ICWSM 2014): lexicon valences
// adjusted by boosters, capitals, negation, "but" and punctuation, normalized to a compound in [−1, 1].
// Masked terms (token names and narrative keywords) are removed before scoring, and text that is mostly
// in a script the lexicon does not cover comes back unscored.
//
// The const methods are thread-safe. Copies share immutable state; setMaskedTerms() replaces this
// object's state and does not affect copies or ScoreFunctions made earlier.
class Scorer
{
public:
    static constexpr std::size_t maxInputBytes = 10'000; // longer texts are scored by their beginning

    explicit Scorer(std::shared_ptr<const Lexicon> lexicon, ScorerOptions options = {});
    ~Scorer();
    Scorer(const Scorer&);
    Scorer& operator=(const Scorer&);

    // Whole-word, case-insensitive names and phrases to remove before scoring ("GHOST", "Ghost Coin").
    // "$GHOST", "#ghost" and "GHOST's" match "ghost"; "ghosted" does not.
    void setMaskedTerms(const QStringList& terms);
    QStringList maskedTerms() const;

    const Lexicon& lexicon() const;
    ScorerOptions options() const;

    // Without a language tag the text's dominant script picks the rules: Hangul is read as Korean, Kana
    // (with Han) as Japanese, Latin as English; Han alone and other scripts stay unscored. With one, the
    // tag decides (see chooseScoringLanguage()). English text is scored exactly as before either way.
    SentimentScore score(std::string_view utf8) const;
    ScoreExplanation explain(std::string_view utf8) const;
    SentimentScore score(std::string_view utf8, std::string_view lang) const;
    ScoreExplanation explain(std::string_view utf8, std::string_view lang) const;

    // A copyable callable that shares this scorer's current state and takes an optional language tag;
    // safe to call from many threads.
    ScoreFunction scoreFunction() const;

private:
    std::shared_ptr<const ScorerEngine> m_engine;
};

} // namespace seance
