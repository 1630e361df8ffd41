// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <cstddef>
#include <functional>
#include <iterator>

class QIODevice;

namespace seance::dataset {

// Feeds nlohmann's parser from a QIODevice in 1 MiB blocks. It also follows the JSON string state byte by
// byte, so it can stop a string (or a run of digits) that passes its size cap before the parser has buffered
// it whole: a 100 MB field costs 1 MiB, not 100 MB. Stopping looks like the end of input to the parser, which then
// reports an error that the handler replaces with stopReason().
class JsonByteSource
{
public:
    enum class Stop { None, StringTooLong, NumberTooLong, Cancelled, ReadError };

    // The lexer buffers a number whole too; no real number needs more characters than this.
    static constexpr qint64 maxNumberBytes = 256;

    // maxStringBytes caps any one string as written in the file.
    JsonByteSource(QIODevice& device, qint64 maxStringBytes, std::function<void(qint64, qint64)> progress,
                   const std::atomic_bool* cancel);

    bool atEnd() { return m_stop != Stop::None || (m_pos == m_end && !refill()); }
    const char& current() const { return m_buffer.constData()[m_pos]; }
    void advance()
    {
        const char c = m_buffer.constData()[m_pos++];
        ++m_consumed;
        if (c == '\n')
            ++m_newlines;
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"') {
                m_inString = false;
                return;
            }
            if (++m_stringBytes > m_maxStringBytes)
                m_stop = Stop::StringTooLong;
        } else if (c == '"') {
            m_inString = true;
            m_stringBytes = 0;
        } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
            if (++m_numberBytes > maxNumberBytes)
                m_stop = Stop::NumberTooLong;
            return;
        }
        m_numberBytes = 0;
    }

    Stop stopReason() const { return m_stop; }
    qint64 consumed() const { return m_consumed; }
    qint64 line() const { return m_newlines + 1; }
    QString deviceError() const;
    void reportProgress() const;

private:
    bool refill();

    QIODevice& m_device;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool* m_cancel;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_total = -1;
    qint64 m_read = 0;
    qint64 m_consumed = 0;
    qint64 m_newlines = 0;
    qint64 m_stringBytes = 0;
    qint64 m_numberBytes = 0;
    qint64 m_maxStringBytes;
    bool m_inString = false;
    bool m_escaped = false;
    Stop m_stop = Stop::None;
};

// The input iterator nlohmann's iterator adapter reads, over any source with atEnd(), current() and advance();
// a default-constructed one is the end.
template <typename Source> class JsonInputIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    JsonInputIterator() = default;
    explicit JsonInputIterator(Source* source)
        : m_source(source)
    {
    }

    reference operator*() const { return m_source->current(); }
    JsonInputIterator& operator++()
    {
        m_source->advance();
        return *this;
    }
    JsonInputIterator operator++(int)
    {
        JsonInputIterator previous = *this;
        ++*this;
        return previous;
    }
    friend bool operator==(const JsonInputIterator& a, const JsonInputIterator& b) { return a.atEnd() == b.atEnd(); }

private:
    bool atEnd() const { return !m_source || m_source->atEnd(); }
    Source* m_source = nullptr;
};

using JsonByteIterator = JsonInputIterator<JsonByteSource>;

} // namespace seance::dataset
