// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulewords.h"

#include <array>

namespace seance::rules {
namespace {

constexpr double up = boosterStep;
constexpr double down = -boosterStep;

constexpr std::array words = {
    // Intensifiers. Some also carry a valence of their own ("super", "damn"); the scorer uses them as
    // modifiers only when a sentiment term follows within reach.
    RuleWord{"absolutely", up}, RuleWord{"amazingly", up}, RuleWord{"awfully", up}, RuleWord{"bloody", up},
    RuleWord{"completely", up}, RuleWord{"considerably", up}, RuleWord{"damn", up}, RuleWord{"decidedly", up},
    RuleWord{"deeply", up}, RuleWord{"effing", up}, RuleWord{"enormously", up}, RuleWord{"entirely", up},
    RuleWord{"especially", up}, RuleWord{"exceptionally", up}, RuleWord{"extraordinarily", up},
    RuleWord{"extremely", up}, RuleWord{"fabulously", up}, RuleWord{"freaking", up}, RuleWord{"freakin", up},
    RuleWord{"fricking", up}, RuleWord{"frickin", up}, RuleWord{"frigging", up}, RuleWord{"friggin", up},
    RuleWord{"fucking", up}, RuleWord{"fuckin", up}, RuleWord{"fully", up}, RuleWord{"greatly", up},
    RuleWord{"hella", up}, RuleWord{"highly", up}, RuleWord{"hugely", up}, RuleWord{"immensely", up},
    RuleWord{"incredibly", up}, RuleWord{"insanely", up}, RuleWord{"intensely", up}, RuleWord{"majorly", up},
    RuleWord{"mega", up}, RuleWord{"more", up}, RuleWord{"most", up}, RuleWord{"particularly", up},
    RuleWord{"purely", up}, RuleWord{"quite", up}, RuleWord{"really", up}, RuleWord{"remarkably", up},
    RuleWord{"seriously", up}, RuleWord{"so", up, SoThis}, RuleWord{"substantially", up}, RuleWord{"super", up},
    RuleWord{"supremely", up}, RuleWord{"terribly", up}, RuleWord{"thoroughly", up}, RuleWord{"totally", up},
    RuleWord{"tremendously", up}, RuleWord{"truly", up}, RuleWord{"uber", up}, RuleWord{"ultra", up},
    RuleWord{"unbelievably", up}, RuleWord{"unusually", up}, RuleWord{"utterly", up},
    RuleWord{"very", up, LeastGuard}, RuleWord{"wildly", up},
    // Softeners.
    RuleWord{"almost", down}, RuleWord{"barely", down}, RuleWord{"fairly", down}, RuleWord{"kinda", down},
    RuleWord{"kindof", down}, RuleWord{"less", down}, RuleWord{"marginally", down}, RuleWord{"mildly", down},
    RuleWord{"moderately", down}, RuleWord{"occasionally", down}, RuleWord{"partially", down},
    RuleWord{"partly", down}, RuleWord{"relatively", down}, RuleWord{"slightly", down},
    RuleWord{"somewhat", down}, RuleWord{"sorta", down}, RuleWord{"sortof", down}, RuleWord{"kind of", down},
    RuleWord{"sort of", down}, RuleWord{"a bit", down}, RuleWord{"a little", down}, RuleWord{"a little bit", down},
    RuleWord{"a tad", down},
    // Negations. Contractions with n't are caught by isNegativeContraction(); these are the rest and the
    // common apostrophe-less spellings.
    RuleWord{"not", 0, Negation}, RuleWord{"no", 0, Negation}, RuleWord{"never", 0, Negation | Never},
    RuleWord{"none", 0, Negation}, RuleWord{"nobody", 0, Negation}, RuleWord{"nothing", 0, Negation},
    RuleWord{"nowhere", 0, Negation}, RuleWord{"neither", 0, Negation}, RuleWord{"nor", 0, Negation},
    RuleWord{"without", 0, Negation | Without}, RuleWord{"cannot", 0, Negation}, RuleWord{"nope", 0, Negation},
    RuleWord{"hardly", 0, Negation}, RuleWord{"scarcely", 0, Negation}, RuleWord{"rarely", 0, Negation},
    RuleWord{"seldom", 0, Negation}, RuleWord{"aint", 0, Negation}, RuleWord{"arent", 0, Negation},
    RuleWord{"cant", 0, Negation}, RuleWord{"couldnt", 0, Negation}, RuleWord{"didnt", 0, Negation},
    RuleWord{"doesnt", 0, Negation}, RuleWord{"dont", 0, Negation}, RuleWord{"hadnt", 0, Negation},
    RuleWord{"hasnt", 0, Negation}, RuleWord{"havent", 0, Negation}, RuleWord{"isnt", 0, Negation},
    RuleWord{"mightnt", 0, Negation}, RuleWord{"mustnt", 0, Negation}, RuleWord{"neednt", 0, Negation},
    RuleWord{"shouldnt", 0, Negation}, RuleWord{"wasnt", 0, Negation}, RuleWord{"werent", 0, Negation},
    RuleWord{"wont", 0, Negation}, RuleWord{"wouldnt", 0, Negation},
    // Words that only matter next to another rule word.
    RuleWord{"but", 0, Contrast}, RuleWord{"least", 0, Least}, RuleWord{"at", 0, LeastGuard},
    RuleWord{"this", 0, SoThis}, RuleWord{"doubt", 0, Doubt},
};

} // namespace

std::span<const RuleWord> ruleWords()
{
    return words;
}

bool isNegativeContraction(std::string_view key) noexcept
{
    return key.find("n't") != std::string_view::npos;
}

} // namespace seance::rules
