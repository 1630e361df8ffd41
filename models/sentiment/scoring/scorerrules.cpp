// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules themselves: from tokens to items, then VADER's valence adjustments, then the compound.
#include "models/sentiment/scoring/scorerengine.h"

#include "models/sentiment/scoring/htmlentities.h"
#include "models/sentiment/scoring/ruletext.h"
#include "models/sentiment/scoring/rulewords.h"
#include "models/sentiment/scoring/scorerinternals.h"
#include "models/sentiment/scoring/scoringlanguage.h"
#include "models/sentiment/scoring/scriptdetection.h"
#include "models/sentiment/scoring/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace seance {
namespace {

static_assert(Scorer::maxInputBytes <= maxTokenizedBytes, "the scorer's cap must fit the tokenizer's");

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// condition ? value : 0.0, as a mask rather than a branch: in the loop over items the condition (a
// value's sign) is as good as random.
double valueOrZero(bool condition, double value)
{
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    bits &= -static_cast<std::uint64_t>(condition);
    std::memcpy(&value, &bits, sizeof bits);
    return value;
}

SentimentScore unscoredScore()
{
    SentimentScore unscored;
    unscored.scored = false;
    return unscored;
}

double normalize(double sum)
{
    const double compound = sum / std::sqrt(sum * sum + rules::normalizationAlpha);
    return std::clamp(compound, -1.0, 1.0);
}

} // namespace

// Capitals, then boosters and negations up to three items back, then "least": VADER's order.
// Inlined into run(): when scoring, contribution is a constant null there and the rule texts drop out.
[[gnu::always_inline]] inline void ScorerEngine::applyModifiers(Scratch& s, std::size_t i, bool capDifferential,
                                                                TermContribution* contribution) const
{
    Item& item = s.items[i];
    double value = item.base;
    // Rule texts are built only when explaining; scoring never formats a string.
    const auto note = [contribution](auto&& describe) {
        if (contribution)
            contribution->rules.append(describe());
    };
    const auto writtenItem = [&s](const Item& other) {
        return fromUtf8(s.written(other.firstToken, other.tokenCount));
    };
    // Adding 0 leaves the nonzero base as it is, so the step is added without a branch on the capitals.
    const bool shouted = m_options.allCaps & capDifferential & item.allCaps;
    const double capsStep = value > 0 ? rules::capsStep : -rules::capsStep;
    value += valueOrZero(shouted, capsStep);
    if (shouted)
        note([&] { return ruletext::allCaps(capsStep); });
    // Most sentiment words have no booster, negation or "least" within reach: buildItems() has looked.
    if (!item.modifierInReach) {
        item.value = value;
        return;
    }
    const auto flagsBack = [&s, i](std::size_t distance) { return s.items[i - distance].flags; };
    bool negationBlocked = false;
    const std::size_t clauseStart = item.clauseStart;
    for (std::size_t distance = 1; distance <= rules::modifierReach && i >= clauseStart + distance; ++distance) {
        const Item& modifier = s.items[i - distance];
        if (modifier.isSentiment()) {
            // A sentiment word neither boosts nor negates its neighbour, and a negation does not reach past
            // it: in "don't care don't care" the first "don't" belongs to the first "care" only.
            negationBlocked = true;
            continue;
        }
        if (m_options.boosters && modifier.scalar != 0) {
            double step = value < 0 ? -modifier.scalar : modifier.scalar;
            if (m_options.allCaps && capDifferential && modifier.allCaps)
                step += value > 0 ? rules::capsStep : -rules::capsStep;
            step *= rules::fade[distance - 1];
            value += step;
            note([&] {
                return ruletext::modifier(writtenItem(modifier), modifier.scalar > 0, static_cast<int>(distance), step);
            });
        }
        // Emoji and emoticons show the writer's own feeling; "no" in "oh no 😭" does not turn it around.
        if (!m_options.negation || negationBlocked || item.pictograph)
            continue;
        const bool soBetween = (flagsBack(1) & rules::SoThis) || (distance == 3 && (flagsBack(2) & rules::SoThis));
        const bool doubtBetween = (flagsBack(1) & rules::Doubt) || (distance == 3 && (flagsBack(2) & rules::Doubt));
        if (distance >= 2 && (modifier.flags & rules::Never) && soBetween) {
            value *= rules::neverSoFactor;
            note([&] {
                return ruletext::neverSo(
                    fromUtf8(s.written(modifier.firstToken, item.firstToken - modifier.firstToken)));
            });
        } else if (distance >= 2 && (modifier.flags & rules::Without) && doubtBetween) {
            note([&] {
                return ruletext::withoutDoubt(
                    fromUtf8(s.written(modifier.firstToken, item.firstToken - modifier.firstToken)));
            });
        } else if (modifier.flags & rules::Negation) {
            value *= rules::negationFactor;
            note([&] { return ruletext::negated(writtenItem(modifier)); });
        }
    }
    if (m_options.negation && i >= clauseStart + 1 && (flagsBack(1) & rules::Least) && !s.items[i - 1].isSentiment()) {
        if (!(i >= clauseStart + 2 && (flagsBack(2) & rules::LeastGuard))) {
            value *= rules::negationFactor;
            note([] { return ruletext::least(); });
        }
    }
    item.value = value;
}

