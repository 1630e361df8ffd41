// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/textmasker.h"

#include "models/sentiment/scoring/lexicon.h"

#include <algorithm>

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
        m_terms.append(term);
        m_table[key].whole = true;
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
        // "GHOST's" is looked up as "ghost" only after "ghost's" missed, so the filter must let it through.
        if (words == 1)
            addToFilter(key + "'s");
    }
}

void TextMasker::addToFilter(std::string_view key) noexcept
{
    const std::uint64_t hash = hashTerm(key);
    m_filter[(hash >> 6) & 15] |= std::uint64_t{1} << (hash & 63);
}

bool TextMasker::isWhole(std::string_view key) const noexcept
{
    const Value* value = m_table.find(key);
    return value && value->whole;
}

int TextMasker::matchAt(const TokenizedText& text, std::size_t index) const noexcept
{
    return matchAt(text, index, hashTerm(text.key(text.tokens[index])));
}

int TextMasker::matchAt(const TokenizedText& text, std::size_t index, std::uint64_t keyHash) const noexcept
{
    const Token& first = text.tokens[index];
    if (!isNameLike(first.kind))
        return 0;
    if (!mayContain(keyHash))
        return 0;
    const std::string_view key = text.key(first);
    const Value* value = m_table.find(key, keyHash);
    if (!value) {
        const std::string_view stem = withoutPossessive(key);
        return !stem.empty() && isWhole(stem) ? 1 : 0;
    }
    int best = value->whole ? 1 : 0;
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
        if ((match && match->whole) || (!stem.empty() && isWhole(stem)))
            best = static_cast<int>(i - index + 1);
        if (!match || !match->prefix)
            break;
    }
    return best;
}

} // namespace seance
