// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring throughput on one core over generated tweet-like posts. The baseline in the same run is a
// pass that only lowercases and splits the same texts into words, so the ratio between the two figures
// carries across machines better than posts/s alone.
#include "benchrandom.h"
#include "benchtiming.h"
#include "cjkbenchposts.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

using namespace seance;

namespace {

constexpr int postCount = 200'000;
constexpr int runs = 5;

// splitmix64: deterministic, so every run and every machine scores the same texts.
template <std::size_t N> std::string_view pick(bench::BenchRandom& random, const std::array<std::string_view, N>& words)
{
    return words[random.below(N)];
}

std::vector<std::string> generatePosts()
{
    static constexpr std::array<std::string_view, 40> plain = {
        "the",   "team",  "chart",   "token",  "today",   "just",   "bought", "some",      "is",     "going",
        "to",    "we",    "this",    "price",  "holders", "launch", "dev",    "community", "wallet", "volume",
        "it",    "and",   "for",     "on",     "my",      "you",    "they",   "market",    "week",   "again",
        "after", "about", "listing", "supply", "burn",    "ghost",  "coin",   "still",     "what",   "people"};
    static constexpr std::array<std::string_view, 30> sentiment = {
        "good", "great", "bad",  "love",  "hate",    "amazing", "terrible", "happy",  "sad",   "wagmi",
        "ngmi", "lfg",   "rekt", "scam",  "bullish", "bearish", "pumping",  "dumped", "win",   "lost",
        "fun",  "ugly",  "best", "worst", "moon",    "fud",     "solid",    "nice",   "awful", "excited"};
    static constexpr std::array<std::string_view, 8> modifiers = {"very",  "really", "so",    "not",
                                                                  "don't", "never",  "kinda", "but"};
    static constexpr std::array<std::string_view, 8> emoji = {"🚀", "🔥", "💎", "😂", "😭", "👻", "🚩", "📉"};
    static constexpr std::array<std::string_view, 6> names = {"$GHOST",    "$PEPE",   "@ghostcoin",
                                                              "@karpathy", "#crypto", "https://x.com/i/status/1843"};
    static constexpr std::array<std::string_view, 6> endings = {".", "!", "!!!", "?", "", " lol"};

    bench::BenchRandom random(20260101);
    std::vector<std::string> posts;
    posts.reserve(postCount);
    for (int i = 0; i < postCount; ++i) {
        const std::size_t target = 60 + random.below(81); // 60..140 bytes
        std::string post;
        while (post.size() < target) {
            if (!post.empty())
                post.push_back(' ');
            const std::size_t roll = random.below(100);
            std::string_view word = roll < 55   ? pick(random, plain)
                                    : roll < 77 ? pick(random, sentiment)
                                    : roll < 87 ? pick(random, modifiers)
                                    : roll < 94 ? pick(random, emoji)
                                                : pick(random, names);
            std::string piece(word);
            if (random.below(25) == 0) // shouting
                std::transform(piece.begin(), piece.end(), piece.begin(),
                               [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; });
            post += piece;
            if (random.below(9) == 0)
                post += pick(random, endings);
        }
        posts.push_back(std::move(post));
    }
    return posts;
}

// What any word-based scorer must at least do: lowercase every byte and find the word boundaries.
std::uint64_t tokenizeOnly(const std::vector<std::string>& posts)
{
    std::uint64_t checksum = 0;
    char lowered[512];
    for (const std::string& post : posts) {
        std::size_t words = 0;
        bool inWord = false;
        const std::size_t n = std::min(post.size(), sizeof lowered);
        for (std::size_t i = 0; i < n; ++i) {
            const char c = post[i];
            lowered[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
            const bool wordChar = (lowered[i] >= 'a' && lowered[i] <= 'z') || (c & 0x80);
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }
        checksum += words + static_cast<unsigned char>(lowered[n / 2]);
    }
    return checksum;
}

// The 1-minute load average: thread CPU time also grows when other processes share the core's caches or
// its hyperthread sibling, so a figure is only comparable with one taken under a similar load.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<std::string> posts = generatePosts();
    std::size_t bytes = 0;
    for (const std::string& post : posts)
        bytes += post.size();

    Scorer scorer(Lexicon::builtIn());
    scorer.setMaskedTerms({QStringLiteral("ghost"), QStringLiteral("ghost coin"), QStringLiteral("pepe")});
    volatile double sink = 0;
    volatile std::uint64_t checksum = 0;

    const double baseline = bench::medianSeconds(runs, [&] { checksum = checksum + tokenizeOnly(posts); });
    const double scoring = bench::medianSeconds(runs, [&] {
        double sum = 0;
        for (const std::string& post : posts)
            sum += scorer.score(post).compound;
        sink = sink + sum;
    });

    const double scoredPerSecond = postCount / scoring;
    const double baselinePerSecond = postCount / baseline;
    std::printf("bench_scorer: %d posts, mean %.0f bytes, median of %d runs, one thread, thread CPU time;\n"
                "  %d cores, load average %.2f at the start\n",
                postCount, static_cast<double>(bytes) / postCount, runs, QThread::idealThreadCount(), loadAverage());
    std::printf("  score (masking on)      %10.0f posts/s  %7.1f MB/s  (target >= 1,000,000 posts/s)\n",
                scoredPerSecond, bytes / scoring / 1e6);
    std::printf("  baseline: lowercase+split %8.0f posts/s  %7.1f MB/s\n", baselinePerSecond, bytes / baseline / 1e6);
    std::printf("  scoring costs %.1f x the baseline pass\n", scoring / baseline);

    // Korean and Japanese posts of about 60 characters, in the same run and on the same core, beside the
    // English rate above.
    constexpr int cjkCount = 100'000;
    struct Language
    {
        const char* name;
        bool korean;
        double target;
    };
    for (const Language& language : {Language{"Korean", true, 300'000}, Language{"Japanese", false, 150'000}}) {
        const std::vector<std::string> cjkPosts = bench::generateCjkPosts(language.korean, cjkCount);
        std::size_t cjkBytes = 0;
        std::size_t scoredPosts = 0;
        for (const std::string& post : cjkPosts) {
            cjkBytes += post.size();
            scoredPosts += scorer.score(post).scored ? 1 : 0;
        }
        const double seconds = bench::medianSeconds(runs, [&] {
            double sum = 0;
            for (const std::string& post : cjkPosts)
                sum += scorer.score(post).compound;
            sink = sink + sum;
        });
        std::printf("  %-8s (~60 chars, %.0f bytes) %9.0f posts/s  %7.1f MB/s  (target >= %.0f posts/s; %zu of %d "
                    "scored)\n",
                    language.name, static_cast<double>(cjkBytes) / cjkCount, cjkCount / seconds,
                    cjkBytes / seconds / 1e6, language.target, scoredPosts, cjkCount);
    }
    return 0;
}
