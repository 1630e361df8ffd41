// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace seance::social {

// Walks the members of one JSON object held in one line (NDJSON) without building anything: the caller reads
// the few values it wants and skips the rest. Skipping a string is two memchr() passes and skipping a nested
// value only counts brackets, which is what makes a Reddit dump line (thirty-odd members, of which a reader
// wants six) cheap. Nested values are checked for balance, not for full JSON grammar: a reader of dumps
// wants the posts, not a validator. Every structural problem stops the walk with a reason and a column.
class JsonLineScanner
{
public:
    enum class Step { Member, End, Error };

    explicit JsonLineScanner(std::string_view line)
        : m_begin(line.data())
        , m_p(line.data())
        , m_end(line.data() + line.size())
    {
    }

    // Consumes the opening brace; false (with error()) when the line is not an object.
    bool begin();
    // Moves to the next member; on Member, *key is its name and the cursor is at its value.
    Step next(std::string_view* key);

    // The kind of the value at the cursor: '"' string, '{' object, '[' array, 'n' null, 't'/'f' boolean,
    // '0' number, or 0 at the end of the line.
    char valueKind() const;
    // Reads a string value, decoding escapes into *out.
    bool readString(std::string* out);
    // Reads a number value's text as written ("1709384709", "-3", "1.5e9").
    bool readNumber(std::string_view* text);
    bool skipValue();

    const char* error() const { return m_error; }
    std::size_t column() const { return static_cast<std::size_t>(m_p - m_begin) + 1; }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool fail(const char* reason)
    {
        m_error = reason;
        return false;
    }
    // From just after an opening quote to just after the closing one; *plain is false when escapes occur.
    bool skipStringBody(bool* plain);
    bool decodeEscapes(const char* begin, const char* end, std::string* out);
    bool skipNested();
    bool skipLiteral(std::string_view word);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    const char* m_error = nullptr;
    bool m_first = true;
    std::string m_key; // a key with escapes, decoded
};

} // namespace seance::social
