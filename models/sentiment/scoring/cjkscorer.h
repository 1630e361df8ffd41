// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/cjklexicon.h"
#include "models/sentiment/scoring/scoreexplanation.h"
#include "models/sentiment/scoring/scorer.h"

#include <QStringList>

#include <memory>
#include <string_view>

namespace seance {

struct CompiledTerms;

// The VADER-style rules for Korean and Japanese, which write no spaces between words (Japanese) or glue
// particles and endings onto them (Korean). The text is read by longest match over the lexicon at every
// position, so that 좋네요 finds 좋 and 儲からない finds 儲か and ない; text between matches is skipped.
// On the items found: negation before (안, 못) and after (-지 않다, 없다, ない, ません, ず) a term,
// intensifiers and softeners (너무, 개-, めっちゃ, 超), "but" (하지만, けど), laughter marks (ㅋㅋ, 草, w),
// which count only when ScorerOptions::laughter is on, and '!' and '?' as in English. Emoji and English
// words inside the text are looked up in the English lexicon. Thread-safe.
class CjkScorer
{
public:
    CjkScorer(std::shared_ptr<const CjkLexicon> lexicon, std::shared_ptr<const CompiledTerms> english,
              const QStringList& maskedTerms, ScorerOptions options);

    // text is already cut to Scorer::maxInputBytes and HTML-unescaped. explanation may be null.
    SentimentScore score(std::string_view text, ScoreExplanation* explanation) const;

    ScoringLanguage language() const { return m_lexicon->language(); }

private:
    struct Item;
    struct Scratch;

    void findItems(Scratch& s) const;
    void resolveRoles(Scratch& s) const;
    void applyNegation(Scratch& s, ScoreExplanation* explanation) const;
    void applyBoosters(Scratch& s) const;
    void applyContrast(Scratch& s) const;
    SentimentScore summarize(const Scratch& s, QStringList* textRules) const;
    void explainItems(const Scratch& s, std::string_view text, ScoreExplanation& explanation) const;

    std::shared_ptr<const CjkLexicon> m_lexicon;
    std::shared_ptr<const CompiledTerms> m_english;
    std::shared_ptr<const CjkLexicon> m_masks; // masked names written in Hangul, Kana or Han
    ScorerOptions m_options;
};

} // namespace seance
