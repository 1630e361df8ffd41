// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlstatement.h"

#include "models/storage/database.h"
#include "models/storage/utf8text.h"

#include <sqlite3.h>

#include <utility>

namespace seance {

SqlStatement::SqlStatement(sqlite3* handle, const char* sql)
    : m_handle(handle)
{
    if (!m_handle || sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_failed = true;
    }
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_handle(other.m_handle)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
{
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bindOptionalText(int index, const QString& value)
{
    if (value.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bindText(index, value);
}

void SqlStatement::bindText(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindUtf8(int index, std::string_view value)
{
    // A non-null pointer even for empty text: SQLite binds NULL for a null pointer.
    sqlite3_bind_text(m_stmt, index, value.empty() ? "" : value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
}

void SqlStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bindOptionalInt64(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

bool SqlStatement::exec(QString* error)
{
    if (!m_stmt)
        return failWith(error, errorMessage());
    const int rc = sqlite3_step(m_stmt);
    const QString message = rc == SQLITE_DONE ? QString() : errorMessage();
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return failWith(error, message);
    return true;
}

bool SqlStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqlStatement::text(int column) const
{
    return utf8ToQString(utf8(column));
}

std::string_view SqlStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

int SqlStatement::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

QString SqlStatement::errorMessage() const
{
    return sqliteFailure(m_handle); // in words for a busy, full, read-only or damaged workspace
}

Savepoint::Savepoint(sqlite3* handle)
    : m_handle(handle)
{
    m_active = m_handle && execSql(m_handle, "SAVEPOINT seance_store_write");
}

Savepoint::~Savepoint()
{
    if (m_active) {
        // ROLLBACK TO undoes the work but keeps the savepoint open; RELEASE then closes it.
        execSql(m_handle, "ROLLBACK TO seance_store_write");
        execSql(m_handle, "RELEASE seance_store_write");
    }
}

bool Savepoint::release(QString* error)
{
    if (!m_active)
        return failWith(error, QStringLiteral("no savepoint is open"));
    if (!execSql(m_handle, "RELEASE seance_store_write", error))
        return false;
    m_active = false;
    return true;
}

std::optional<TimeRange> queryInstantSpan(sqlite3* handle, const char* sql, QString* error)
{
    SqlStatement s(handle, sql);
    if (!s.next()) {
        failWith(error, s.errorMessage());
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (s.isNull(0))
        return std::nullopt;
    return TimeRange{s.int64(0), s.int64(1) + 1};
}

} // namespace seance
