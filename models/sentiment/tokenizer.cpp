// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include "scriptdetection.h"
#include "utf8.h"

#include <algorithm>
#include <array>

namespace seance {
namespace {

// One table lookup per byte instead of chains of comparisons.
enum CharBits : std::uint8_t { AlphaBit = 1, DigitBit = 2, SpaceBit = 4 };
constexpr std::array<std::uint8_t, 256> charBits = [] {
    std::array<std::uint8_t, 256> bits{};
    for (int c = 'a'; c <= 'z'; ++c) {
        bits[c] |= AlphaBit;
        bits[c - 32] |= AlphaBit;
    }
    for (int c = '0'; c <= '9'; ++c)
        bits[c] |= DigitBit;
    for (const char c : {' ', '\t', '\n', '\r', '\v', '\f'})
        bits[static_cast<unsigned char>(c)] |= SpaceBit;
    return bits;
}();

constexpr bool isAlpha(unsigned char c) noexcept
{
    return charBits[c] & AlphaBit;
}
constexpr bool isDigit(unsigned char c) noexcept
{
    return charBits[c] & DigitBit;
}
constexpr bool isAlnum(unsigned char c) noexcept
{
    return charBits[c] & (AlphaBit | DigitBit);
}
constexpr bool isSpace(unsigned char c) noexcept
{
    return charBits[c] & SpaceBit;
}
constexpr unsigned char toLower(unsigned char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
}

bool startsWithNoCase(const char* p, const char* end, std::string_view prefix) noexcept
{
    if (end - p < static_cast<std::ptrdiff_t>(prefix.size()))
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (toLower(static_cast<unsigned char>(p[i])) != static_cast<unsigned char>(prefix[i]))
            return false;
    }
    return true;
}

class Scanner
{
public:
    Scanner(std::string_view text, const EmoticonSet* emoticons, TokenizedText& out)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()),
          m_emoticons(emoticons && !emoticons->empty() ? emoticons : nullptr), m_out(out)
    {
        // A key is never longer than the text it came from, so one buffer of the text's size suffices
        // and views into it stay valid.
        if (m_out.keys.size() < text.size() + 8)
            m_out.keys.resize(text.size() + 8);
        m_key = m_out.keys.data();
    }

    void run()
    {
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c >= 0x80) {
                scanNonAscii();
                continue;
            }
            if (isSpace(c)) {
                raise(c == '\n' ? Gap::Sentence : Gap::Space);
                m_chunkStart = true;
                ++m_p;
                continue;
            }
            if (m_chunkStart) {
                m_chunkStart = false;
                if (tryWholeChunk())
                    continue;
            }
            if (isAlnum(c)) {
                if ((c | 0x20) == 'h' || (c | 0x20) == 'w') {
                    if (tryUrl())
                        continue;
                }
                scanWord(m_p, false);
                continue;
            }
            if (tryPrefixed(c) || tryEmoticonAt())
                continue;
            punctuation(c);
            ++m_p;
        }
    }

