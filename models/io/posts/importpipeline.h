// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the streaming imports (posts files, social exports) share: the connection settings for one long
// transaction and the parallel map that parses, routes and scores a batch on the pool.

#include "models/storage/database.h"

#include <QByteArray>
#include <QSemaphore>
#include <QThreadPool>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace seance {

// A bigger page cache keeps the indexes' hot pages in memory during one long transaction, which saves
// SQLite many reads back from the OS; 32 MiB leaves the import well inside its memory budget.
inline constexpr int importCacheKiB = 32 * 1024;
// The bucket sums are written out every so many posts, so their memory stays bounded however long a
// span of time the file covers; the upsert adds them up across flushes.
inline constexpr qint64 flushBucketsEvery = 256 * 1024;

// Calls f on every element of [begin, begin + count), on this thread and on whichever threads of the pool
// are idle right now. Unlike QtConcurrent::blockingMap() it never waits for work queued behind the caller,
// so a task of the pool may call it without deadlocking a pool that has no thread to spare.
template <typename Iterator, typename Function>
void forEachOnIdleThreads(QThreadPool* pool, Iterator begin, qsizetype count, const Function& f)
{
    constexpr qsizetype chunk = 64; // elements claimed at a time: few atomic operations, still balanced
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        for (qsizetype first = next.fetch_add(chunk); first < count; first = next.fetch_add(chunk)) {
            const qsizetype last = std::min(first + chunk, count);
            for (qsizetype i = first; i < last; ++i)
                f(begin[i]);
        }
    };
    QSemaphore finished;
    int helpers = 0;
    while (helpers < pool->maxThreadCount() && pool->tryStart([&] {
        work();
        finished.release();
    }))
        ++helpers;
    work();
    finished.acquire(helpers); // the helpers use this frame's variables
}

// Connection settings for the length of an import, restored however it ends. Must be created outside a
// transaction: SQLite ignores PRAGMA foreign_keys inside one.
class ImportSettingsScope final
{
public:
    explicit ImportSettingsScope(sqlite3* handle)
        : m_handle(handle)
        , m_cacheSize(pragmaValue("PRAGMA cache_size", -2000))
        , m_foreignKeys(pragmaValue("PRAGMA foreign_keys", 1))
        , m_autocheckpoint(pragmaValue("PRAGMA wal_autocheckpoint", 1000))
    {
        set("cache_size", -importCacheKiB);
        // The commit would otherwise checkpoint on this thread; the import starts one in the background.
        set("wal_autocheckpoint", 0);
        // Every token and narrative reference is checked by the parser against ids read inside the import's
        // own transaction, so SQLite's per-row foreign-key probes would only repeat that work on the
        // single-threaded insert path.
        set("foreign_keys", 0);
    }
    ~ImportSettingsScope()
    {
        set("wal_autocheckpoint", m_autocheckpoint);
        set("foreign_keys", m_foreignKeys);
        set("cache_size", m_cacheSize);
    }
    ImportSettingsScope(const ImportSettingsScope&) = delete;
    ImportSettingsScope& operator=(const ImportSettingsScope&) = delete;

private:
    int pragmaValue(const char* sql, int fallback)
    {
        sqlite3_stmt* stmt = nullptr;
        int value = fallback;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }
    void set(const char* name, int value)
    {
        // PRAGMA takes no bound parameters; both parts are fixed here, never user text.
        const QByteArray sql = "PRAGMA " + QByteArray(name) + " = " + QByteArray::number(value);
        execSql(m_handle, sql.constData());
    }

    sqlite3* m_handle;
    int m_cacheSize;
    int m_foreignKeys;
    int m_autocheckpoint;
};

} // namespace seance
