// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace seance {

// One open workspace file. Owns a named QSqlDatabase connection (for Qt's SQL models) and exposes the
// underlying sqlite3 handle for the bulk-insert paths, where QSqlQuery's per-row QVariant cost matters.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class Check {
        Full,     // quick_check files up to quickCheckLimitBytes, then the schema version
        Skip,     // a second connection to a file this process has already opened with Full
    };
    // quick_check reads every page: a second on a few hundred megabytes, far longer on a 10M-post workspace.
    // Above this size a file is opened after the header and schema checks only, and SQLite's own page checks
    // report corruption when a damaged page is read.
    static constexpr qint64 quickCheckLimitBytes = 256ll * 1024 * 1024;
    // How long a write waits for another process's write to finish before it fails as busy. Imports commit
    // their whole file at once, so a second Seance may wait a while; a GUI edit waits at most this long.
    static constexpr int busyTimeoutMs = 5000;

    // Opens the file, creating it when missing. Refuses (and leaves untouched) a file that is not a
    // SQLite database, fails the integrity check, or carries a newer schema; migrates an older schema
    // inside one transaction. On failure returns false, sets *error and leaves the object closed.
    //
    // A file that cannot be written, or whose folder cannot be written (where SQLite keeps the -wal and -shm files),
    // is opened read-only, as is any file with Access::ReadOnly: isReadOnly() is then true, and every write fails
    // with "the workspace is read-only". An older schema cannot be upgraded read-only: such a file is refused.
    enum class Access { ReadWrite, ReadOnly };
    bool open(const QString& path, QString* error = nullptr, Check check = Check::Full,
              Access access = Access::ReadWrite);
    void close();

    bool isOpen() const { return m_handle != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    sqlite3* handle() const { return m_handle; }

    int schemaVersion() const;

    // Small typed accessors for the meta table (e.g. "sample_data" = "1").
    QString metaValue(const QString& key) const;
    bool setMetaValue(const QString& key, const QString& value, QString* error = nullptr);

private:
    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    bool m_readOnly = false;
};

// RAII transaction on the raw handle: rolls back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error = nullptr);
    void rollback();
    // Why the transaction could not start (see sqliteFailure()); empty while it is active.
    QString error() const { return m_error; }

private:
    sqlite3* m_handle;
    bool m_active = false;
    QString m_error;
};

// Runs one statement with no bound values on the raw handle; on failure fills *error with sqliteFailure(handle).
bool execSql(sqlite3* handle, const char* sql, QString* error = nullptr);

// What the last failed call on handle means to a user: "the workspace is busy (another Seance is writing to it)"
// when another process held the write lock past Database::busyTimeoutMs, and plain words for a full disk, a
// read-only file and a damaged file; SQLite's own message otherwise.
QString sqliteFailure(sqlite3* handle);

} // namespace seance