private:
    void raise(Gap gap) noexcept
    {
        m_gap = std::max(m_gap, gap);
    }

    bool wordCharAt(const char* q) const noexcept
    {
        if (q >= m_end)
            return false;
        const auto c = static_cast<unsigned char>(*q);
        if (c < 0x80)
            return isAlnum(c);
        const CharClass cls = classifyCodePoint(utf8::decode(q, m_end)).charClass;
        return cls == CharClass::Letter;
    }

    void emitToken(TokenKind kind, const char* textBegin, std::size_t keyBegin, std::uint8_t flags = 0, int covered = 0,
              int uncovered = 0)
    {
        // Filled in place: building a Token aside and copying it in stalls on store forwarding.
        Token& token = m_out.tokens.emplace_back();
        token.keyOffset = static_cast<std::uint32_t>(keyBegin);
        token.keyLength = static_cast<std::uint16_t>(m_keyPos - keyBegin);
        token.textOffset = static_cast<std::uint32_t>(textBegin - m_begin);
        token.textLength = static_cast<std::uint16_t>(m_p - textBegin);
        token.kind = kind;
        token.gapBefore = m_gap;
        token.flags = flags;
        token.coveredLetters = static_cast<std::uint16_t>(std::min(covered, 0xFFFF));
        token.uncoveredLetters = static_cast<std::uint16_t>(std::min(uncovered, 0xFFFF));
        m_gap = Gap::None;
        m_lastWordEnd = kind == TokenKind::Word ? m_p : nullptr;
    }

    // A chunk (text between whitespace) that is, as a whole, an emoticon of the lexicon: "D:", ":'(", "<3".
    bool tryWholeChunk()
    {
        if (!m_emoticons || !m_emoticons->mayStartWith(toLower(static_cast<unsigned char>(*m_p))))
            return false;
        const int maxLength = m_emoticons->maxLength();
        char buffer[32];
        int length = 0;
        bool punctuated = false;
        for (const char* q = m_p; q < m_end && !isSpace(static_cast<unsigned char>(*q)); ++q) {
            const auto c = static_cast<unsigned char>(*q);
            if (length >= maxLength || c >= 0x80)
                return false;
            punctuated = punctuated || !isAlnum(c);
            buffer[length++] = static_cast<char>(toLower(c));
        }
        if (!punctuated || !m_emoticons->contains(std::string_view(buffer, length)))
            return false;
        emitEmoticon(buffer, length);
        return true;
    }

    // An emoticon glued to a word or to other punctuation ("great:)", ":-)))"), at an ASCII punctuation
    // character. It must not run into a letter or digit, so "10:30" never yields ":3".
    bool tryEmoticonAt()
    {
        if (!m_emoticons || !m_emoticons->mayStartWith(static_cast<unsigned char>(*m_p)))
            return false;
        char buffer[32];
        const int available = static_cast<int>(std::min<std::ptrdiff_t>(m_end - m_p, m_emoticons->maxLength()));
        int usable = 0;
        while (usable < available) {
            const auto c = static_cast<unsigned char>(m_p[usable]);
            if (c >= 0x80 || isSpace(c))
                break;
            buffer[usable++] = static_cast<char>(toLower(c));
        }
        for (int length = usable; length >= 2; --length) {
            if (m_p + length < m_end && isAlnum(static_cast<unsigned char>(m_p[length])) &&
                isAlnum(static_cast<unsigned char>(m_p[length - 1])))
                continue;
            if (m_emoticons->contains(std::string_view(buffer, length))) {
                emitEmoticon(buffer, length);
                return true;
            }
        }
        return false;
    }

    void emitEmoticon(const char* lowered, int length)
    {
        const std::size_t keyBegin = m_keyPos;
        std::copy(lowered, lowered + length, m_key + m_keyPos);
        m_keyPos += length;
        const char* textBegin = m_p;
        m_p += length;
        emitToken(TokenKind::Emoticon, textBegin, keyBegin);
    }

    bool tryUrl()
    {
        if (!startsWithNoCase(m_p, m_end, "http://") && !startsWithNoCase(m_p, m_end, "https://") &&
            !startsWithNoCase(m_p, m_end, "www."))
            return false;
        const char* textBegin = m_p;
        while (m_p < m_end && !isSpace(static_cast<unsigned char>(*m_p)))
            ++m_p;
        emitToken(TokenKind::Url, textBegin, m_keyPos);
        return true;
    }

    // @mention, $TICKER and #hashtag, when the sign starts a word ("a@b" is not a mention).
    bool tryPrefixed(unsigned char sign)
    {
        if (sign != '@' && sign != '$' && sign != '#')
            return false;
        if (m_p > m_begin && isAlnum(static_cast<unsigned char>(m_p[-1])))
            return false;
        const char* textBegin = m_p;
        const char* name = m_p + 1;
        if (sign == '#') {
            if (!wordCharAt(name))
                return false;
            m_p = name;
            scanWord(textBegin, true);
            return true;
        }
        if (name >= m_end || !(sign == '$' ? isAlpha(static_cast<unsigned char>(*name))
                                           : isAlnum(static_cast<unsigned char>(*name)) || *name == '_'))
            return false;
        const std::size_t keyBegin = m_keyPos;
        m_p = name;
        while (m_p < m_end && (isAlnum(static_cast<unsigned char>(*m_p)) || *m_p == '_'))
            m_key[m_keyPos++] = static_cast<char>(toLower(static_cast<unsigned char>(*m_p++)));
        emitToken(sign == '$' ? TokenKind::Ticker : TokenKind::Mention, textBegin, keyBegin);
        return true;
    }

    void punctuation(unsigned char c)
    {
        switch (c) {
        case '!':
            ++m_out.exclamations;
            raise(Gap::Sentence);
            break;
        case '?':
            ++m_out.questions;
            raise(Gap::Sentence);
            break;
        case '.':
        case ';':
            raise(Gap::Sentence);
            break;
        case '-':
            // "rug-pull" joins two words like a space does; a free-standing dash is punctuation.
            raise(m_lastWordEnd == m_p && wordCharAt(m_p + 1) ? Gap::Hyphen : Gap::Punctuation);
            break;
        default:
            raise(Gap::Punctuation);
            break;
        }
    }

    void scanNonAscii()
    {
        const char* start = m_p;
        const char32_t cp = utf8::decode(m_p, m_end);
        const CharInfo info = classifyCodePoint(cp);
        switch (info.charClass) {
        case CharClass::Letter:
        case CharClass::Mark:
            m_chunkStart = false;
            m_p = start;
            scanWord(start, false);
            return;
        case CharClass::Emoji: {
            m_chunkStart = false;
            const std::size_t keyBegin = m_keyPos;
            std::copy(start, m_p, m_key + m_keyPos);
            m_keyPos += m_p - start;
            emitToken(TokenKind::Emoji, start, keyBegin);
            return;
        }
        case CharClass::Modifier:
            return; // ZWJ keeps the next emoji adjacent; selectors and skin tones add nothing
        case CharClass::Other:
            break;
        }
        m_chunkStart = false;
        switch (cp) {
        case 0x00A0:
        case 0x202F:
        case 0x205F:
        case 0x3000:
            raise(Gap::Space);
            m_chunkStart = true;
            return;
        case 0x2028:
        case 0x2029:
        case 0x2026: // …
        case 0x3002: // 。
            raise(Gap::Sentence);
            return;
        case 0x203C: // ‼
            m_out.exclamations += 2;
            raise(Gap::Sentence);
            return;
        case 0x2049: // ⁉
            ++m_out.exclamations;
            ++m_out.questions;
            raise(Gap::Sentence);
            return;
        case 0xFF01: // ！
            ++m_out.exclamations;
            raise(Gap::Sentence);
            return;
        case 0xFF1F: // ？
            ++m_out.questions;
            raise(Gap::Sentence);
            return;
        default:
            break;
        }
        if (cp >= 0x2000 && cp <= 0x200A) {
            raise(Gap::Space);
            m_chunkStart = true;
            return;
        }
        raise(Gap::Punctuation);
    }

    void scanWord(const char* textBegin, bool hashtag)
    {
        const std::size_t keyBegin = m_keyPos;
        int upper = 0;
        int lower = 0;
        int covered = 0;
        int uncovered = 0;
        unsigned char previous = 0;
        int run = 0;
        bool elongated = false;
        bool apostrophe = false;
        bool afterDigit = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x80) {
                if (isAlpha(c)) {
                    const unsigned char l = c | 0x20;
                    ++(c == l ? lower : upper);
                    ++covered;
                    run = l == previous ? run + 1 : 1;
                    elongated = elongated || run >= 3;
                    previous = l;
                    afterDigit = false;
                    m_key[m_keyPos++] = static_cast<char>(l);
                    ++m_p;
                    continue;
                }
                if (isDigit(c)) {
                    previous = 0;
                    afterDigit = true;
                    m_key[m_keyPos++] = static_cast<char>(c);
                    ++m_p;
                    continue;
                }
                if (c == '\'' && m_keyPos > keyBegin && wordCharAt(m_p + 1)) {
                    apostrophe = true;
                    previous = 0;
                    m_key[m_keyPos++] = '\'';
                    ++m_p;
                    continue;
                }
                // 3.5 and 1,000 stay one number.
                if ((c == '.' || c == ',') && afterDigit && m_p + 1 < m_end && isDigit(static_cast<unsigned char>(m_p[1]))) {
                    m_key[m_keyPos++] = static_cast<char>(c);
                    ++m_p;
                    continue;
                }
                break;
            }
            const char* next = m_p;
            const char32_t cp = utf8::decode(next, m_end);
            if (cp == 0x2019 || cp == 0x02BC) { // typographic apostrophes, as in don’t
                if (m_keyPos == keyBegin || !wordCharAt(next))
                    break;
                apostrophe = true;
                previous = 0;
                m_key[m_keyPos++] = '\'';
                m_p = next;
                continue;
            }
            const CharInfo info = classifyCodePoint(cp);
            if (info.charClass != CharClass::Letter && info.charClass != CharClass::Mark)
                break;
            std::copy(m_p, next, m_key + m_keyPos);
            m_keyPos += next - m_p;
            if (info.charClass == CharClass::Letter) {
                if (info.script == Script::Latin) {
                    ++covered;
                    // Latin-1 capitals U+00C0..U+00DE lowercase by adding 0x20 to their second byte.
                    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
                        ++upper;
                        m_key[m_keyPos - 1] = static_cast<char>(m_key[m_keyPos - 1] + 0x20);
                    } else if (cp >= 0xDF && cp <= 0xFF) {
                        ++lower;
                    }
                } else {
                    uncovered += letterWeight(info.script);
                }
            }
            previous = 0;
            afterDigit = false;
            m_p = next;
        }
        std::uint8_t flags = 0;
        if (upper + lower >= 2)
            flags |= Token::Cased | (lower == 0 ? Token::AllCaps : 0);
        if (hashtag)
            flags |= Token::Hashtag;
        if (elongated)
            flags |= Token::Elongated;
        if (apostrophe)
            flags |= Token::Apostrophe;
        emitToken(TokenKind::Word, textBegin, keyBegin, flags, covered, uncovered);
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    const EmoticonSet* m_emoticons;
    TokenizedText& m_out;
    char* m_key = nullptr;
    std::size_t m_keyPos = 0;
    const char* m_lastWordEnd = nullptr;
    Gap m_gap = Gap::None;
    bool m_chunkStart = true;
};

} // namespace

void EmoticonSet::add(std::string_view key)
{
    if (key.empty() || key.size() >= 32)
        return;
    m_terms[key] = true;
    const auto first = static_cast<unsigned char>(key.front());
    if (first < 128)
        m_first[first >> 6] |= std::uint64_t{1} << (first & 63);
    m_maxLength = std::max(m_maxLength, static_cast<int>(key.size()));
}

bool EmoticonSet::isEmoticonLike(std::string_view key) noexcept
{
    if (key.size() < 2 || key.size() >= 32)
        return false;
    bool punctuated = false;
    for (const char ch : key) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || isSpace(c))
            return false;
        punctuated = punctuated || !(isAlnum(c) || c == '\'');
    }
    return punctuated;
}

void tokenize(std::string_view text, const EmoticonSet* emoticons, TokenizedText& out)
{
    out.tokens.clear();
    out.exclamations = 0;
    out.questions = 0;
    Scanner(text, emoticons, out).run();
}

} // namespace seance
