// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Korean and Japanese rules on the items cjkscorer.cpp found: roles, intensifiers, negation, "but".
#include "models/sentiment/scoring/cjkscorer.h"

#include "models/sentiment/scoring/cjkrulewords.h"
#include "models/sentiment/scoring/cjkscorerinternals.h"
#include "models/sentiment/scoring/ruletext.h"
#include "models/sentiment/scoring/rulewords.h"

#include <algorithm>

namespace seance {
namespace {

constexpr int koreanNegationGap = 2; // 좋지 않다, 좋은건 아니다: endings between a term and 않다, 아니다
constexpr int koreanCopulaGap = 4;   // 좋은 작품은 아니다: a noun and its particle between
constexpr int japaneseNegationGap = 3; // 好きじゃない, 期待できない, 儲からない: kana before ない
constexpr std::uint32_t japaneseBoosterReach = 24; // bytes between a booster and its term (8 kana)
constexpr int koreanBoosterReach = 2;              // words between a booster and its term

} // namespace

// Glued intensifiers (개좋다) act only on a term written right after them; a word that is both a term and
// an intensifier (クソ) intensifies a term right after it and otherwise counts on its own; rule words that
// act only at the start of a word (안, 못, 개-) do nothing elsewhere.
void CjkScorer::resolveRoles(Scratch& s) const
{
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        const Item* next = i + 1 < s.items.size() ? &s.items[i + 1] : nullptr;
        const bool termRightAfter =
            next && next->clause == item.clause && next->gapChars == 0 && next->gapSpaces == 0 && next->isSentiment();
        if ((item.flags & cjk::WordStart) && !item.wordStart) {
            item.scalar = 0;
            item.flags &= static_cast<std::uint16_t>(~cjk::PreNegation);
        }
        if ((item.flags & cjk::Glued) && !termRightAfter)
            item.scalar = 0;
        if (item.base != 0 && item.scalar != 0) {
            if (termRightAfter)
                item.base = item.value = 0;
            else
                item.scalar = 0;
        }
    }
}

// Boosters and softeners up to three items back in the clause, fading with distance, as in VADER.
void CjkScorer::applyBoosters(Scratch& s) const
{
    if (!m_options.boosters)
        return;
    const bool korean = language() == ScoringLanguage::Korean;
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        if (!item.isSentiment())
            continue;
        for (std::size_t distance = 1; distance <= rules::modifierReach && distance <= i; ++distance) {
            const Item& modifier = s.items[i - distance];
            if (modifier.clause != item.clause)
                break;
            if (modifier.isSentiment() || modifier.scalar == 0 || ((modifier.flags & cjk::Glued) && distance > 1))
                continue;
            const bool inReach = korean ? item.word - modifier.word <= koreanBoosterReach
                                        : item.start - modifier.end <= japaneseBoosterReach;
            if (!inReach)
                continue;
            const double step = (item.value < 0 ? -modifier.scalar : modifier.scalar) * rules::fade[distance - 1];
            item.value += step;
            s.note(i,
                   ruletext::modifier(cjkText(s.key(modifier)), modifier.scalar > 0, static_cast<int>(distance), step));
        }
    }
}

// 안 좋다, 못 믿겠다 (before); 좋지 않다, 재미 없다, 良くない, 好きじゃない, 儲かりません (after).
void CjkScorer::applyNegation(Scratch& s, ScoreExplanation*) const
{
    if (!m_options.negation)
        return;
    const bool korean = language() == ScoringLanguage::Korean;
    const auto negate = [&s](std::size_t target, const Item& negator) {
        Item& item = s.items[target];
        if (item.pictograph)
            return; // an emoji shows the writer's own feeling
        item.value *= rules::negationFactor;
        s.note(target, ruletext::negated(cjkText(s.key(negator))));
    };
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        if ((item.flags & cjk::PreNegation) && i + 1 < s.items.size()) {
            const Item& next = s.items[i + 1];
            if (next.isSentiment() && next.clause == item.clause && next.gapChars == 0 && next.gapSpaces <= 1)
                negate(i + 1, item);
        }
        if (!(item.flags & cjk::PostNegation) || i == 0)
            continue;
        // The negated term, or an intensifier right after it: 재미 너무 없다, 面白くもなんともない.
        std::size_t target = i - 1;
        if (!s.items[target].isSentiment() && s.items[target].scalar != 0 && target > 0 &&
            s.items[target].gapChars <= 1)
            --target;
        const Item& previous = s.items[target];
        if (!previous.isSentiment() || previous.clause != item.clause)
            continue;
        bool applies = false;
        if (korean) {
            const bool copula = (item.flags & cjk::Copula) != 0;
            applies =
                item.gapChars <= (copula ? koreanCopulaGap : koreanNegationGap) && item.gapSpaces <= (copula ? 2 : 1);
        } else {
            const std::string_view between =
                std::string_view(s.normalized).substr(previous.end, item.start - previous.end);
            const std::string_view after = std::string_view(s.normalized).substr(item.end);
            // 最高しかない is "nothing but the best"; 最高じゃない？ asks for agreement.
            const bool onlyThis = between.find("しか") != std::string_view::npos;
            const bool question = after.starts_with("?") || after.starts_with("か");
            applies = item.gapChars <= japaneseNegationGap && item.gapSpaces <= 1 && item.gapKanaOnly && !onlyThis &&
                      !question;
        }
        if (applies) {
            negate(target, item);
            item.base = item.value = 0;
        }
    }
}

// VADER's "but": what comes before the first 하지만 or けど counts half, what follows one and a half.
void CjkScorer::applyContrast(Scratch& s) const
{
    if (!m_options.contrast)
        return;
    const auto contrast = std::find_if(s.items.begin(), s.items.end(), [](const Item& item) {
        return (item.flags & cjk::Contrast) && !item.isSentiment();
    });
    if (contrast == s.items.end())
        return;
    const auto at = static_cast<std::size_t>(contrast - s.items.begin());
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        if (!item.isSentiment() || item.value == 0)
            continue;
        item.value *= i < at ? rules::beforeButFactor : rules::afterButFactor;
        s.note(i, i < at ? ruletext::beforeBut() : ruletext::afterBut());
    }
}

} // namespace seance
