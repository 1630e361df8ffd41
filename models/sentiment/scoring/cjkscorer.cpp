// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/cjkscorer.h"

#include "models/sentiment/scoring/cjkrulewords.h"
#include "models/sentiment/scoring/cjkscorerinternals.h"
#include "models/sentiment/scoring/ruletext.h"
#include "models/sentiment/scoring/rulewords.h"
#include "models/sentiment/scoring/scorerengine.h"
#include "models/sentiment/scoring/scriptdetection.h"
#include "models/sentiment/scoring/utf8.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace seance {
namespace {

constexpr std::uint16_t farGap = 0xFFFF; // a clause mark or a masked name: nothing reaches across

bool isHiragana(char32_t cp)
{
    return cp >= 0x3041 && cp <= 0x309F;
}

bool isClauseMark(char32_t cp)
{
    switch (cp) {
    case '.':
    case ',':
    case '!':
    case '?':
    case ';':
    case ':':
    case 0x3001: // 、
    case 0x3002: // 。
    case 0x2026: // …
    case 0xFF61: // ｡
    case 0xFF64: // ､
        return true;
    default:
        return false;
    }
}

// A mark written again and again as one: ㅋㅋㅋㅋ, ㅠㅠㅠ, wwww, ^^^.
bool repeatsAsOne(char32_t cp)
{
    return (cp >= 0x3131 && cp <= 0x318E) || cp == 'w' || cp == 'z' || cp == '^' || cp == ';' || cp == 0x8349; // 草
}

bool isAsciiLetter(char c)
{
    return c >= 'a' && c <= 'z';
}

} // namespace

