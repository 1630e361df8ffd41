// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"

#include "models/storage/schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <mutex>

namespace seance {
namespace {

QAtomicInt connectionCounter;

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(seance::Database)
};

int readUserVersion(sqlite3* handle, QString* error)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = sqliteFailure(handle);
        return -1;
    }
    int version = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    else if (error)
        *error = sqliteFailure(handle);
    sqlite3_finalize(stmt);
    return version;
}

// Checks an existing file without writing to it: it must be SQLite, pass quick_check, and not be newer
// than this build. Returns the schema version, or -1 with *error set.
int inspectExistingFile(const QString& path, bool quickCheck, QString* error)
{
    sqlite3* handle = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    if (sqlite3_open_v2(encoded.constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = DatabaseText::tr("Cannot open %1: %2").arg(path, handle ? sqliteFailure(handle) : QString());
        sqlite3_close(handle);
        return -1;
    }
    QString detail;
    const int version = readUserVersion(handle, &detail);
    if (version < 0) {
        *error = DatabaseText::tr("%1 is not a Seance database (%2).").arg(path, detail);
        sqlite3_close(handle);
        return -1;
    }
    if (version > schema::currentVersion) {
        *error =
            DatabaseText::tr("%1 was written by a newer version of Seance (schema %2; this version reads up to %3). "
                             "It has not been opened or changed.")
                .arg(path)
                .arg(version)
                .arg(schema::currentVersion);
        sqlite3_close(handle);
        return -1;
    }
    if (!quickCheck) {
        sqlite3_close(handle);
        return version;
    }
    sqlite3_stmt* stmt = nullptr;
    QString verdict;
    if (sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK) {
        if (sqlite3_step(stmt) == SQLITE_ROW)
            verdict = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    if (verdict.isEmpty())
        verdict = sqliteFailure(handle);
    sqlite3_close(handle);
    if (verdict != QLatin1String("ok")) {
        *error = DatabaseText::tr("%1 failed its integrity check: %2").arg(path, verdict);
        return -1;
    }
    return version;
}

} // namespace

QString sqliteFailure(sqlite3* handle)
{
    if (!handle)
        return DatabaseText::tr("the workspace is not open");
    const int code = sqlite3_extended_errcode(handle);
    const int systemError = sqlite3_system_errno(handle);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseText::tr("the workspace is busy (another Seance is writing to it)");
    case SQLITE_FULL:
        return DatabaseText::tr("the disk is full (%1)").arg(detail);
    case SQLITE_READONLY:
        return DatabaseText::tr("the workspace is read-only (%1)").arg(detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DatabaseText::tr("the workspace file is damaged (%1); \"seance check FILE\" checks every page")
            .arg(detail);
    case SQLITE_IOERR:
        // A write cut short by a full disk or the file size limit (ulimit -f) arrives as a write error.
        if (systemError == ENOSPC || systemError == EFBIG || systemError == EDQUOT)
            return DatabaseText::tr("the disk is full (%1)").arg(QString::fromLocal8Bit(std::strerror(systemError)));
        // SQLite reads errno after the failed write, when later calls may have changed it: a failed write is a
        // full disk more often than anything else, so say so.
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE)
            return DatabaseText::tr("the workspace could not be written; is the disk full? (%1)").arg(detail);
        return DatabaseText::tr("the workspace file could not be read or written (%1)").arg(detail);
    default:
        return detail;
    }
}

bool execSql(sqlite3* handle, const char* sql, QString* error)
{
    char* message = nullptr;
    const int result = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
    sqlite3_free(message); // sqliteFailure() reads the same text from the handle, with the code that explains it
    if (result == SQLITE_OK)
        return true;
    if (error)
        *error = sqliteFailure(handle);
    return false;
}

