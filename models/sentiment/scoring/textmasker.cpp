// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/textmasker.h"

#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scriptdetection.h"
#include "models/sentiment/scoring/utf8.h"

#include <algorithm>
#include <array>

namespace seance {
namespace {

bool isNameLike(TokenKind kind) noexcept
{
    return kind == TokenKind::Word || kind == TokenKind::Ticker || kind == TokenKind::Emoji ||
           kind == TokenKind::Emoticon;
}

// "ghost's" without its possessive; empty when the key has none.
std::string_view withoutPossessive(std::string_view key) noexcept
{
    if (key.size() > 2 && key.ends_with("'s"))
        return key.substr(0, key.size() - 2);
    return {};
}

// Korean writes particles and the copula onto the noun ("고스트가", "고스트를", "고스트야"): the name plus one
// of these is still the name as a whole word. Longest first, so "에서" is tried before "서".
constexpr std::array<std::string_view, 30> hangulParticles = {
    "으로", "에서", "에게",   "한테", "까지", "부터", "보다", "처럼", "이랑", "하고",
    "이다", "이야", "입니다", "이",   "가",   "은",   "는",   "을",   "를",   "의",
    "에",   "도",   "만",     "로",   "와",   "과",   "랑",   "야",   "요",   "다"};

// The kind of character either side of a name inside Japanese text: a name is a word there when its
// neighbours are of another kind.
enum class CharKind { Ascii, Katakana, Hiragana, Han, Hangul, OtherLetter, Other };

CharKind kindOf(char32_t cp) noexcept
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? CharKind::Ascii
                                                                                      : CharKind::Other;
    if ((cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F))
        return CharKind::Katakana;
    if (cp >= 0x3040 && cp <= 0x309F)
        return CharKind::Hiragana;
    const CharInfo info = classifyCodePoint(cp);
    if (info.charClass != CharClass::Letter)
        return CharKind::Other;
    switch (info.script) {
    case Script::Han:
        return CharKind::Han;
    case Script::Hangul:
        return CharKind::Hangul;
    case Script::Latin:
        return CharKind::Ascii;
    default:
        return CharKind::OtherLetter;
    }
}

CharKind firstKind(std::string_view text) noexcept
{
    const char* p = text.data();
    return text.empty() ? CharKind::Other : kindOf(utf8::decode(p, text.data() + text.size()));
}

CharKind lastKind(std::string_view text) noexcept
{
    if (text.empty())
        return CharKind::Other;
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    return firstKind(text.substr(start));
}

bool hasKanaOrHan(std::string_view key) noexcept
{
    const char* p = key.data();
    const char* end = p + key.size();
    while (p < end) {
        const CharKind kind = kindOf(utf8::decode(p, end));
        if (kind == CharKind::Katakana || kind == CharKind::Hiragana || kind == CharKind::Han)
            return true;
    }
    return false;
}

bool endsInHangul(std::string_view key) noexcept
{
    return lastKind(key) == CharKind::Hangul;
}

} // namespace

TextMasker::TextMasker(const QStringList& terms)
{
    for (const QString& term : terms) {
        // The lexicon's normalization is the tokenizer's, so a name matches exactly the tokens the text
        // yields; tickers come back without their '$' and hashtags without their '#'.
        const std::string key = Lexicon::normalizeTerm(term);
        if (key.empty())
            continue;
        const int words = static_cast<int>(std::count(key.begin(), key.end(), ' ')) + 1;
        if (words > maxWords)
            continue;
        const int index = static_cast<int>(m_terms.size());
        m_terms.append(term);
        Value& value = m_table[key];
        value.whole = true;
        if (value.term < 0)
            value.term = index;
        addToFilter(key);
        const std::string_view view(key);
        const std::size_t space = view.find(' ');
        if (space != std::string_view::npos) {
            const std::string_view firstWord = view.substr(0, space);
            Value& first = m_table[firstWord];
            first.phraseWords = static_cast<std::uint8_t>(std::max<int>(first.phraseWords, words));
            addToFilter(firstWord);
            for (std::size_t next = view.find(' ', space + 1); next != std::string_view::npos;
                 next = view.find(' ', next + 1))
                m_table[view.substr(0, next)].prefix = true;
        }
        if (endsInHangul(key))
            m_hasHangul = true; // "고스트 코인이": the particle goes on the last word of a phrase too
        if (words != 1)
            continue;
        // "GHOST's" is looked up as "ghost" only after "ghost's" missed, so the filter must let it through.
        addToFilter(key + "'s");
        if (endsInHangul(key)) {
            for (const std::string_view particle : hangulParticles)
                addToFilter(key + std::string(particle));
        }
        if (hasKanaOrHan(key))
            m_insideTerms.push_back({key, m_table.find(key)->term});
    }
}

