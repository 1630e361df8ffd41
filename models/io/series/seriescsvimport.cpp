// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/series/seriescsvimport.h"

#include "models/io/posts/postparser.h"
#include "models/io/text/csvreader.h"
#include "models/io/text/timestampparsing.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <unordered_set>
#include <vector>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SeriesCsvImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SeriesCsvImport)
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseValue(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

struct ValueColumn
{
    int index = 0;
    QString name;
    QByteArray seriesId;
};

class SeriesImporter
{
public:
    SeriesImporter(const Database& db, QIODevice* device, const QString& sourceName, const SeriesCsvImportOptions& options)
        : m_db(db)
        , m_reader(device)
        , m_sourceName(sourceName)
        , m_options(options)
    {
    }
    ~SeriesImporter()
    {
        sqlite3_finalize(m_series);
        sqlite3_finalize(m_point);
    }

    SeriesCsvImportResult run();

private:
    SeriesCsvImportResult& fail(const QString& reason, qint64 line = 0, const QString& column = {})
    {
        m_result = {};
        m_result.errorLine = line;
        m_result.errorColumn = column;
        QString where = m_sourceName;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        m_result.error = column.isEmpty() ? SeriesCsvImportText::tr("%1: %2").arg(where, reason)
                                          : SeriesCsvImportText::tr("%1: column \"%2\": %3").arg(where, column, reason);
        return m_result;
    }
    SeriesCsvImportResult& sqlFailure(qint64 line = 0) { return fail(sqliteFailure(m_db.handle()), line); }
    bool readHeader();
    bool subjectExists();

    const Database& m_db;
    CsvReader m_reader;
    QString m_sourceName;
    const SeriesCsvImportOptions& m_options;
    int m_timeColumn = -1;
    QString m_timeName;
    int m_columnCount = 0;
    std::vector<ValueColumn> m_columns;
    sqlite3_stmt* m_series = nullptr;
    sqlite3_stmt* m_point = nullptr;
    SeriesCsvImportResult m_result;
};

bool SeriesImporter::readHeader()
{
    const CsvReader::Status status = m_reader.next();
    if (status == CsvReader::Status::Error) {
        fail(m_reader.errorString(), m_reader.line());
        return false;
    }
    if (status == CsvReader::Status::End) {
        fail(SeriesCsvImportText::tr("the file is empty; a series CSV needs a header row"), 1);
        return false;
    }
    const auto& header = m_reader.fields();
    m_columnCount = static_cast<int>(header.size());
    static const char* const timeNames[] = {"time", "date", "datetime", "timestamp"};
    int timeRank = 4;
    QStringList slugs;
    const QString subject = m_options.subjectId;
    for (int i = 0; i < m_columnCount; ++i) {
        const std::string_view raw = trimmed(header[static_cast<std::size_t>(i)]);
        if (!isValidUtf8(raw)) {
            fail(SeriesCsvImportText::tr("the header is not valid UTF-8"), m_reader.line());
            return false;
        }
        const QString name = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
        const QString lower = name.toLower();
        bool isTime = false;
        for (int rank = 0; rank < 4; ++rank) {
            if (lower == QLatin1String(timeNames[rank])) {
                isTime = true;
                if (rank < timeRank) {
                    timeRank = rank;
                    m_timeColumn = i;
                    m_timeName = name;
                }
            }
        }
        if (isTime)
            continue; // every time-named column is left out; the preferred one holds the time

        const QString slug = seriesColumnSlug(name);
        if (slug.isEmpty()) {
            fail(SeriesCsvImportText::tr("a value column needs a name"), m_reader.line(), QString::number(i + 1));
            return false;
        }
        if (slugs.contains(slug)) {
            fail(SeriesCsvImportText::tr("two columns would both be the series \"%1\"")
                     .arg(subject + QLatin1Char('-') + slug),
                 m_reader.line(), name);
            return false;
        }
        slugs.append(slug);
        m_columns.push_back({i, name, (subject + QLatin1Char('-') + slug).toUtf8()});
    }
    if (m_timeColumn < 0) {
        fail(SeriesCsvImportText::tr("the header has no time column (time, date, datetime or timestamp)"),
             m_reader.line());
        return false;
    }
    if (m_columns.empty()) {
        fail(SeriesCsvImportText::tr("the header has no value column"), m_reader.line());
        return false;
    }
    return true;
}

bool SeriesImporter::subjectExists()
{
    const char* sql = m_options.kind == SubjectKind::Token ? "SELECT 1 FROM tokens WHERE id = ?1"
                                                           : "SELECT 1 FROM narratives WHERE id = ?1";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const QByteArray id = m_options.subjectId.toUtf8();
    sqlite3_bind_text(stmt, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
    const bool found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
}

SeriesCsvImportResult SeriesImporter::run()
{
    if (!m_db.isOpen())
        return fail(SeriesCsvImportText::tr("the database is not open"));
    const bool isToken = m_options.kind == SubjectKind::Token;
    if (m_options.subjectId.isEmpty() || !subjectExists())
        return fail(isToken ? SeriesCsvImportText::tr("unknown token id \"%1\"").arg(m_options.subjectId)
                            : SeriesCsvImportText::tr("unknown narrative id \"%1\"").arg(m_options.subjectId));
    if (!readHeader())
        return m_result;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return sqlFailure();
    sqlite3* handle = m_db.handle();
    constexpr const char* seriesSql =
        "INSERT INTO series (id, token_id, narrative_id, metric, source) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (id) DO UPDATE SET token_id = excluded.token_id, narrative_id = excluded.narrative_id, "
        "metric = excluded.metric, source = excluded.source";
    constexpr const char* pointSql = "INSERT INTO series_points (series_id, t, value) VALUES (?1, ?2, ?3) "
                                     "ON CONFLICT (series_id, t) DO UPDATE SET value = excluded.value";
    if (sqlite3_prepare_v2(handle, seriesSql, -1, &m_series, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(handle, pointSql, -1, &m_point, nullptr) != SQLITE_OK)
        return sqlFailure();

    const QByteArray subject = m_options.subjectId.toUtf8();
    const QByteArray source =
        (m_options.source.isEmpty() ? QFileInfo(m_sourceName).fileName() : m_options.source).toUtf8();
    for (const ValueColumn& column : m_columns) {
        const QByteArray metric = column.name.toUtf8();
        sqlite3_bind_text(m_series, 1, column.seriesId.constData(), static_cast<int>(column.seriesId.size()),
                          SQLITE_STATIC);
        sqlite3_bind_text(m_series, isToken ? 2 : 3, subject.constData(), static_cast<int>(subject.size()),
                          SQLITE_STATIC);
        sqlite3_bind_null(m_series, isToken ? 3 : 2);
        sqlite3_bind_text(m_series, 4, metric.constData(), static_cast<int>(metric.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_series, 5, source.constData(), static_cast<int>(source.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(m_series);
        sqlite3_reset(m_series);
        if (rc != SQLITE_DONE)
            return sqlFailure();
        m_result.seriesIds.append(QString::fromUtf8(column.seriesId));
    }

    // Two rows for one time would silently overwrite each other; an export never means that.
    std::unordered_set<qint64> seen;
    for (;;) {
        const CsvReader::Status status = m_reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return fail(m_reader.errorString(), m_reader.line());
        const qint64 line = m_reader.line();
        const auto& fields = m_reader.fields();
        if (static_cast<int>(fields.size()) != m_columnCount)
            return fail(SeriesCsvImportText::tr("expected %1 fields as in the header, found %2")
                            .arg(m_columnCount)
                            .arg(fields.size()),
                        line);
        const std::string_view timeText = fields[static_cast<std::size_t>(m_timeColumn)];
        const std::optional<qint64> t = parseTimestamp(timeText);
        if (!t)
            return fail(SeriesCsvImportText::tr("not an ISO 8601 time or an epoch number"), line, m_timeName);
        if (!seen.insert(*t).second)
            return fail(SeriesCsvImportText::tr("a second row for the same time"), line, m_timeName);
        ++m_result.rows;
        for (const ValueColumn& column : m_columns) {
            const std::string_view text = trimmed(fields[static_cast<std::size_t>(column.index)]);
            if (text.empty())
                continue;
            const std::optional<double> value = parseValue(text);
            if (!value)
                return fail(SeriesCsvImportText::tr("not a number"), line, column.name);
            sqlite3_bind_text(m_point, 1, column.seriesId.constData(), static_cast<int>(column.seriesId.size()),
                              SQLITE_STATIC);
            sqlite3_bind_int64(m_point, 2, *t);
            sqlite3_bind_double(m_point, 3, *value);
            const int rc = sqlite3_step(m_point);
            sqlite3_reset(m_point);
            if (rc != SQLITE_DONE)
                return sqlFailure(line);
            ++m_result.points;
        }
    }
    QString error;
    if (!transaction.commit(&error))
        return fail(error);
    m_result.ok = true;
    return m_result;
}

} // namespace

QString seriesColumnSlug(const QString& column)
{
    QString slug = column.trimmed().toLower();
    for (QChar& c : slug) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                          || c == QLatin1Char('_');
        if (!keep)
            c = QLatin1Char('_');
    }
    return slug;
}

SeriesCsvImportResult importSeriesCsv(const Database& db, QIODevice* device, const QString& sourceName,
                                      const SeriesCsvImportOptions& options)
{
    SeriesImporter importer(db, device, sourceName, options);
    return importer.run();
}

SeriesCsvImportResult importSeriesCsv(const Database& db, const QString& path, const SeriesCsvImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SeriesCsvImportResult result;
        result.error = SeriesCsvImportText::tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    return importSeriesCsv(db, &file, path, options);
}

} // namespace seance