Database::Database()
    : m_connectionName(QStringLiteral("seance-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

// Every thread here opens its own connection and no connection is shared between threads (a QSqlDatabase
// belongs to its thread anyway), so SQLite's per-connection mutexes only cost time: about 5 % of a bulk
// import's inserting thread. Multi-thread mode drops them. Memory statistics (sqlite3_memory_used(), which
// nothing here reads) take a global mutex on every allocation, several per inserted row: off, they save
// about 4 % of the instructions of the inserting thread. Both can only be chosen before SQLite initializes;
// if something opened a database first, the calls fail harmlessly and SQLite keeps its defaults.
namespace {
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}
} // namespace

bool Database::open(const QString& path, QString* error, Check check, Access access)
{
    configureSqlite();
    close();
    QString message;
    auto fail = [&](const QString& text) {
        if (error)
            *error = text;
        close();
        return false;
    };

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(DatabaseText::tr("%1 is a folder, not a database file.").arg(path));
    int version = 0;
    if (info.exists() && info.size() > 0) {
        version = inspectExistingFile(path, check == Check::Full && info.size() <= quickCheckLimitBytes, &message);
        if (version < 0)
            return fail(message);
    }
    const bool inMemory = path == QLatin1String(":memory:");
    const bool folderWritable = inMemory || QFileInfo(info.absolutePath()).isWritable();
    if (!info.exists() && (access == Access::ReadOnly || !folderWritable))
        return fail(DatabaseText::tr("Cannot create %1: its folder is read-only.").arg(path));
    const bool readOnly = access == Access::ReadOnly || (info.exists() && (!info.isWritable() || !folderWritable));
    if (readOnly && version < schema::currentVersion)
        return fail(DatabaseText::tr(
                        "%1 is read-only, and it was written by an older version of Seance (schema %2): it needs an "
                        "upgrade to schema %3, which cannot be written. Make the file and its folder writable.")
                        .arg(path)
                        .arg(version)
                        .arg(schema::currentVersion));
    // In a folder nobody may write, SQLite cannot make the -shm file a WAL reader needs; a file that was closed
    // cleanly has no -wal either and can be read as immutable. One with a -wal left over needs a writable folder.
    const bool immutable = readOnly && !folderWritable;
    if (immutable && QFileInfo::exists(path + QStringLiteral("-wal")))
        return fail(DatabaseText::tr(
                        "%1 was not closed cleanly and its folder is read-only, so its last changes cannot be read. "
                        "Open it once from a writable folder.")
                        .arg(path));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            if (readOnly)
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open())
            return fail(DatabaseText::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        const QVariant driverHandle = db.driver()->handle();
        if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3* const*>(driverHandle.constData());
    }
    if (!m_handle)
        return fail(DatabaseText::tr("The Qt SQLite driver did not expose its handle."));
    m_path = path;
    m_readOnly = readOnly;

    sqlite3_busy_timeout(m_handle, busyTimeoutMs);
    if (readOnly)
        return execSql(m_handle, "PRAGMA foreign_keys = ON;", &message) ||
               fail(DatabaseText::tr("Cannot configure %1: %2").arg(path, message));
    // A new file gets large pages, which only an empty database can still choose. Bulk imports write the
    // whole file through the WAL and a checkpoint, one system call per page and more, and at 4 KiB pages
    // those calls cost more than SQLite's own work; range scans read fewer pages too. Point lookups read a
    // larger page, which at these sizes costs little.
    if (version == 0 && !execSql(m_handle, "PRAGMA page_size = 32768;", &message))
        return fail(DatabaseText::tr("Cannot configure %1: %2").arg(path, message));
    if (!execSql(m_handle, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                 &message))
        return fail(DatabaseText::tr("Cannot configure %1: %2").arg(path, message));

    if (version < schema::currentVersion) {
        Transaction transaction(*this);
        if (!transaction.isActive() || !schema::migrate(m_handle, version, schema::currentVersion, &message)
            || !transaction.commit(&message))
            return fail(DatabaseText::tr("Cannot prepare %1: %2").arg(path, message));
    }
    return true;
}

void Database::close()
{
    m_handle = nullptr;
    m_readOnly = false;
    m_path.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_handle ? readUserVersion(m_handle, nullptr) : -1;
}

QString Database::metaValue(const QString& key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Database::setMetaValue(const QString& key, const QString& value, QString* error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

Transaction::Transaction(const Database& db)
    : m_handle(db.handle())
{
    m_active = m_handle && execSql(m_handle, "BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active)
        return false;
    if (!execSql(m_handle, "COMMIT", error))
        return false;
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        execSql(m_handle, "ROLLBACK");
    m_active = false;
}

} // namespace seance
