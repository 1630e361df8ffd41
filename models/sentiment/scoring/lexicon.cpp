// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/lexicon.h"

#include "models/sentiment/scoring/lexiconparser.h"
#include "models/sentiment/scoring/scriptdetection.h"
#include "models/sentiment/scoring/tokenizer.h"
#include "models/sentiment/scoring/utf8.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

namespace seance {
namespace {

Q_LOGGING_CATEGORY(lcLexicon, "seance.lexicon")

// Whether the tokens of one whitespace-free part account for all of it: words joined by hyphens, emoji
// glued by ZWJ or variation selectors, a leading '#' or '$'. Then the part is matched as those tokens; otherwise
// (":-)", "</3") it is an emoticon, matched as a whole.
bool tokensCoverPart(std::string_view part, const TokenizedText& tokenized)
{
    if (tokenized.tokens.empty() || tokenized.tokens.front().textOffset != 0)
        return false;
    for (std::size_t i = 0; i < tokenized.tokens.size(); ++i) {
        const Token& token = tokenized.tokens[i];
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Emoji && token.kind != TokenKind::Ticker)
            return false;
        if (i > 0 && token.gapBefore != Gap::None && token.gapBefore != Gap::Hyphen)
            return false;
    }
    const Token& last = tokenized.tokens.back();
    const char* p = part.data() + last.textOffset + last.textLength;
    const char* end = part.data() + part.size();
    while (p < end) {
        if (classifyCodePoint(utf8::decode(p, end)).charClass != CharClass::Modifier)
            return false;
    }
    return true;
}

void appendPart(std::string& out, std::string_view part)
{
    if (!out.empty())
        out.push_back(' ');
    out.append(part);
}

} // namespace

std::string Lexicon::normalizeTerm(QStringView term)
{
    QString lowered = term.toString().toLower().simplified();
    lowered.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x02BC), QLatin1Char('\''));
    // Invisible characters that only split or join nothing: a byte-order mark left inside a line, zero-width space,
    // word joiner. Kept, the tokenizer counts them in a word or not depending on what precedes them, so a key read
    // back would normalize to something else (found by tests/fuzz, lexicon_tsv).
    lowered.remove(QChar(0xFEFF)).remove(QChar(0x200B)).remove(QChar(0x2060));
    const QByteArray utf8 = lowered.toUtf8();
    std::string out;
    TokenizedText tokenized;
    std::string_view rest(utf8.constData(), utf8.size());
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string_view part = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        if (part.empty())
            continue;
        tokenize(part, nullptr, tokenized);
        if (!tokensCoverPart(part, tokenized) && EmoticonSet::isEmoticonLike(part)) {
            appendPart(out, part);
            continue;
        }
        for (const Token& token : tokenized.tokens) {
            if (token.kind == TokenKind::Word || token.kind == TokenKind::Emoji || token.kind == TokenKind::Ticker)
                appendPart(out, tokenized.key(token));
        }
    }
    return out;
}

bool Lexicon::insert(QStringView term, double valence)
{
    const std::string key = normalizeTerm(term);
    if (key.empty() || std::count(key.begin(), key.end(), ' ') >= maxPhraseWords)
        return false;
    insertKey(key, valence);
    return true;
}

void Lexicon::insertKey(std::string_view key, double valence)
{
    Value& value = m_table[key];
    if (!value.hasValence)
        ++m_termCount;
    value.valence = valence;
    value.hasValence = true;
    const std::size_t space = key.find(' ');
    if (space != std::string_view::npos) {
        const int words = static_cast<int>(std::count(key.begin(), key.end(), ' ')) + 1;
        Value& first = m_table[key.substr(0, space)];
        first.phraseWords = static_cast<std::uint8_t>(std::max<int>(first.phraseWords, words));
    }
}

std::optional<double> Lexicon::valence(std::string_view key) const noexcept
{
    const Value* value = m_table.find(key);
    if (!value || !value->hasValence)
        return std::nullopt;
    return value->valence;
}

int Lexicon::phraseWordsFrom(std::string_view key) const noexcept
{
    const Value* value = m_table.find(key);
    return value ? value->phraseWords : 0;
}

int Lexicon::longestMatch(std::span<const std::string_view> words, double* valence) const noexcept
{
    if (words.empty())
        return 0;
    const Value* first = m_table.find(words.front());
    if (!first)
        return 0;
    int best = first->hasValence ? 1 : 0;
    double bestValence = first->valence;
    char buffer[256];
    std::size_t length = words.front().size();
    if (length < sizeof buffer) {
        std::copy(words.front().begin(), words.front().end(), buffer);
        const std::size_t limit = std::min<std::size_t>(words.size(), first->phraseWords);
        for (std::size_t n = 2; n <= limit; ++n) {
            const std::string_view next = words[n - 1];
            if (length + 1 + next.size() >= sizeof buffer)
                break;
            buffer[length++] = ' ';
            std::copy(next.begin(), next.end(), buffer + length);
            length += next.size();
            const Value* phrase = m_table.find(std::string_view(buffer, length));
            if (phrase && phrase->hasValence) {
                best = static_cast<int>(n);
                bestValence = phrase->valence;
            }
        }
    }
    if (best > 0 && valence)
        *valence = bestValence;
    return best;
}

bool Lexicon::mergeFile(const QString& path, QString* error, FileFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = lexiconMessage("%1: cannot open the lexicon: %2").arg(path, file.errorString());
        return false;
    }
    return mergeDevice(file, path, error, format);
}

bool Lexicon::mergeDevice(QIODevice& device, const QString& sourceName, QString* error, FileFormat format)
{
    LexiconParser parser(sourceName, format, LexiconParser::Mode::Strict);
    std::vector<LexiconEntry> entries;
    if (!parser.parse(device, entries)) {
        if (error)
            *error = parser.problems().value(0);
        return false;
    }
    // Parse everything first, so that a bad line leaves the lexicon as it was.
    for (const LexiconEntry& entry : entries)
        insertKey(entry.key, entry.valence);
    return true;
}

std::shared_ptr<const Lexicon> Lexicon::builtIn()
{
    // A function-local static is initialized exactly once, even when several threads race to it.
    static const std::shared_ptr<const Lexicon> instance = [] {
        auto lexicon = std::make_shared<Lexicon>();
        // Later files win on a shared term: slang knows better than general English what "moon" means here.
        for (const QLatin1String name :
             {QLatin1String("general-en.tsv"), QLatin1String("crypto-slang.tsv"), QLatin1String("emoji.tsv")}) {
            QFile file(QLatin1String(":/lexicon/") + name);
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcLexicon) << "built-in lexicon file missing:" << file.fileName();
                continue;
            }
            LexiconParser parser(file.fileName(), FileFormat::Seance, LexiconParser::Mode::Lenient);
            std::vector<LexiconEntry> entries;
            parser.parse(file, entries);
            for (const QString& problem : parser.problems())
                qCWarning(lcLexicon).noquote() << problem;
            for (const LexiconEntry& entry : entries)
                lexicon->insertKey(entry.key, entry.valence);
        }
        return std::shared_ptr<const Lexicon>(std::move(lexicon));
    }();
    return instance;
}

} // namespace seance
