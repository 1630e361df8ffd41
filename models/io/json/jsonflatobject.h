// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/text/utf8validation.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace seance {

enum class FlatParse {
    Done,       // the whole text was one flat object and the handler took every event
    Stopped,    // the handler returned false; the text was valid up to that point
    Unsupported // something this reader does not handle: parse the text again with a full JSON parser
};

// Reads the common shape of a JSON Lines post, one object of string and integer values without escapes,
// and reports it to a SAX handler with the calls nlohmann's sax_parse() makes for the same text. Anything
// else (escapes, other values, nesting, malformed or non-UTF-8 text) is Unsupported before the handler
// has seen a call that the full parser would not also make, so the full parser can take over and
// produce its own results and error messages. Building each string in one piece rather than a byte at a
// time is what makes this several times faster than the general lexer.
template <typename Handler> class FlatObjectReader
{
public:
    FlatObjectReader(std::string_view text, Handler& handler, std::string& scratch)
        : m_p(text.data())
        , m_end(text.data() + text.size())
        , m_handler(handler)
        , m_scratch(scratch)
    {
    }

    FlatParse run()
    {
        skipSpace();
        if (!take('{'))
            return FlatParse::Unsupported;
        if (!m_handler.start_object(static_cast<std::size_t>(-1)))
            return FlatParse::Stopped;
        skipSpace();
        if (m_p < m_end && *m_p == '}')
            return FlatParse::Unsupported; // an empty object is rare enough to leave to the full parser
        for (;;) {
            if (!readString())
                return FlatParse::Unsupported;
            if (!m_handler.key(m_scratch))
                return FlatParse::Stopped;
            skipSpace();
            if (!take(':'))
                return FlatParse::Unsupported;
            skipSpace();
            const FlatParse value = readValue();
            if (value != FlatParse::Done)
                return value;
            skipSpace();
            if (take(','))
                continue;
            if (!take('}'))
                return FlatParse::Unsupported;
            break;
        }
        // The object must be the whole text, as nlohmann requires; its end_object() call comes last.
        skipSpace();
        if (m_p != m_end)
            return FlatParse::Unsupported;
        return m_handler.end_object() ? FlatParse::Done : FlatParse::Stopped;
    }

private:
    void skipSpace() noexcept
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool take(char c) noexcept
    {
        skipSpace();
        if (m_p >= m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // A string without escapes or control characters, into m_scratch.
    bool readString()
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char* begin = ++m_p;
        bool ascii = true;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\' || c < 0x20)
                return false;
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        const std::string_view content(begin, static_cast<std::size_t>(m_p - begin));
        ++m_p;
        if (!ascii && !isValidUtf8(content))
            return false;
        m_scratch.assign(content);
        return true;
    }

    FlatParse readValue()
    {
        if (m_p >= m_end)
            return FlatParse::Unsupported;
        if (*m_p == '"') {
            if (!readString())
                return FlatParse::Unsupported;
            return m_handler.string(m_scratch) ? FlatParse::Done : FlatParse::Stopped;
        }
        // An integer of at most 18 digits, which fits both int64 and uint64 as nlohmann reads it.
        const bool negative = *m_p == '-';
        const char* digits = negative ? m_p + 1 : m_p;
        const char* q = digits;
        std::uint64_t value = 0;
        while (q < m_end && *q >= '0' && *q <= '9' && q - digits < 19) {
            value = value * 10 + static_cast<std::uint64_t>(*q - '0');
            ++q;
        }
        const std::ptrdiff_t count = q - digits;
        if (count == 0 || count > 18 || (count > 1 && *digits == '0'))
            return FlatParse::Unsupported;
        if (q < m_end && *q != ',' && *q != '}' && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r')
            return FlatParse::Unsupported; // a fraction, an exponent or junk
        m_p = q;
        const bool taken =
            negative ? m_handler.number_integer(-static_cast<std::int64_t>(value)) : m_handler.number_unsigned(value);
        return taken ? FlatParse::Done : FlatParse::Stopped;
    }

    const char* m_p;
    const char* m_end;
    Handler& m_handler;
    std::string& m_scratch;
};

} // namespace seance
