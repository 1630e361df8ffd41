// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(seance::CsvReader)
};

} // namespace

CsvReader::CsvReader(QIODevice* device, qsizetype chunkSize, qsizetype maxRecordBytes)
    : m_device(device)
    , m_chunkSize(chunkSize)
    , m_maxRecordBytes(maxRecordBytes)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Drop what is consumed so the buffer only ever holds the record being scanned plus one chunk.
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

// Scans one record starting at m_pos. On NeedMore nothing is consumed, so the caller refills and rescans;
// a record is small next to a chunk, so rescanning costs little.
CsvReader::Scan CsvReader::scanRecord()
{
    m_fieldData.clear();
    m_fieldEnds.clear();
    const char* const begin = m_buffer.data() + m_pos;
    const char* const end = m_buffer.data() + m_buffer.size();
    const char* p = begin;
    qint64 newlines = 0;
    m_blank = false;

    auto finish = [&](const char* next) {
        const std::string_view raw(begin, static_cast<std::size_t>(next - begin));
        m_blank = raw == "\n" || raw == "\r\n" || raw == "\r";
        m_recordBytes = raw.size();
        m_fieldEnds.push_back(m_fieldData.size());
        m_pos = static_cast<std::size_t>(next - m_buffer.data());
        m_line += newlines;
        return Scan::Complete;
    };

    for (;;) {
        if (p == end)
            return m_eof && p != begin ? finish(p) : Scan::NeedMore;
        if (*p == '"') {
            ++p;
            for (;;) {
                if (p == end) {
                    if (!m_eof)
                        return Scan::NeedMore;
                    m_error = CsvReaderText::tr("unterminated quoted field");
                    return Scan::Error;
                }
                // Copy up to the next quote in one go; only quotes need a closer look.
                const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
                const char* stop = quote ? quote : end;
                newlines += std::count(p, stop, '\n');
                m_fieldData.append(p, static_cast<std::size_t>(stop - p));
                p = stop;
                if (!quote)
                    continue;
                ++p;
                if (p == end && !m_eof)
                    return Scan::NeedMore; // cannot tell "" from a closing quote yet
                if (p != end && *p == '"') {
                    m_fieldData.push_back('"');
                    ++p;
                    continue;
                }
                break;
            }
            if (p == end)
                return m_eof ? finish(p) : Scan::NeedMore;
            if (*p == m_delimiter) {
                m_fieldEnds.push_back(m_fieldData.size());
                ++p;
                continue;
            }
            if (*p == '\n') {
                ++newlines;
                return finish(p + 1);
            }
            if (*p == '\r') {
                if (p + 1 == end)
                    return m_eof ? finish(p + 1) : Scan::NeedMore;
                if (p[1] == '\n') {
                    ++newlines;
                    return finish(p + 2);
                }
            }
            // The failing line may lie past the record's first line when a quoted field spans lines.
            m_recordLine += newlines;
            m_error = CsvReaderText::tr("unexpected character after a closing quote");
            return Scan::Error;
        }
        // Unquoted field: runs to the next comma or line end. A stray quote inside it is kept as text.
        const char* start = p;
        while (p != end && *p != m_delimiter && *p != '\n')
            ++p;
        if (p == end && !m_eof)
            return Scan::NeedMore;
        // The CR of a CRLF (or a lone one at the end of the file) is not part of the field.
        const char* fieldEnd = p;
        if ((p == end || *p == '\n') && fieldEnd != start && fieldEnd[-1] == '\r')
            --fieldEnd;
        m_fieldData.append(start, static_cast<std::size_t>(fieldEnd - start));
        if (p == end)
            return finish(p);
        if (*p == m_delimiter) {
            m_fieldEnds.push_back(m_fieldData.size());
            ++p;
            continue;
        }
        ++newlines;
        return finish(p + 1);
    }
}

CsvReader::Status CsvReader::next()
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
    for (;;) {
        m_recordLine = m_line;
        const Scan scan = scanRecord();
        if (scan == Scan::Error)
            return Status::Error;
        if (scan == Scan::NeedMore) {
            if (static_cast<qsizetype>(m_buffer.size() - m_pos) > m_maxRecordBytes) {
                m_error = CsvReaderText::tr("record longer than %1 bytes").arg(m_maxRecordBytes);
                return Status::Error;
            }
            if (!fill() && m_pos == m_buffer.size())
                return Status::End;
            continue;
        }
        if (static_cast<qsizetype>(m_recordBytes) > m_maxRecordBytes) {
            m_error = CsvReaderText::tr("record longer than %1 bytes").arg(m_maxRecordBytes);
            return Status::Error;
        }
        // A blank line would read as one empty field; skip it, as spreadsheets write them at the end.
        if (m_blank)
            continue;
        m_fields.clear();
        std::size_t start = 0;
        for (const std::size_t fieldEnd : m_fieldEnds) {
            m_fields.emplace_back(m_fieldData.data() + start, fieldEnd - start);
            start = fieldEnd;
        }
        return Status::Record;
    }
}

} // namespace seance
