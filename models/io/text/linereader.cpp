// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/linereader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace seance {

LineReader::LineReader(QIODevice* device, qsizetype chunkSize, qsizetype maxLineBytes)
    : m_device(device)
    , m_chunkSize(chunkSize)
    , m_maxLineBytes(maxLineBytes)
{
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + static_cast<std::size_t>(m_chunkSize));
    const qint64 got = m_device->read(m_buffer.data() + old, m_chunkSize);
    m_buffer.resize(old + static_cast<std::size_t>(qMax<qint64>(got, 0)));
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_bytesRead += got;
    return true;
}

LineReader::Status LineReader::next(std::string_view* line)
{
    if (!m_error.isEmpty())
        return Status::Error;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 3 && fill()) {
        }
        if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_pos = 3;
    }
    std::size_t searched = m_pos; // bytes before this are known to hold no LF
    for (;;) {
        const char* start = m_buffer.data() + searched;
        const auto* lf = static_cast<const char*>(std::memchr(start, '\n', m_buffer.size() - searched));
        if (lf || (m_eof && m_pos < m_buffer.size())) {
            const std::size_t end = lf ? static_cast<std::size_t>(lf - m_buffer.data()) : m_buffer.size();
            std::size_t length = end - m_pos;
            if (length > 0 && m_buffer[m_pos + length - 1] == '\r')
                --length;
            ++m_line;
            if (static_cast<qsizetype>(length) > m_maxLineBytes) {
                m_error =
                    QCoreApplication::translate("seance::LineReader", "line longer than %1 bytes").arg(m_maxLineBytes);
                return Status::Error;
            }
            *line = std::string_view(m_buffer.data() + m_pos, length);
            m_pos = lf ? end + 1 : end;
            return Status::Line;
        }
        if (static_cast<qsizetype>(m_buffer.size() - m_pos) > m_maxLineBytes) {
            ++m_line;
            m_error =
                QCoreApplication::translate("seance::LineReader", "line longer than %1 bytes").arg(m_maxLineBytes);
            return Status::Error;
        }
        // fill() may move the pending bytes to the front; they hold no LF, so resume the search after them.
        const std::size_t pending = m_buffer.size() - m_pos;
        if (!fill() && pending == 0)
            return Status::End;
        searched = m_pos + pending;
    }
}

} // namespace seance