CjkScorer::CjkScorer(std::shared_ptr<const CjkLexicon> lexicon, std::shared_ptr<const CompiledTerms> english,
                     const QStringList& maskedTerms, ScorerOptions options)
    : m_lexicon(std::move(lexicon))
    , m_english(std::move(english))
    , m_options(options)
{
    // Names in Latin letters are masked by the English rules' TextMasker on Latin text; inside Korean or
    // Japanese text a name is matched like any lexicon key, before the lexicon.
    auto masks = std::make_shared<CjkLexicon>(ScoringLanguage::Unscored);
    for (const QString& term : maskedTerms) {
        const QByteArray utf8 = term.trimmed().toUtf8();
        const std::string key = normalizeCjk(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        if (!key.empty())
            masks->insert(key, 0);
    }
    if (masks->size() > 0)
        m_masks = std::move(masks);
}

// Walks the text once: at each position the longest masked name, else the longest lexicon or rule key;
// English words and emoji through the English table; everything else is a gap between items.
void CjkScorer::findItems(Scratch& s) const
{
    const std::string_view text = s.normalized;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const bool japanese = language() == ScoringLanguage::Japanese;
    Item gap; // the gap and position fields of the next item
    gap.wordStart = true;
    bool inWord = false;
    const auto startGap = [&gap](std::uint16_t chars) {
        gap.gapChars = chars;
        gap.gapSpaces = 0;
        gap.gapKanaOnly = true;
        gap.wordStart = false;
    };
    const auto addItem = [&](std::size_t start, std::size_t length, double base, double scalar, std::uint16_t flags,
                             bool pictograph) {
        Item item = gap;
        item.start = static_cast<std::uint32_t>(start);
        item.end = static_cast<std::uint32_t>(start + length);
        item.base = base;
        item.value = base;
        item.scalar = scalar;
        item.flags = flags;
        item.pictograph = pictograph;
        s.items.push_back(item);
        startGap(0);
        inWord = true;
    };
    const char* p = begin;
    while (p < end) {
        const auto pos = static_cast<std::size_t>(p - begin);
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inWord) {
                ++gap.word;
                inWord = false;
            }
            gap.wordStart = true;
            gap.gapSpaces = static_cast<std::uint8_t>(std::min(gap.gapSpaces + 1, 255));
            if (c == '\n' || c == '\r') {
                ++gap.clause;
                gap.gapChars = farGap;
            }
            ++p;
            continue;
        }
        ++s.codePoints;
        const std::string_view rest(p, static_cast<std::size_t>(end - p));
        const CjkTerm* term = nullptr;
        if (m_masks && m_masks->longestMatch(rest, &term) > 0) {
            const std::size_t length = m_masks->longestMatch(rest, &term);
            if (s.explaining)
                s.masked.append(cjkText(rest.substr(0, length)));
            p += length;
            startGap(farGap);
            inWord = true;
            continue;
        }
        std::size_t length = m_lexicon->longestMatch(rest, &term);
        if (isAsciiLetter(c)) {
            // A Latin word is matched whole or not at all: "w" in "wow" is no laughter.
            std::size_t run = 1;
            while (run < rest.size() && isAsciiLetter(rest[run]))
                ++run;
            if (length > 0 && length < run) {
                // ...unless the rest of it repeats the last letter of the match: "zzzz" as "zzz".
                const char last = rest[length - 1];
                const bool repeated =
                    repeatsAsOne(static_cast<unsigned char>(last)) &&
                    std::all_of(rest.begin() + static_cast<std::ptrdiff_t>(length),
                                rest.begin() + static_cast<std::ptrdiff_t>(run), [last](char x) { return x == last; });
                if (!repeated)
                    length = 0;
            }
            if (length == 0) {
                const std::string_view word = rest.substr(0, run);
                if (japanese && std::all_of(word.begin(), word.end(), [](char x) { return x == 'w'; })) {
                    m_lexicon->longestMatch(run >= 2 ? std::string_view("ww") : std::string_view("w"), &term);
                    addItem(pos, run, term ? term->valence : 0, 0, cjk::Laughter, false);
                } else if (const TermInfo* info = m_english->table.find(word); info && info->hasValence) {
                    addItem(pos, run, info->valence, 0, 0, false);
                } else {
                    gap.gapChars = static_cast<std::uint16_t>(std::min<int>(gap.gapChars + 1, farGap));
                    gap.gapKanaOnly = false;
                    inWord = true;
                }
                p += run;
                continue;
            }
        }
        if (length > 0) {
            const bool blocker = term->hasValence && term->valence == 0 && term->scalar == 0 && term->flags == 0;
            // A run of the same mark counts once.
            const char* last = p + length;
            const char* lastStart = last - 1;
            while (lastStart > p && (static_cast<unsigned char>(*lastStart) & 0xC0) == 0x80)
                --lastStart;
            const char* probe = lastStart;
            const char32_t lastCp = utf8::decode(probe, end);
            if (repeatsAsOne(lastCp)) {
                const std::size_t lastLength = static_cast<std::size_t>(last - lastStart);
                while (static_cast<std::size_t>(end - last) >= lastLength &&
                       std::equal(lastStart, lastStart + lastLength, last))
                    last += lastLength;
            }
            if (blocker) {
                // A word that only contains a sentiment word (안녕, 神社): text like any other.
                gap.gapChars = static_cast<std::uint16_t>(std::min<int>(gap.gapChars + 2, farGap));
                gap.gapKanaOnly = false;
                gap.wordStart = false;
                inWord = true;
            } else {
                addItem(pos, static_cast<std::size_t>(last - p), term->hasValence ? term->valence : 0, term->scalar,
                        term->flags, false);
            }
            p = last;
            continue;
        }
        const char* next = p;
        const char32_t cp = utf8::decode(next, end);
        const CharInfo info = cp < 0x80 ? CharInfo{} : classifyCodePoint(cp);
        if (info.charClass == CharClass::Emoji) {
            const TermInfo* emoji = m_english->table.find(std::string_view(p, static_cast<std::size_t>(next - p)));
            // Skin tones, variation selectors and ZWJ sequences belong to the first pictograph.
            while (next < end) {
                const char* after = next;
                const char32_t glue = utf8::decode(after, end);
                const CharClass kind = classifyCodePoint(glue).charClass;
                if (kind != CharClass::Modifier && !(glue >= 0x1F000 && next > p && *(next - 1) == '\x8d'))
                    break;
                next = after;
            }
            if (emoji && emoji->hasValence)
                addItem(pos, static_cast<std::size_t>(next - p), emoji->valence, 0, 0, true);
            else
                startGap(static_cast<std::uint16_t>(std::min<int>(gap.gapChars + 1, farGap)));
            p = next;
            continue;
        }
        if (isClauseMark(cp)) {
            s.exclamations += cp == '!' ? 1 : 0;
            s.questions += cp == '?' ? 1 : 0;
            ++gap.clause;
            gap.gapChars = farGap;
        } else {
            gap.gapChars = static_cast<std::uint16_t>(std::min<int>(gap.gapChars + 1, farGap));
            gap.gapKanaOnly = gap.gapKanaOnly && isHiragana(cp);
            inWord = true;
        }
        p = next;
    }
    s.words = static_cast<int>(gap.word) + (inWord ? 1 : 0);
}

