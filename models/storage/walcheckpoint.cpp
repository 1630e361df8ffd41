// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/walcheckpoint.h"

#include <QByteArray>
#include <QThreadPool>

#include <sqlite3.h>

namespace seance {
namespace {

// One thread: checkpoints of the same file would only wait for each other's lock. Its destructor, at exit,
// waits for a checkpoint still running.
struct CheckpointThread
{
    CheckpointThread() { pool.setMaxThreadCount(1); }
    QThreadPool pool;
};

QThreadPool& checkpointThread()
{
    static CheckpointThread thread;
    return thread.pool;
}

// A fresh connection learns that the file is in WAL mode only when it first reads it; until then a
// checkpoint does nothing.
bool isInWalMode(sqlite3* handle)
{
    sqlite3_stmt* stmt = nullptr;
    bool wal = false;
    if (sqlite3_prepare_v2(handle, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        wal = qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal") == 0;
    sqlite3_finalize(stmt);
    return wal;
}

void checkpoint(const QByteArray& path)
{
    sqlite3* handle = nullptr;
    // No SQLITE_OPEN_CREATE: a file removed in the meantime must not come back empty.
    if (sqlite3_open_v2(path.constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 5000);
        if (isInWalMode(handle))
            sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    sqlite3_close(handle);
}

} // namespace

void checkpointInBackground(sqlite3* handle)
{
    // The bytes SQLite opened the file by; empty for an in-memory or temporary database.
    const char* fileName = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    if (!fileName || !*fileName)
        return;
    checkpointThread().start([path = QByteArray(fileName)] { checkpoint(path); });
}

void waitForBackgroundCheckpoints()
{
    checkpointThread().waitForDone();
}

} // namespace seance
