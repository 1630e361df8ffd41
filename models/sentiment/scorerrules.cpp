// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules themselves: from tokens to items, then VADER's valence adjustments, then the compound.
#include "scorerengine.h"

#include "htmlentities.h"
#include "ruletext.h"
#include "rulewords.h"
#include "scorerinternals.h"
#include "scriptdetection.h"
#include "utf8.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace seance {
namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

double normalize(double sum)
{
    const double compound = sum / std::sqrt(sum * sum + rules::normalizationAlpha);
    return std::clamp(compound, -1.0, 1.0);
}

} // namespace

SentimentScore ScorerEngine::score(std::string_view text) const
{
    return run<false>(text, nullptr);
}

ScoreExplanation ScorerEngine::explain(std::string_view text) const
{
    ScoreExplanation explanation;
    explanation.score = run<true>(text, &explanation);
    return explanation;
}

template <bool Explain>
SentimentScore ScorerEngine::run(std::string_view text, ScoreExplanation* explanation) const
{
    thread_local Scratch s;
    s.text = unescapeHtml(utf8::truncate(text, Scorer::maxInputBytes), s.unescaped);
    TokenizedText& tokenized = s.tokenized;
    tokenize(s.text, &m_terms->emoticons, tokenized);
    const std::size_t count = tokenized.tokens.size();
    if (s.perToken.size() < count)
        s.perToken.resize(count); // every slot below count is written in the loops that follow
    QStringList textRules;

    // Masks, URLs, mentions and tickers leave the text first; then each remaining word is looked up once.
    int covered = 0;
    int uncovered = 0;
    int casedWords = 0;
    int capsWords = 0;
    for (std::size_t i = 0; i < count;) {
        Token& token = tokenized.tokens[i];
        Scratch::TokenSlot& slot = s.perToken[i];
        slot.info = nullptr;
        slot.state = TokenState::Scored;
        slot.reading = Reading::AsWritten;
        if (token.kind == TokenKind::Url || token.kind == TokenKind::Mention) {
            slot.state = TokenState::Ignored;
            ++i;
            continue;
        }
        const std::uint64_t hash = hashTerm(tokenized.key(token));
        if (m_masker.mayContain(hash)) {
            if (const int masked = m_masker.matchAt(tokenized, i, hash); masked > 0) {
                for (int k = 0; k < masked; ++k) {
                    s.perToken[i + k].info = nullptr;
                    s.perToken[i + k].state = TokenState::Masked;
                    s.perToken[i + k].reading = Reading::AsWritten;
                }
                if constexpr (Explain) {
                    const QString written = fromUtf8(s.written(i, masked));
                    explanation->maskedTerms.append(written);
                    textRules.append(ruletext::masked(written));
                }
                i += masked;
                continue;
            }
        }
        if (token.kind == TokenKind::Ticker) {
            if constexpr (Explain)
                textRules.append(ruletext::ignored(fromUtf8(s.written(i, 1))));
            slot.state = TokenState::Ignored;
            ++i;
            continue;
        }
        covered += token.coveredLetters;
        uncovered += token.uncoveredLetters;
        if (token.has(Token::Cased)) {
            ++casedWords;
            capsWords += token.has(Token::AllCaps) ? 1 : 0;
        }
        slot.info = resolve(token, hash, tokenized, &slot.reading);
        ++i;
    }
    if (uncovered > covered) {
        SentimentScore unscored;
        unscored.scored = false;
        if constexpr (Explain)
            explanation->rulesFired = textRules << ruletext::unscored(tallyScripts(s.text).dominantUncovered());
        return unscored;
    }
    // VADER's "mixed case" test: capitals stand out only when some words are in capitals and some are not.
    const bool capDifferential = capsWords > 0 && capsWords < casedWords;

    s.items.clear();
    Gap pendingGap = Gap::None;
    bool dualRoles = false;           // some item is both a sentiment term and a modifier
    std::size_t contrast = count;     // the first "but"
    const bool boosters = m_options.boosters;
    const bool negation = m_options.negation;
    for (std::size_t i = 0; i < count;) {
        const Token& token = tokenized.tokens[i];
        if (s.perToken[i].state != TokenState::Scored) {
            pendingGap = std::max(pendingGap, token.gapBefore);
            ++i;
            continue;
        }
        Item& item = s.items.emplace_back(); // filled in place, see Scanner::emitToken()
        item.gapBefore = std::max(pendingGap, token.gapBefore);
        pendingGap = Gap::None;
        item.firstToken = static_cast<std::uint32_t>(i);
        const TermInfo* info = s.perToken[i].info;
        const int span = info && info->phraseWords > 1 ? matchPhrase(s, i, info->phraseWords, &info) : 1;
        item.tokenCount = static_cast<std::uint16_t>(span);
        item.pictograph = token.kind == TokenKind::Emoji || token.kind == TokenKind::Emoticon;
        item.allCaps = true;
        for (int k = 0; k < span; ++k)
            item.allCaps = item.allCaps && tokenized.tokens[i + k].has(Token::AllCaps);
        if (info) {
            item.base = info->hasValence ? info->valence : 0;
            item.scalar = info->scalar;
            item.flags = info->flags;
        }
        if (span == 1 && token.has(Token::Apostrophe) && rules::isNegativeContraction(tokenized.key(token)))
            item.flags |= rules::Negation;
        dualRoles = dualRoles || (item.base != 0 && ((boosters && item.scalar != 0) ||
                                                     (negation && (item.flags & rules::Negation) != 0)));
        if ((item.flags & rules::Contrast) && item.base == 0 && contrast == count)
            contrast = s.items.size() - 1;
        i += static_cast<std::size_t>(span);
    }

    // A word that is both a sentiment term and a modifier ("super", "damn") modifies when a sentiment term
    // follows within reach, and otherwise counts on its own. Decided right to left, so chains resolve.
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::size_t nextSentiment = none;
    for (std::size_t j = dualRoles ? s.items.size() : 0; j-- > 0;) {
        Item& item = s.items[j];
        const bool modifies = (boosters && item.scalar != 0) || (negation && (item.flags & rules::Negation) != 0);
        if (item.isSentiment() && modifies && nextSentiment != none && nextSentiment - j <= rules::modifierReach)
            item.base = 0;
        if (item.isSentiment())
            nextSentiment = j;
        if (m_options.clauseScope && item.gapBefore >= Gap::Clause)
            nextSentiment = none;
    }

    s.clauseStart = 0;
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        if (m_options.clauseScope && item.gapBefore >= Gap::Clause)
            s.clauseStart = i;
        item.value = 0;
        if (!item.isSentiment())
            continue;
        TermContribution* contribution = nullptr;
        if constexpr (Explain) {
            TermContribution term;
            term.text = fromUtf8(s.written(item.firstToken, item.tokenCount));
            QStringList keys;
            for (std::size_t k = item.firstToken; k < item.firstToken + item.tokenCount; ++k)
                keys.append(fromUtf8(tokenized.key(tokenized.tokens[k])));
            term.term = keys.join(QLatin1Char(' '));
            term.valence = item.base;
            if (item.tokenCount == 1 && s.perToken[item.firstToken].reading == Reading::Elongated)
                term.rules.append(ruletext::elongated(term.text, term.term));
            item.contribution = static_cast<int>(explanation->terms.size());
            explanation->terms.append(term);
            contribution = &explanation->terms.last();
        }
        applyModifiers(s, i, capDifferential, contribution);
    }
    if (m_options.contrast && contrast < s.items.size())
        applyContrast(s, contrast, explanation);

    // Proportions as VADER computes them: each sentiment item counts its value plus one, so that it
    // outweighs a neutral word, which counts one.
    double sum = 0;
    double positive = 0;
    double negative = 0;
    double neutral = 0;
    for (const Item& item : s.items) {
        sum += item.value;
        if (item.value > 0)
            positive += item.value + 1;
        else if (item.value < 0)
            negative += item.value - 1;
        else
            neutral += 1;
    }
    double amplifier = 0;
    if (m_options.punctuation && sum != 0) {
        const int exclamations = std::min(tokenized.exclamations, rules::maxExclamations);
        const double fromExclamations = exclamations * rules::exclamationStep;
        double fromQuestions = 0;
        if (tokenized.questions > 1)
            fromQuestions = tokenized.questions <= rules::maxCountedQuestions ? tokenized.questions * rules::questionStep
                                                                              : rules::manyQuestionsBoost;
        amplifier = fromExclamations + fromQuestions;
        if constexpr (Explain) {
            const double sign = sum > 0 ? 1 : -1;
            if (exclamations > 0)
                textRules.append(ruletext::exclamations(tokenized.exclamations, sign * fromExclamations));
            if (fromQuestions > 0)
                textRules.append(ruletext::questions(tokenized.questions, sign * fromQuestions));
        }
    }
    if (sum > 0)
        sum += amplifier;
    else if (sum < 0)
        sum -= amplifier;

    SentimentScore result;
    result.compound = normalize(sum);
    if (positive > -negative)
        positive += amplifier;
    else if (positive < -negative)
        negative -= amplifier;
    const double total = positive - negative + neutral;
    if (total > 0) {
        result.pos = positive / total;
        result.neg = negative < 0 ? -negative / total : 0.0;
        result.neu = neutral / total;
    } else {
        result.neu = 1; // nothing to score: neutral, and pos + neu + neg stays 1
    }

    if constexpr (Explain) {
        for (std::size_t i = 0; i < s.items.size(); ++i) {
            const Item& item = s.items[i];
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

// Capitals, then boosters and negations up to three items back, then "least": VADER's order.
void ScorerEngine::applyModifiers(Scratch& s, std::size_t i, bool capDifferential,
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
    if (m_options.allCaps && capDifferential && item.allCaps) {
        const double step = value > 0 ? rules::capsStep : -rules::capsStep;
        value += step;
        note([&] { return ruletext::allCaps(step); });
    }
    const auto flagsBack = [&s, i](std::size_t distance) { return s.items[i - distance].flags; };
    bool negationBlocked = false;
    for (std::size_t distance = 1; distance <= rules::modifierReach && i >= s.clauseStart + distance; ++distance) {
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
            note([&] { return ruletext::neverSo(fromUtf8(s.written(modifier.firstToken, item.firstToken - modifier.firstToken))); });
        } else if (distance >= 2 && (modifier.flags & rules::Without) && doubtBetween) {
            note([&] { return ruletext::withoutDoubt(fromUtf8(s.written(modifier.firstToken, item.firstToken - modifier.firstToken))); });
        } else if (modifier.flags & rules::Negation) {
            value *= rules::negationFactor;
            note([&] { return ruletext::negated(writtenItem(modifier)); });
        }
    }
    if (m_options.negation && i >= s.clauseStart + 1 && (flagsBack(1) & rules::Least) &&
        !s.items[i - 1].isSentiment()) {
        if (!(i >= s.clauseStart + 2 && (flagsBack(2) & rules::LeastGuard))) {
            value *= rules::negationFactor;
            note([] { return ruletext::least(); });
        }
    }
    item.value = value;
}

// "but" shifts the weight of a text to what follows it: VADER halves every sentiment before the first
// "but" and adds half to every one after it.
void ScorerEngine::applyContrast(Scratch& s, std::size_t contrast, ScoreExplanation* explanation) const
{
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        if (item.value == 0 || i == contrast)
            continue;
        const bool before = i < contrast;
        item.value *= before ? rules::beforeButFactor : rules::afterButFactor;
        if (explanation && item.contribution >= 0)
            explanation->terms[item.contribution].rules.append(before ? ruletext::beforeBut() : ruletext::afterBut());
    }
}

} // namespace seance
