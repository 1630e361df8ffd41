// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The scorer on any bytes, invalid UTF-8 included (posts reach it unfiltered): the compound is a number in −1…1,
// the proportions are in 0…1, the same text scores the same twice, and explain() agrees with score().
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scoreexplanation.h"
#include "models/sentiment/scoring/scorer.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cmath>

using namespace seance;
using namespace seance::fuzz;

namespace {

void checkScore(const SentimentScore& score, const QString& shown)
{
    require(std::isfinite(score.compound) && score.compound >= -1.0 && score.compound <= 1.0, "compound in −1…1",
            shown + QStringLiteral(" → %1").arg(score.compound));
    for (const double part : {score.pos, score.neu, score.neg})
        require(std::isfinite(part) && part >= 0.0 && part <= 1.0, "pos, neu and neg in 0…1", shown);
    require(score.pos + score.neu + score.neg <= 1.0 + 1e-9, "pos + neu + neg at most 1", shown);
}

bool sameScore(const SentimentScore& a, const SentimentScore& b)
{
    return a.compound == b.compound && a.pos == b.pos && a.neu == b.neu && a.neg == b.neg && a.scored == b.scored;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Scorer plain(Lexicon::builtIn());
    static const Scorer masked = [] {
        Scorer scorer(Lexicon::builtIn());
        scorer.setMaskedTerms({QStringLiteral("GHOST"), QStringLiteral("Ghost Coin"), QStringLiteral("$GHOST")});
        return scorer;
    }();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const QString shown = QString::fromUtf8(text.data(), static_cast<qsizetype>(std::min<size_t>(size, 200)));
    for (const Scorer* scorer : {&plain, &masked}) {
        const SentimentScore first = scorer->score(text);
        checkScore(first, shown);
        require(sameScore(first, scorer->score(text)), "the same text scores the same twice", shown);
        require(sameScore(first, scorer->explain(text).score), "explain() gives the score that score() gives", shown);
    }
    return 0;
}
