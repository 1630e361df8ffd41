// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/jsonlinescanner.h"

#include "models/io/social/quotescan.h"

#include <cstring>

namespace seance::social {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(const char* p, unsigned* value)
{
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return false;
        v = v * 16 + static_cast<unsigned>(h);
    }
    *value = v;
    return true;
}

void appendUtf8(unsigned code, std::string* out)
{
    if (code < 0x80) {
        out->push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (code >> 6)));
        out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (code >> 12)));
        out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out->push_back(static_cast<char>(0xF0 | (code >> 18)));
        out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

} // namespace

bool JsonLineScanner::begin()
{
    skipSpace();
    if (m_p >= m_end || *m_p != '{')
        return fail("not a JSON object");
    ++m_p;
    m_first = true;
    return true;
}

JsonLineScanner::Step JsonLineScanner::next(std::string_view* key)
{
    skipSpace();
    if (m_p >= m_end) {
        fail("the line ends inside the object");
        return Step::Error;
    }
    if (*m_p == '}') {
        ++m_p;
        skipSpace();
        if (m_p != m_end) {
            fail("text after the object");
            return Step::Error;
        }
        return Step::End;
    }
    if (!m_first) {
        if (*m_p != ',') {
            fail("expected ',' or '}'");
            return Step::Error;
        }
        ++m_p;
        skipSpace();
    }
    m_first = false;
    if (m_p >= m_end || *m_p != '"') {
        fail("expected a member name");
        return Step::Error;
    }
    const char* begin = ++m_p;
    bool plain = true;
    if (!skipStringBody(&plain))
        return Step::Error;
    if (plain) {
        *key = std::string_view(begin, static_cast<std::size_t>(m_p - 1 - begin));
    } else {
        m_key.clear();
        if (!decodeEscapes(begin, m_p - 1, &m_key))
            return Step::Error;
        *key = m_key;
    }
    skipSpace();
    if (m_p >= m_end || *m_p != ':') {
        fail("expected ':' after a member name");
        return Step::Error;
    }
    ++m_p;
    skipSpace();
    if (m_p >= m_end) {
        fail("the line ends before a value");
        return Step::Error;
    }
    return Step::Member;
}

char JsonLineScanner::valueKind() const
{
    if (m_p >= m_end)
        return 0;
    const char c = *m_p;
    if (c == '-' || (c >= '0' && c <= '9'))
        return '0';
    return c;
}

bool JsonLineScanner::skipStringBody(bool* plain)
{
    for (;;) {
        const char* stop = findQuoteOrBackslash(m_p, m_end);
        if (stop == m_end)
            return fail("unterminated string");
        if (*stop == '"') {
            m_p = stop + 1;
            return true;
        }
        *plain = false;
        if (stop + 1 >= m_end)
            return fail("unterminated string");
        m_p = stop + 2; // past the escaped character, which may be a quote
    }
}

bool JsonLineScanner::decodeEscapes(const char* p, const char* end, std::string* out)
{
    while (p < end) {
        const auto* slash = static_cast<const char*>(std::memchr(p, '\\', static_cast<std::size_t>(end - p)));
        if (!slash) {
            out->append(p, end);
            return true;
        }
        out->append(p, slash);
        p = slash + 1;
        switch (*p++) {
        case '"':
            out->push_back('"');
            break;
        case '\\':
            out->push_back('\\');
            break;
        case '/':
            out->push_back('/');
            break;
        case 'b':
            out->push_back('\b');
            break;
        case 'f':
            out->push_back('\f');
            break;
        case 'n':
            out->push_back('\n');
            break;
        case 'r':
            out->push_back('\r');
            break;
        case 't':
            out->push_back('\t');
            break;
        case 'u': {
            unsigned code = 0;
            if (end - p < 4 || !readHex4(p, &code))
                return fail("invalid \\u escape");
            p += 4;
            if (code >= 0xD800 && code <= 0xDBFF) {
                unsigned low = 0;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && readHex4(p + 2, &low) && low >= 0xDC00 &&
                    low <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                } else {
                    code = 0xFFFD; // a lone surrogate cannot be UTF-8
                }
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                code = 0xFFFD;
            }
            appendUtf8(code, out);
            break;
        }
        default:
            return fail("invalid escape");
        }
    }
    return true;
}

bool JsonLineScanner::readString(std::string* out)
{
    if (m_p >= m_end || *m_p != '"')
        return fail("expected a string");
    const char* begin = ++m_p;
    bool plain = true;
    if (!skipStringBody(&plain))
        return false;
    if (plain) {
        out->assign(begin, m_p - 1);
        return true;
    }
    out->clear();
    return decodeEscapes(begin, m_p - 1, out);
}

bool JsonLineScanner::readNumber(std::string_view* text)
{
    const char* begin = m_p;
    while (m_p < m_end &&
           ((*m_p >= '0' && *m_p <= '9') || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
        ++m_p;
    if (m_p == begin)
        return fail("expected a number");
    *text = std::string_view(begin, static_cast<std::size_t>(m_p - begin));
    return true;
}

bool JsonLineScanner::skipLiteral(std::string_view word)
{
    if (static_cast<std::size_t>(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
        return fail("invalid literal");
    m_p += word.size();
    return true;
}

bool JsonLineScanner::skipNested()
{
    int depth = 0;
    while (m_p < m_end) {
        const char c = *m_p++;
        if (c == '"') {
            bool plain = true;
            if (!skipStringBody(&plain))
                return false;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return true;
            if (depth < 0)
                return fail("unbalanced brackets");
        }
    }
    return fail("the line ends inside a nested value");
}

bool JsonLineScanner::skipValue()
{
    switch (valueKind()) {
    case '"': {
        ++m_p;
        bool plain = true;
        return skipStringBody(&plain);
    }
    case '{':
    case '[':
        return skipNested();
    case 'n':
        return skipLiteral("null");
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case '0': {
        std::string_view ignored;
        return readNumber(&ignored);
    }
    default:
        return fail("expected a value");
    }
}

} // namespace seance::social
