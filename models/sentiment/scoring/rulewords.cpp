// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/rulewords.h"

#include <vector>

namespace seance::rules {
namespace {

// Intensifiers. Some also carry a valence of their own ("super", "damn"); the scorer uses them as modifiers
// only when a sentiment term follows within reach.
constexpr std::string_view boosters[] = {
    "absolutely",    "amazingly",     "awfully",      "bloody",
    "completely",    "considerably",  "damn",         "decidedly",
    "deeply",        "effing",        "enormously",   "entirely",
    "especially",    "exceptionally", "extremely",    "fabulously",
    "freaking",      "freakin",       "fricking",     "frickin",
    "frigging",      "friggin",       "fucking",      "fuckin",
    "fully",         "greatly",       "hella",        "highly",
    "hugely",        "immensely",     "incredibly",   "insanely",
    "intensely",     "majorly",       "mega",         "more",
    "most",          "particularly",  "purely",       "quite",
    "really",        "remarkably",    "seriously",    "so",
    "substantially", "super",         "supremely",    "terribly",
    "thoroughly",    "totally",       "tremendously", "truly",
    "uber",          "ultra",         "unbelievably", "unusually",
    "utterly",       "very",          "wildly",       "extraordinarily",
};

// Softeners, including the multi-word ones ("kind of good" is less than good).
constexpr std::string_view dampeners[] = {
    "almost",     "barely",       "fairly",    "kinda",  "kindof",     "less",         "marginally", "mildly",
    "moderately", "occasionally", "partially", "partly", "relatively", "slightly",     "somewhat",   "sorta",
    "sortof",     "kind of",      "sort of",   "a bit",  "a little",   "a little bit", "a tad",
};

// Negations. Contractions with n't are caught by isNegativeContraction(); these are the rest and the
// common spellings without an apostrophe.
constexpr std::string_view negations[] = {
    "not",      "no",     "none",   "nobody",  "nothing", "nowhere", "neither",  "nor",   "cannot", "nope", "hardly",
    "scarcely", "rarely", "seldom", "aint",    "arent",   "cant",    "couldnt",  "didnt", "doesnt", "dont", "hadnt",
    "hasnt",    "havent", "isnt",   "mightnt", "mustnt",  "neednt",  "shouldnt", "wasnt", "werent", "wont", "wouldnt",
};

// Words whose rules depend on their neighbours; a word listed above as well gets both.
constexpr RuleWord special[] = {
    {"never", 0, Negation | Never},
    {"without", 0, Negation | Without},
    {"but", 0, Contrast},
    {"least", 0, Least},
    {"at", 0, LeastGuard},
    {"this", 0, SoThis},
    {"doubt", 0, Doubt},
    {"so", 0, SoThis},
    {"very", 0, LeastGuard},
};

std::vector<RuleWord> buildRuleWords()
{
    std::vector<RuleWord> words;
    for (const std::string_view word : boosters)
        words.push_back({word, boosterStep, 0});
    for (const std::string_view word : dampeners)
        words.push_back({word, -boosterStep, 0});
    for (const std::string_view word : negations)
        words.push_back({word, 0, Negation});
    for (const RuleWord& word : special)
        words.push_back(word);
    return words;
}

} // namespace

std::span<const RuleWord> ruleWords()
{
    static const std::vector<RuleWord> words = buildRuleWords();
    return words;
}

bool isNegativeContraction(std::string_view key) noexcept
{
    return key.find("n't") != std::string_view::npos;
}

} // namespace seance::rules
