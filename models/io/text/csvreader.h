// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace seance {

// A streaming RFC 4180 reader: fields separated by commas, records by CRLF or LF, fields optionally in
// double quotes, where they may hold commas, line breaks and doubled quotes (""). A UTF-8 byte-order mark
// is skipped and blank lines are ignored. It reads the device in chunks and holds at most one record
// (capped by maxRecordBytes), so memory stays flat however large the file. Bytes are passed through as
// they are: validating UTF-8 is the caller's business.
class CsvReader final
{
public:
    enum class Status { Record, End, Error };

    explicit CsvReader(QIODevice* device, qsizetype chunkSize = 1 << 16, qsizetype maxRecordBytes = 1 << 20);

    // The field separator, ',' unless set (CoinMarketCap's downloads use ';'). Set it before the first next().
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // Reads the next record. On Record, fields() holds it until the next call.
    Status next();

    const std::vector<std::string_view>& fields() const { return m_fields; }
    // 1-based line on which the current record (or the failing one) starts.
    qint64 line() const { return m_recordLine; }
    // Physical lines consumed so far, including the current record's.
    qint64 linesRead() const { return m_line - 1; }
    qint64 bytesRead() const { return m_bytesRead; }
    // What is wrong, without the line number (see line() / lineNumber()).
    QString errorString() const { return m_error; }

private:
    enum class Scan { Complete, NeedMore, Error };
    Scan scanRecord();
    bool fill();

    QIODevice* m_device;
    qsizetype m_chunkSize;
    qsizetype m_maxRecordBytes;
    std::string m_buffer;        // unconsumed input is m_buffer[m_pos, end)
    std::size_t m_pos = 0;
    std::string m_fieldData;     // the current record's unescaped fields, back to back
    std::vector<std::size_t> m_fieldEnds;
    std::vector<std::string_view> m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_blank = false;
    std::size_t m_recordBytes = 0;
    QString m_error;
    char m_delimiter = ',';
};

} // namespace seance
