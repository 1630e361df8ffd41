// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>

class QIODevice;

namespace seance {

// Reads a device line by line in large chunks, for JSON Lines. Lines end at LF or CRLF; a UTF-8 byte-order
// mark at the start is skipped. A line longer than maxLineBytes is an error rather than a reason to keep
// reading into memory, so memory stays flat whatever the input.
class LineReader final
{
public:
    enum class Status { Line, End, Error };

    explicit LineReader(QIODevice* device, qsizetype chunkSize = 1 << 20, qsizetype maxLineBytes = 1 << 20);

    // On Line, *line holds the text without its line break, valid until the next call.
    Status next(std::string_view* line);

    // 1-based number of the line last returned (or of the failing one).
    qint64 lineNumber() const { return m_line; }
    qint64 bytesRead() const { return m_bytesRead; }
    // What is wrong, without the line number (see line() / lineNumber()).
    QString errorString() const { return m_error; }

private:
    bool fill();

    QIODevice* m_device;
    qsizetype m_chunkSize;
    qsizetype m_maxLineBytes;
    std::string m_buffer; // unconsumed input is m_buffer[m_pos, end)
    std::size_t m_pos = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_started = false;
    QString m_error;
};

} // namespace seance
