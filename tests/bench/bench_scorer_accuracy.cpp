// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy of the scorer against human ratings: the Pearson correlation between the compound score and
// the mean rating of the VADER tweet set (Hutto & Gilbert 2014), which lives outside the repository.
// Prints r for the full rule set, for the plain sum of valences, and with each rule switched off.
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "ratedtexts.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace seance;

namespace {

struct Rated
{
    double mean = 0;
    std::string text;
};

double correlation(const Scorer& scorer, const std::vector<Rated>& rows)
{
    std::vector<double> compound;
    std::vector<double> human;
    for (const Rated& row : rows) {
        const SentimentScore score = scorer.score(row.text);
        if (!score.scored)
            continue;
        compound.push_back(score.compound);
        human.push_back(row.mean);
    }
    return bench::pearson(compound, human);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = QStringLiteral(SEANCE_SHARED_DATA_DIR "/vader_tweets_ground_truth.tsv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("bench_scorer_accuracy: SKIP (%s not found)\n", qPrintable(path));
        return 0;
    }
    // Columns: id, mean rating (−4..+4), text; TAB-separated, CRLF line endings.
    std::vector<Rated> rows;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const qsizetype first = line.indexOf('\t');
        const qsizetype second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        if (second < 0)
            continue;
        bool ok = false;
        const double mean = line.mid(first + 1, second - first - 1).toDouble(&ok);
        if (!ok)
            continue;
        rows.push_back({mean, line.mid(second + 1).toStdString()});
    }

    const auto lexicon = Lexicon::builtIn();
    const Scorer full(lexicon);
    const Scorer naive(lexicon, ScorerOptions::none());
    std::size_t scored = 0;
    for (const Rated& row : rows)
        scored += full.score(row.text).scored ? 1 : 0;

    std::printf("bench_scorer_accuracy: %zu rated tweets, %zu scored, lexicon of %zu terms\n", rows.size(), scored,
                lexicon->size());
    std::printf("  r (all rules)                 = %.4f   (target >= 0.85; reference VADER 0.872)\n",
                correlation(full, rows));
    std::printf("  r (naive sum of valences)     = %.4f\n", correlation(naive, rows));

    struct Ablation
    {
        const char* name;
        bool ScorerOptions::*rule;
    };
    const Ablation ablations[] = {
        {"boosters", &ScorerOptions::boosters},        {"all caps", &ScorerOptions::allCaps},
        {"negation", &ScorerOptions::negation},        {"but", &ScorerOptions::contrast},
        {"punctuation", &ScorerOptions::punctuation},  {"elongation", &ScorerOptions::elongation},
        {"clause scope", &ScorerOptions::clauseScope},
    };
    for (const Ablation& ablation : ablations) {
        ScorerOptions options;
        options.*ablation.rule = false;
        std::printf("  r without %-18s = %.4f\n", ablation.name, correlation(Scorer(lexicon, options), rows));
    }
    return 0;
}
