// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/seriesstore.h"

#include "models/storage/database.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SeriesStoreText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SeriesStore)
};

void bindFields(SqlStatement& s, const SeriesRecord& r)
{
    s.bindOptionalText(1, r.tokenId);
    s.bindOptionalText(2, r.narrativeId);
    s.bindText(3, r.metric);
    s.bindOptionalText(4, r.source);
    s.bindText(5, r.id);
    s.bindOptionalText(6, r.unit);
}

SeriesRecord readRow(const SqlStatement& s)
{
    SeriesRecord r;
    r.id = s.text(0);
    r.tokenId = s.text(1);
    r.narrativeId = s.text(2);
    r.metric = s.text(3);
    r.source = s.text(4);
    r.unit = s.text(5);
    return r;
}

bool insertPoints(sqlite3* handle, const SeriesRecord& series, QString* error,
                  const char* sql = "INSERT INTO series_points (series_id, t, value) VALUES (?1, ?2, ?3)")
{
    SqlStatement s(handle, sql);
    const QByteArray id = series.id.toUtf8();
    for (const SeriesPoint& point : series.points) {
        s.bindUtf8(1, id);
        s.bindInt64(2, point.t);
        s.bindDouble(3, point.value);
        if (!s.exec(error))
            return false;
    }
    return true;
}

constexpr const char* selectColumns = "SELECT id, token_id, narrative_id, metric, source, unit FROM series ";

} // namespace

SeriesStore::SeriesStore(const Database& db)
    : m_db(db)
{
}

bool SeriesStore::insert(const SeriesRecord& series, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(
        m_db.handle(),
        "INSERT INTO series (token_id, narrative_id, metric, source, id, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    bindFields(s, series);
    return s.exec(error) && insertPoints(m_db.handle(), series, error) && savepoint.release(error);
}

bool SeriesStore::update(const SeriesRecord& series, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(
        m_db.handle(),
        "UPDATE series SET token_id = ?1, narrative_id = ?2, metric = ?3, source = ?4, unit = ?6 WHERE id = ?5");
    bindFields(s, series);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, SeriesStoreText::tr("There is no series \"%1\".").arg(series.id));
    SqlStatement clear(m_db.handle(), "DELETE FROM series_points WHERE series_id = ?1");
    clear.bindText(1, series.id);
    return clear.exec(error) && insertPoints(m_db.handle(), series, error) && savepoint.release(error);
}

bool SeriesStore::merge(const SeriesRecord& series, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(
        m_db.handle(),
        "INSERT INTO series (token_id, narrative_id, metric, source, id, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT (id) DO UPDATE SET token_id = excluded.token_id, narrative_id = excluded.narrative_id, "
        "metric = excluded.metric, source = excluded.source, unit = excluded.unit");
    bindFields(s, series);
    return s.exec(error) &&
           insertPoints(m_db.handle(), series, error,
                        "INSERT INTO series_points (series_id, t, value) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT (series_id, t) DO UPDATE SET value = excluded.value") &&
           savepoint.release(error);
}

QList<SeriesRecord> SeriesStore::forToken(const QString& tokenId, const QString& metric, QString* error) const
{
    QList<SeriesRecord> list;
    SqlStatement s(m_db.handle(),
                   (std::string(selectColumns) + "WHERE token_id = ?1 AND metric = ?2 ORDER BY id").c_str());
    s.bindText(1, tokenId);
    s.bindText(2, metric);
    while (s.next())
        list.append(readRow(s));
    if (s.failed()) {
        failWith(error, s.errorMessage());
        return {};
    }
    for (SeriesRecord& series : list) {
        if (std::optional<SeriesRecord> full = find(series.id, error))
            series.points = full->points;
    }
    return list;
}

bool SeriesStore::remove(const QString& id, QString* error) const
{
    SqlStatement s(m_db.handle(), "DELETE FROM series WHERE id = ?1");
    s.bindText(1, id);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, SeriesStoreText::tr("There is no series \"%1\".").arg(id));
    return true;
}

std::optional<SeriesRecord> SeriesStore::find(const QString& id, QString* error) const
{
    SqlStatement s(m_db.handle(), (std::string(selectColumns) + "WHERE id = ?1").c_str());
    s.bindText(1, id);
    if (!s.next()) {
        if (s.failed())
            failWith(error, s.errorMessage());
        return std::nullopt;
    }
    SeriesRecord series = readRow(s);
    SqlStatement points(m_db.handle(), "SELECT t, value FROM series_points WHERE series_id = ?1 ORDER BY t");
    points.bindText(1, id);
    while (points.next())
        series.points.append(SeriesPoint{points.int64(0), points.real(1)});
    if (points.failed()) {
        failWith(error, points.errorMessage());
        return std::nullopt;
    }
    return series;
}

QList<SeriesRecord> SeriesStore::all(QString* error) const
{
    QList<SeriesRecord> list;
    QHash<QString, qsizetype> rowOf;
    SqlStatement s(m_db.handle(), (std::string(selectColumns) + "ORDER BY id").c_str());
    while (s.next()) {
        rowOf.insert(s.text(0), list.size());
        list.append(readRow(s));
    }
    SqlStatement points(m_db.handle(), "SELECT series_id, t, value FROM series_points ORDER BY series_id, t");
    while (points.next()) {
        if (const auto it = rowOf.constFind(points.text(0)); it != rowOf.constEnd())
            list[*it].points.append(SeriesPoint{points.int64(1), points.real(2)});
    }
    if (s.failed() || points.failed()) {
        failWith(error, s.failed() ? s.errorMessage() : points.errorMessage());
        return {};
    }
    return list;
}

bool SeriesStore::contains(const QString& id) const
{
    SqlStatement s(m_db.handle(), "SELECT 1 FROM series WHERE id = ?1");
    s.bindText(1, id);
    return s.next();
}

} // namespace seance
