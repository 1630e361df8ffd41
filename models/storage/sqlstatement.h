// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/timerange.h"

#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace seance {

// A prepared statement on the raw handle, finalized on destruction. The stores use it rather than QSqlQuery
// so that NULL and empty text, integer and real stay exact, and errors carry SQLite's own message.
class SqlStatement final
{
public:
    SqlStatement(sqlite3* handle, const char* sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    // Movable, so that a store can hand a prepared scan to a bulk path.
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Empty text binds NULL: records use an empty string for "unknown".
    void bindOptionalText(int index, const QString& value);
    void bindText(int index, const QString& value);
    void bindUtf8(int index, std::string_view value);
    void bindUtf8(int index, const QByteArray& value)
    {
        bindUtf8(index, std::string_view(value.constData(), static_cast<std::size_t>(value.size())));
    }
    void bindInt64(int index, qint64 value);
    void bindOptionalInt64(int index, std::optional<qint64> value);
    void bindDouble(int index, double value);

    // Runs a statement that returns no rows, then resets it for the next bindings.
    bool exec(QString* error);
    // Steps a query: true while a row is available. After false, failed() tells an error from the end.
    bool next();
    bool failed() const { return m_failed; }
    // Rows changed by the last exec(), to tell "updated" from "no such id".
    int changes() const;
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;

    QString errorMessage() const;

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

// A SAVEPOINT that rolls back unless released. Unlike BEGIN it nests, so a store's multi-row write is atomic
// on its own and also inside an importer's transaction.
class Savepoint final
{
public:
    explicit Savepoint(sqlite3* handle);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    bool isActive() const { return m_active; }
    bool release(QString* error);

private:
    sqlite3* m_handle;
    bool m_active = false;
};

// Runs a query of one row with two integers, the first and the last instant of something (NULL when there is
// nothing), and returns [first, last + 1 ms). Empty when there is nothing (*error cleared) or the query failed.
std::optional<TimeRange> queryInstantSpan(sqlite3* handle, const char* sql, QString* error);

// Sets *error (when given) and returns false; keeps the stores' failure paths one line long.
inline bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace seance
