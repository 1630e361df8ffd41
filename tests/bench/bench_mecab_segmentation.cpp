// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Why the Japanese rules segment by longest match over the lexicon rather than with MeCab (IPADIC):
// - speed: the rate at which MeCab alone splits the same ~60-character Japanese posts that bench_scorer
//   scores, beside the whole scorer's rate on them in the same run;
// - accuracy on the Japanese dev set: r of the scorer as it is, beside r of the same scorer on the text as
//   MeCab reads it, each word replaced by its dictionary form (良く → 良い, 儲から → 儲かる), so that
//   the lexicon is looked up by lemma the way a MeCab-based scorer would.
#include "benchtiming.h"
#include "cjkbenchposts.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "ratedtexts.h"

#include <QCoreApplication>

#include <mecab.h>

#include <cstdio>

using namespace seance;

namespace {

// The text with every word MeCab finds replaced by its dictionary form (IPADIC's seventh feature).
std::string lemmatized(mecab_t* mecab, const std::string& text)
{
    std::string out;
    for (const mecab_node_t* node = mecab_sparse_tonode2(mecab, text.data(), text.size()); node; node = node->next) {
        if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
            continue;
        const std::string surface(node->surface, node->length);
        const QList<QByteArray> features = QByteArray(node->feature).split(',');
        const QByteArray base = features.value(6);
        out += base.isEmpty() || base == "*" ? surface : base.toStdString();
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int count = 50'000;
    const std::vector<std::string> posts = bench::generateCjkPosts(false, count);
    mecab_t* mecab = mecab_new2("-Owakati");
    if (!mecab) {
        std::printf("bench_mecab_segmentation: SKIP (MeCab could not start: %s)\n", mecab_strerror(nullptr));
        return 0;
    }
    volatile std::size_t sink = 0;
    const double segmenting = bench::medianSeconds(3, [&] {
        std::size_t bytes = 0;
        for (const std::string& post : posts) {
            const char* words = mecab_sparse_tostr2(mecab, post.data(), post.size());
            bytes += words ? std::char_traits<char>::length(words) : 0;
        }
        sink = sink + bytes;
    });
    std::vector<bench::RatedText> rated;
    if (bench::readRatedTexts(QStringLiteral(SEANCE_BENCH_DATA_DIR "/ja-dev-posts.tsv"), 0, 1, &rated)) {
        const Scorer plain(Lexicon::builtIn());
        std::vector<double> human;
        std::vector<double> longest;
        std::vector<double> lemmas;
        for (const bench::RatedText& row : rated) {
            human.push_back(row.rating);
            longest.push_back(plain.score(row.text, "ja").compound);
            lemmas.push_back(plain.score(lemmatized(mecab, row.text), "ja").compound);
        }
        std::printf("bench_mecab_segmentation: Japanese dev set, %zu posts (lang ja)\n", rated.size());
        std::printf("  r, longest match over the lexicon        = %.4f\n", bench::pearson(longest, human));
        std::printf("  r, same rules on MeCab's dictionary forms = %.4f\n", bench::pearson(lemmas, human));
    }
    mecab_destroy(mecab);
    const Scorer scorer(Lexicon::builtIn());
    const double scoring = bench::medianSeconds(3, [&] {
        double sum = 0;
        for (const std::string& post : posts)
            sum += scorer.score(post).compound;
        sink = sink + static_cast<std::size_t>(sum != 0);
    });
    std::printf("bench_mecab_segmentation: %d Japanese posts of ~60 characters, median of 3 runs, one thread\n", count);
    std::printf("  MeCab (IPADIC) segmentation only  %9.0f posts/s\n", count / segmenting);
    std::printf("  Seance scorer, longest match      %9.0f posts/s (whole score)   target >= 150000\n",
                count / scoring);
    return 0;
}
