// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/tokenizer.h"

#include "models/sentiment/scoring/asciiclass.h"
#include "models/sentiment/scoring/asciirun.h"
#include "models/sentiment/scoring/punctuation.h"
#include "models/sentiment/scoring/scriptdetection.h"
#include "models/sentiment/scoring/utf8.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace seance {
namespace {

using namespace ascii;

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
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_emoticons(emoticons && !emoticons->empty() ? emoticons : nullptr)
        , m_out(out)
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
                ++m_p;
                continue;
            }
            if (isAlnum(c)) {
                if (mayStartUrl() && tryUrl())
                    continue;
                scanWordOrEmoticon();
                continue;
            }
            if (tryPrefixed(c) || tryEmoticonAt())
                continue;
            punctuation(c);
            ++m_p;
        }
    }

private:
    void raise(Gap gap) noexcept { m_gap = std::max(m_gap, gap); }

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

    // Emoticons that start with a letter ("D:", "o.O", "T_T") first look like a short word. When such a
    // word runs into punctuation, try an emoticon from its first letter instead.
    void scanWordOrEmoticon()
    {
        const char* wordStart = m_p;
        const Gap gapBefore = m_gap;
        const char* lastWordEnd = m_lastWordEnd;
        scanWordInline(wordStart, false);
        if (m_p >= m_end)
            return;
        if (*m_p == ' ') {
            // Most words end at a space: taken here, as run() would, without a turn of its loop.
            raise(Gap::Space);
            ++m_p;
            return;
        }
        if (!m_emoticons || m_p - wordStart >= m_emoticons->maxLength())
            return;
        const auto next = static_cast<unsigned char>(*m_p);
        if (next >= 0x80 || isAlnum(next) || isSpace(next) || !m_emoticons->mayStartWith(toLower(*wordStart)))
            return;
        m_keyPos = m_out.tokens.back().keyOffset;
        m_p = wordStart;
        m_gap = gapBefore;
        m_out.tokens.pop_back();
        m_lastWordEnd = lastWordEnd;
        if (!tryEmoticonAt())
            scanWord(wordStart, false); // no emoticon after all: the word again, as it was
    }

    // An emoticon glued to a word or to other punctuation ("great:)", ":-)))"), at an ASCII punctuation
    // character. It must not run into a letter or digit, so "10:30" never yields ":3".
    bool tryEmoticonAt()
    {
        if (!m_emoticons || !m_emoticons->mayStartWith(toLower(static_cast<unsigned char>(*m_p))))
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

    // One 32-bit compare rules out nearly every word, without first branching on whether the word starts
    // with h or w, which is as good as random.
    bool mayStartUrl() const noexcept
    {
        if (m_end - m_p < 4)
            return false;
        std::uint32_t head;
        std::uint32_t http;
        std::uint32_t www;
        std::memcpy(&head, m_p, 4);
        std::memcpy(&http, "http", 4);
        std::memcpy(&www, "www.", 4);
        head |= 0x20202020u; // lowercases letters and leaves '.' as it is
        return (head == http) | (head == www);
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

    void punctuation(char32_t c)
    {
        if (c == '-') {
            // "rug-pull" joins two words like a space does; a free-standing dash separates clauses.
            raise(m_lastWordEnd == m_p && wordCharAt(m_p + 1) ? Gap::Hyphen : Gap::Clause);
            return;
        }
        const PunctuationEffect effect = punctuationEffect(c);
        m_out.exclamations += effect.exclamations;
        m_out.questions += effect.questions;
        raise(effect.gap);
    }

    void scanNonAscii()
    {
        const char* start = m_p;
        const char32_t cp = utf8::decode(m_p, m_end);
        const CharInfo info = classifyCodePoint(cp);
        switch (info.charClass) {
        case CharClass::Letter:
        case CharClass::Mark:
            m_p = start;
            scanWord(start, false);
            return;
        case CharClass::Emoji: {
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
        punctuation(cp);
    }

    // The rarer callers (hashtags, non-ASCII letters, a word scanned again) share one copy.
    [[gnu::noinline]] void scanWord(const char* textBegin, bool hashtag) { scanWordInline(textBegin, hashtag); }

    // Works on local copies of the cursor and the key pointer: a store through char* may alias any member,
    // which would make the compiler reload every member after each byte written. Inlined where most words
    // are scanned: as a call, saving and restoring registers cost a tenth of a short word.
    [[gnu::always_inline]] void scanWordInline(const char* textBegin, bool hashtag)
    {
        const std::size_t keyBegin = m_keyPos;
        char* const keyStart = m_key + keyBegin;
        char* key = keyStart;
        const char* p = m_p;
        const char* const end = m_end;
        int ascii = 0; // ASCII letters
        int cased = 0; // other letters with case (Latin-1)
        int upper = 0;
        int covered = 0;
        int uncovered = 0;
        bool apostrophe = false;
        while (p < end) {
            if (end - p >= 8) {
                // Eight bytes at a time while the word is ASCII letters and digits. The key buffer has
                // eight bytes of slack past the text's length, and a key never runs ahead of the text, so
                // the whole word is stored even where only part of it belongs to the key.
                const AlnumRun run = alnumRun(p);
                std::memcpy(key, &run.lowered, 8);
                ascii += run.letters;
                upper += run.capitals;
                p += run.length;
                key += run.length;
                if (run.length == 8)
                    continue;
                if (*p == ' ') // the usual end of a word, known here without the tests below
                    break;
            }
            const auto c = static_cast<unsigned char>(*p);
            const std::uint8_t bits = charBits[c];
            if (bits & AlphaBit) {
                upper += c < 'a' ? 1 : 0; // an ASCII capital sorts before every lowercase letter
                ++ascii;
                *key++ = static_cast<char>(c | 0x20);
                ++p;
                continue;
            }
            if (bits & DigitBit) {
                *key++ = static_cast<char>(c);
                ++p;
                continue;
            }
            if (c < 0x80) {
                if (c == '\'' && key > keyStart && wordCharAt(p + 1)) {
                    apostrophe = true;
                    *key++ = '\'';
                    ++p;
                    continue;
                }
                // 3.5 and 1,000 stay one number.
                if ((c == '.' || c == ',') && key > keyStart && isDigit(static_cast<unsigned char>(key[-1])) &&
                    p + 1 < end && isDigit(static_cast<unsigned char>(p[1]))) {
                    *key++ = static_cast<char>(c);
                    ++p;
                    continue;
                }
                break;
            }
            const char* next = p;
            const char32_t cp = utf8::decode(next, end);
            if (cp == 0x2019 || cp == 0x02BC) { // typographic apostrophes, as in don’t
                if (key == keyStart || !wordCharAt(next))
                    break;
                apostrophe = true;
                *key++ = '\'';
                p = next;
                continue;
            }
            const CharInfo info = classifyCodePoint(cp);
            if (info.charClass != CharClass::Letter && info.charClass != CharClass::Mark)
                break;
            key = std::copy(p, next, key);
            if (info.charClass == CharClass::Letter) {
                if (info.script == Script::Latin) {
                    ++covered;
                    // Latin-1 capitals U+00C0..U+00DE lowercase by adding 0x20 to their second byte.
                    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
                        ++cased;
                        ++upper;
                        key[-1] = static_cast<char>(key[-1] + 0x20);
                    } else if (cp >= 0xDF && cp <= 0xFF) {
                        ++cased;
                    }
                } else {
                    uncovered += letterWeight(info.script);
                }
            }
            p = next;
        }
        if (p == m_p) {
            // Nothing word-like here after all (a lone ʼ): skip the character, so the scan always advances.
            utf8::decode(m_p, end);
            raise(Gap::Punctuation);
            return;
        }
        m_p = p;
        m_keyPos = static_cast<std::size_t>(key - m_key);

        cased += ascii;
        std::uint8_t flags = 0;
        if (cased >= 2)
            flags |= Token::Cased | (upper == cased ? Token::AllCaps : 0);
        if (hashtag)
            flags |= Token::Hashtag;
        if (apostrophe)
            flags |= Token::Apostrophe;
        emitToken(TokenKind::Word, textBegin, keyBegin, flags, covered + ascii, uncovered);
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
};

} // namespace

void tokenize(std::string_view text, const EmoticonSet* emoticons, TokenizedText& out)
{
    out.tokens.clear();
    out.exclamations = 0;
    out.questions = 0;
    Scanner(utf8::truncate(text, maxTokenizedBytes), emoticons, out).run();
}

} // namespace seance
