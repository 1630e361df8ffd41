// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/databasewatcher.h"

#include "models/storage/database.h"

#include <sqlite3.h>

namespace seance {

DatabaseWatcher::DatabaseWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
}

void DatabaseWatcher::setDatabase(const Database* db)
{
    m_db = db;
    resync();
    if (m_db)
        m_timer.start();
    else
        m_timer.stop();
}

void DatabaseWatcher::resync()
{
    m_version = readVersion();
}

void DatabaseWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        resync();
}

void DatabaseWatcher::poll()
{
    if (m_paused || !m_db || !m_db->isOpen())
        return;
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    emit changedElsewhere();
}

qint64 DatabaseWatcher::readVersion() const
{
    if (!m_db || !m_db->handle())
        return -1;
    sqlite3_stmt* stmt = nullptr;
    qint64 version = -1;
    if (sqlite3_prepare_v2(m_db->handle(), "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

} // namespace seance