void TextMasker::addToFilter(std::string_view key) noexcept
{
    const std::uint64_t hash = hashTerm(key);
    m_filter[(hash >> 6) & 15] |= std::uint64_t{1} << (hash & 63);
}

int TextMasker::termIndex(const QString& term) const
{
    const std::string key = Lexicon::normalizeTerm(term);
    return key.empty() ? -1 : wholeTerm(key);
}

int TextMasker::wholeTerm(std::string_view key) const noexcept
{
    const Value* value = m_table.find(key);
    return value && value->whole ? value->term : -1;
}

int TextMasker::wholeWithParticle(std::string_view key) const noexcept
{
    if (!m_hasHangul || !endsInHangul(key))
        return -1;
    for (const std::string_view particle : hangulParticles) {
        if (key.size() > particle.size() && key.ends_with(particle)) {
            const std::string_view stem = key.substr(0, key.size() - particle.size());
            if (endsInHangul(stem)) {
                if (const int term = wholeTerm(stem); term >= 0)
                    return term;
            }
        }
    }
    return -1;
}

bool TextMasker::containsAsWord(std::string_view haystack, std::string_view needle) noexcept
{
    const CharKind first = firstKind(needle);
    const CharKind last = lastKind(needle);
    for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) {
        const std::size_t end = at + needle.size();
        if ((at == 0 || lastKind(haystack.substr(0, at)) != first) &&
            (end == haystack.size() || firstKind(haystack.substr(end)) != last))
            return true;
    }
    return false;
}

int TextMasker::matchAt(const TokenizedText& text, std::size_t index) const noexcept
{
    return matchAt(text, index, hashTerm(text.key(text.tokens[index])));
}

TextMasker::Match TextMasker::findAt(const TokenizedText& text, std::size_t index, std::uint64_t keyHash) const noexcept
{
    const Token& first = text.tokens[index];
    if (!isNameLike(first.kind))
        return {};
    if (!mayContain(keyHash))
        return {};
    const std::string_view key = text.key(first);
    const Value* value = m_table.find(key, keyHash);
    if (!value) {
        const std::string_view stem = withoutPossessive(key);
        int term = stem.empty() ? -1 : wholeTerm(stem);
        if (term < 0)
            term = wholeWithParticle(key);
        return term >= 0 ? Match{1, term} : Match{};
    }
    Match best = value->whole ? Match{1, value->term} : Match{};
    if (value->phraseWords < 2)
        return best;

    char buffer[256];
    std::size_t length = key.size();
    if (length >= sizeof buffer)
        return best;
    std::copy(key.begin(), key.end(), buffer);
    const std::size_t limit = std::min(text.tokens.size(), index + value->phraseWords);
    for (std::size_t i = index + 1; i < limit; ++i) {
        const Token& token = text.tokens[i];
        if (!isNameLike(token.kind) || token.gapBefore > Gap::Hyphen)
            break;
        const std::string_view next = text.key(token);
        if (length + 1 + next.size() >= sizeof buffer)
            break;
        buffer[length++] = ' ';
        std::copy(next.begin(), next.end(), buffer + length);
        length += next.size();
        const std::string_view phrase(buffer, length);
        const std::string_view stem = withoutPossessive(phrase);
        const Value* match = m_table.find(phrase);
        if (match && match->whole)
            best = {static_cast<int>(i - index + 1), match->term};
        else if (const int term = stem.empty() ? -1 : wholeTerm(stem); term >= 0)
            best = {static_cast<int>(i - index + 1), term};
        else if (const int withParticle = match ? -1 : wholeWithParticle(phrase); withParticle >= 0)
            best = {static_cast<int>(i - index + 1), withParticle};
        if (!match || !match->prefix)
            break;
    }
    return best;
}

} // namespace seance