SentimentScore CjkScorer::summarize(const Scratch& s, QStringList* textRules) const
{
    double sum = 0;
    double positive = 0;
    double negative = 0;
    int sentimentItems = 0;
    for (const Item& item : s.items) {
        const bool counts = item.isSentiment() || ((item.flags & cjk::Laughter) && m_options.laughter);
        if (!counts || item.value == 0)
            continue;
        ++sentimentItems;
        sum += item.value;
        if (item.value > 0)
            positive += item.value + 1;
        else
            negative += item.value - 1;
    }
    // Words are counted as VADER counts neutral words: a Korean word between spaces, or about three
    // Japanese characters.
    const int words = language() == ScoringLanguage::Korean ? s.words : (s.codePoints + 2) / 3;
    const double neutral = std::max(0, words - sentimentItems);
    double amplifier = 0;
    if (m_options.punctuation && sum != 0) {
        const int exclamations = std::min(s.exclamations, rules::maxExclamations);
        const double fromExclamations = exclamations * rules::exclamationStep;
        double fromQuestions = 0;
        if (s.questions > 1)
            fromQuestions = s.questions <= rules::maxCountedQuestions ? s.questions * rules::questionStep
                                                                      : rules::manyQuestionsBoost;
        amplifier = fromExclamations + fromQuestions;
        if (textRules) {
            const double sign = sum > 0 ? 1 : -1;
            if (exclamations > 0)
                textRules->append(ruletext::exclamations(s.exclamations, sign * fromExclamations));
            if (fromQuestions > 0)
                textRules->append(ruletext::questions(s.questions, sign * fromQuestions));
        }
    }
    sum += sum > 0 ? amplifier : (sum < 0 ? -amplifier : 0);
    if (positive > -negative)
        positive += amplifier;
    else if (positive < -negative)
        negative -= amplifier;
    SentimentScore result;
    result.compound = std::clamp(sum / std::sqrt(sum * sum + rules::normalizationAlpha), -1.0, 1.0);
    const double total = positive - negative + neutral;
    if (total > 0) {
        result.pos = positive / total;
        result.neg = -negative / total;
        result.neu = neutral / total;
    } else {
        result.neu = 1;
    }
    return result;
}

SentimentScore CjkScorer::score(std::string_view text, ScoreExplanation* explanation) const
{
    thread_local Scratch s;
    s.explaining = explanation != nullptr;
    normalizeCjk(text, s.normalized, s.explaining ? &s.offsets : nullptr);
    s.items.clear();
    s.masked.clear();
    s.exclamations = s.questions = s.words = s.codePoints = 0;
    findItems(s);
    if (s.explaining)
        s.notes.assign(s.items.size(), {});
    resolveRoles(s);
    applyBoosters(s);
    applyNegation(s, explanation);
    applyContrast(s);
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        Item& item = s.items[i];
        if ((item.flags & cjk::Laughter) && item.base != 0 && !m_options.laughter) {
            item.value = 0;
            s.note(i, ruletext::laughter());
        }
    }
    QStringList textRules;
    const SentimentScore result = summarize(s, explanation ? &textRules : nullptr);
    if (explanation)
        explainItems(s, text, *explanation);
    if (explanation) {
        QStringList rules{ruletext::readAs(scoringLanguageName(language()))};
        for (const QString& name : std::as_const(s.masked))
            rules.append(ruletext::masked(name));
        rules += textRules;
        for (const TermContribution& term : std::as_const(explanation->terms)) {
            for (const QString& rule : term.rules)
                rules.append(ruletext::termRule(term.term, rule));
        }
        explanation->rulesFired = rules;
        explanation->maskedTerms = s.masked;
        explanation->score = result;
    }
    return result;
}

void CjkScorer::explainItems(const Scratch& s, std::string_view text, ScoreExplanation& explanation) const
{
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        const Item& item = s.items[i];
        if (item.base == 0)
            continue;
        TermContribution term;
        term.term = cjkText(s.key(item));
        term.text = cjkText(text.substr(s.offsets[item.start], s.offsets[item.end] - s.offsets[item.start]));
        term.valence = item.base;
        term.contribution = item.value;
        term.rules = s.notes[i];
        explanation.terms.append(term);
    }
}

} // namespace seance