// The text-wide punctuation emphasis, the compound, and the proportions as VADER computes them: each
// sentiment item counts its value plus one, so that it outweighs a neutral word, which counts one.
// Inlined into run() like applyModifiers().
// Only the sentiment items are visited: every other item has the value 0 and counts as neutral, and adding
// 0 changes none of the sums (none of them can be −0). Adding 0 where VADER adds nothing keeps the loop free
// of branches on each value's sign.
[[gnu::always_inline]] inline SentimentScore ScorerEngine::summarize(const Scratch& s, QStringList* textRules) const
{
    double sum = 0;
    double positive = 0;
    double negative = 0;
    std::size_t zeros = s.items.size() - s.sentimentCount;
    for (std::size_t k = 0; k < s.sentimentCount; ++k) {
        const double value = s.items[s.sentimentItems[k]].value;
        sum += value;
        positive += valueOrZero(value > 0, value + 1);
        negative += valueOrZero(value < 0, value - 1);
        zeros += value == 0 ? 1 : 0;
    }
    const auto neutral = static_cast<double>(zeros);
    double amplifier = 0;
    if (m_options.punctuation && sum != 0) {
        const int exclamations = std::min(s.tokenized.exclamations, rules::maxExclamations);
        const int questions = s.tokenized.questions;
        const double fromExclamations = exclamations * rules::exclamationStep;
        double fromQuestions = 0;
        if (questions > 1)
            fromQuestions =
                questions <= rules::maxCountedQuestions ? questions * rules::questionStep : rules::manyQuestionsBoost;
        amplifier = fromExclamations + fromQuestions;
        if (textRules) {
            const double sign = sum > 0 ? 1 : -1;
            if (exclamations > 0)
                textRules->append(ruletext::exclamations(s.tokenized.exclamations, sign * fromExclamations));
            if (fromQuestions > 0)
                textRules->append(ruletext::questions(questions, sign * fromQuestions));
        }
    }
    if (sum > 0)
        sum += amplifier;
    else if (sum < 0)
        sum -= amplifier;
    if (positive > -negative)
        positive += amplifier;
    else if (positive < -negative)
        negative -= amplifier;

    SentimentScore result;
    result.compound = normalize(sum);
    const double total = positive - negative + neutral;
    if (total > 0) {
        result.pos = positive / total;
        result.neg = negative < 0 ? -negative / total : 0.0;
        result.neu = neutral / total;
    } else {
        result.neu = 1; // nothing to score: neutral, and pos + neu + neg stays 1
    }
    return result;
}

SentimentScore ScorerEngine::score(std::string_view text) const
{
    return score(text, {});
}

ScoreExplanation ScorerEngine::explain(std::string_view text) const
{
    return explain(text, {});
}

SentimentScore ScorerEngine::score(std::string_view text, std::string_view lang) const
{
    const ScoringLanguage language = chooseScoringLanguage(text, lang);
    if (language == ScoringLanguage::English)
        return run<false>(text, nullptr);
    if (language == ScoringLanguage::Unscored)
        return unscoredScore();
    thread_local std::string unescaped;
    const CjkScorer& scorer = language == ScoringLanguage::Korean ? m_korean : m_japanese;
    return scorer.score(unescapeHtml(utf8::truncate(text, Scorer::maxInputBytes), unescaped), nullptr);
}

