// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy of the Korean and Japanese rules against human ratings: the Pearson correlation between the
// compound score and the rating, and the share of texts that got a score.
// - Korean: the NSMC movie reviews rated 1..10 by their authors (../shared/data/nsmc_ratings_dev.tsv,
//   outside the repository; skipped when absent).
// - Korean and Japanese posts: tests/bench/data/ko-dev-posts.tsv and ja-dev-posts.tsv, crypto chatter and
//   everyday posts written for Seance and rated −4..+4 before they were first scored.
// Beside each: the English rules alone on the same texts, which stand for a stock VADER (an English
// lexicon finds no word in these texts), and the figure with each rule switched off.
// SEANCE_BENCH_DUMP=1 prints every text with its rating and score, for tuning on the dev sets.
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "ratedtexts.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace seance;
using namespace seance::bench;

namespace {

struct Figures
{
    double r = 0;
    std::size_t scored = 0;
    std::size_t nonzero = 0;
};

Figures measure(const Scorer& scorer, const std::vector<RatedText>& rows, const char* lang)
{
    Figures figures;
    std::vector<double> compound;
    std::vector<double> human;
    for (const RatedText& row : rows) {
        const SentimentScore score = scorer.score(row.text, lang);
        if (!score.scored)
            continue;
        ++figures.scored;
        figures.nonzero += score.compound != 0 ? 1 : 0;
        compound.push_back(score.compound);
        human.push_back(row.rating);
    }
    figures.r = pearson(compound, human);
    return figures;
}

void report(const char* name, const std::vector<RatedText>& rows, const char* target)
{
    const auto lexicon = Lexicon::builtIn();
    const Scorer scorer(lexicon);
    // Scored without a language tag: the script decides, as for a post whose source gives none.
    const Figures full = measure(scorer, rows, "");
    const Figures english = measure(scorer, rows, "en");
    std::printf("%s: %zu rated texts\n", name, rows.size());
    std::printf("  r (all rules)                 = %.4f   %s\n", full.r, target);
    std::printf("  scored                        = %zu of %zu (%.1f%%), %zu with a nonzero compound\n", full.scored,
                rows.size(), 100.0 * static_cast<double>(full.scored) / static_cast<double>(rows.size()), full.nonzero);
    std::printf("  English rules only (stock VADER's view): %zu scored, %zu with a nonzero compound\n", english.scored,
                english.nonzero);
    std::printf("  r (naive sum of valences)     = %.4f\n",
                measure(Scorer(lexicon, ScorerOptions::none()), rows, "").r);
    struct Ablation
    {
        const char* name;
        bool ScorerOptions::*rule;
        bool value;
    };
    const Ablation ablations[] = {
        {"without boosters", &ScorerOptions::boosters, false},
        {"without negation", &ScorerOptions::negation, false},
        {"without but", &ScorerOptions::contrast, false},
        {"without punctuation", &ScorerOptions::punctuation, false},
        {"with laughter counted", &ScorerOptions::laughter, true},
    };
    for (const Ablation& ablation : ablations) {
        ScorerOptions options;
        options.*ablation.rule = ablation.value;
        std::printf("  r %-27s = %.4f\n", ablation.name, measure(Scorer(lexicon, options), rows, "").r);
    }
    if (std::getenv("SEANCE_BENCH_DUMP")) {
        for (const RatedText& row : rows)
            std::printf("DUMP\t%g\t%.3f\t%s\n", row.rating, scorer.score(row.text).compound, row.text.c_str());
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const char* text = std::getenv("SEANCE_BENCH_EXPLAIN")) {
        const ScoreExplanation explanation = Scorer(Lexicon::builtIn()).explain(text);
        std::printf("%.4f\n", explanation.score.compound);
        for (const QString& rule : explanation.rulesFired)
            std::printf("  %s\n", qPrintable(rule));
        for (const TermContribution& term : explanation.terms)
            std::printf("  term %s (%s) %.2f -> %.3f\n", qPrintable(term.term), qPrintable(term.text), term.valence,
                        term.contribution);
        return 0;
    }
    std::vector<RatedText> korean;
    const QString nsmc = QStringLiteral(SEANCE_SHARED_DATA_DIR "/nsmc_ratings_dev.tsv");
    if (readRatedTexts(nsmc, 1, 2, &korean))
        report("Korean (NSMC reviews, rated 1..10)", korean, "(target >= 0.45 with >= 90% scored)");
    else
        std::printf("Korean: SKIP (%s not found)\n", qPrintable(nsmc));

    std::vector<RatedText> koreanPosts;
    const QString koPosts = QStringLiteral(SEANCE_BENCH_DATA_DIR "/ko-dev-posts.tsv");
    if (readRatedTexts(koPosts, 0, 1, &koreanPosts))
        report("Korean (dev posts, rated -4..+4)", koreanPosts, "(no target; crypto chatter)");

    std::vector<RatedText> japanese;
    const QString posts = QStringLiteral(SEANCE_BENCH_DATA_DIR "/ja-dev-posts.tsv");
    if (readRatedTexts(posts, 0, 1, &japanese))
        report("Japanese (dev posts, rated -4..+4)", japanese, "(target >= 0.7)");
    else
        std::printf("Japanese: SKIP (%s not found)\n", qPrintable(posts));
    return 0;
}