ScoreExplanation ScorerEngine::explain(std::string_view text, std::string_view lang) const
{
    ScoreExplanation explanation;
    const ScoringLanguage language = chooseScoringLanguage(text, lang);
    if (language == ScoringLanguage::Korean || language == ScoringLanguage::Japanese) {
        std::string unescaped;
        const CjkScorer& scorer = language == ScoringLanguage::Korean ? m_korean : m_japanese;
        scorer.score(unescapeHtml(utf8::truncate(text, Scorer::maxInputBytes), unescaped), &explanation);
    } else if (language == ScoringLanguage::Unscored) {
        explanation.score = unscoredScore();
        explanation.rulesFired.append(ruletext::unscoredLanguage(fromUtf8(lang)));
    } else {
        explanation.score = run<true>(text, &explanation);
    }
    return explanation;
}

// The scorer's phases: tokens, masks and lookups; items (words and phrases) and their roles; the rules per
// item; the text-wide rules and the compound. Explaining runs the same code and records what it does.
template <bool Explain> SentimentScore ScorerEngine::run(std::string_view text, ScoreExplanation* explanation) const
{
    thread_local Scratch s;
    s.text = unescapeHtml(utf8::truncate(text, Scorer::maxInputBytes), s.unescaped);
    tokenize(s.text, &m_terms->emoticons, s.tokenized);
    QStringList textRules;
    const TextCensus census = resolveTokens(s, Explain ? explanation : nullptr, Explain ? &textRules : nullptr);
    if (census.uncoveredLetters > census.coveredLetters) {
        SentimentScore unscored;
        unscored.scored = false;
        if constexpr (Explain)
            explanation->rulesFired = textRules << ruletext::unscored(tallyScripts(s.text).dominantUncovered());
        return unscored;
    }
    // VADER's "mixed case" test: capitals stand out only when some words are in capitals and some are not.
    const bool capDifferential = census.capsWords > 0 && census.capsWords < census.casedWords;
    const std::size_t contrast = buildItems(s);

    // Every item starts with the value 0 (see buildItems()); only sentiment items get another.
    for (std::size_t k = 0; k < s.sentimentCount; ++k) {
        const std::size_t i = s.sentimentItems[k];
        Item& item = s.items[i];
        if (!item.isSentiment()) // resolveRoles() made it a modifier
            continue;
        TermContribution* contribution = nullptr;
        if constexpr (Explain)
            contribution = addContribution(s, item, *explanation);
        applyModifiers(s, i, capDifferential, contribution);
    }
    if (m_options.contrast && contrast < s.items.size())
        applyContrast(s, contrast, Explain ? explanation : nullptr);
    const SentimentScore result = summarize(s, Explain ? &textRules : nullptr);

    if constexpr (Explain) {
        for (const Item& item : s.items) {
            if (item.contribution < 0)
                continue;
            TermContribution& term = explanation->terms[item.contribution];
            term.contribution = item.value;
            for (const QString& rule : term.rules)
                textRules.append(ruletext::termRule(term.term, rule));
        }
        explanation->rulesFired = textRules;
    }
    return result;
}

template SentimentScore ScorerEngine::run<false>(std::string_view, ScoreExplanation*) const;
template SentimentScore ScorerEngine::run<true>(std::string_view, ScoreExplanation*) const;

// "but" shifts the weight of a text to what follows it: VADER halves every sentiment before the first
// "but" and adds half to every one after it.
void ScorerEngine::applyContrast(Scratch& s, std::size_t contrast, ScoreExplanation* explanation) const
{
    // Only sentiment items have a value, and "but" itself is none.
    for (std::size_t k = 0; k < s.sentimentCount; ++k) {
        const std::size_t i = s.sentimentItems[k];
        Item& item = s.items[i];
        if (item.value == 0)
            continue;
        const bool before = i < contrast;
        item.value *= before ? rules::beforeButFactor : rules::afterButFactor;
        if (explanation && item.contribution >= 0)
            explanation->terms[item.contribution].rules.append(before ? ruletext::beforeBut() : ruletext::afterBut());
    }
}

TermContribution* ScorerEngine::addContribution(const Scratch& s, Item& item, ScoreExplanation& explanation) const
{
    TermContribution term;
    term.text = fromUtf8(s.written(item.firstToken, item.tokenCount));
    QStringList keys;
    for (std::size_t k = item.firstToken; k < item.firstToken + item.tokenCount; ++k)
        keys.append(fromUtf8(s.tokenized.key(s.tokenized.tokens[k])));
    term.term = keys.join(QLatin1Char(' '));
    term.valence = item.base;
    if (item.tokenCount == 1 && s.perToken[item.firstToken].reading == Reading::Elongated)
        term.rules.append(ruletext::elongated(term.text, term.term));
    item.contribution = static_cast<int>(explanation.terms.size());
    explanation.terms.append(term);
    return &explanation.terms.last();
}

} // namespace seance
