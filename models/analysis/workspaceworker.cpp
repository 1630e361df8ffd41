// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/workspaceworker.h"

#include "models/storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seance {

struct WorkspaceWorker::Connection
{
    Database db;
};

WorkspaceWorker::WorkspaceWorker()
    : m_connection(std::make_shared<Connection>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

WorkspaceWorker::~WorkspaceWorker()
{
    // The connection must be closed on the thread that opened it: hand the last reference to the pool.
    m_pool.start([connection = std::move(m_connection)]() mutable { connection.reset(); });
    m_pool.waitForDone();
}

const Database* WorkspaceWorker::ensureOpen(Connection& connection, const QString& path, QString* error)
{
    if (connection.db.isOpen() && connection.db.path() == path)
        return &connection.db;
    connection.db.close();
    // Database::open creates a missing file; an analysis must never do that behind the user's back.
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        *error =
            QCoreApplication::translate("seance::WorkspaceWorker", "The workspace file %1 was not found.").arg(path);
        return nullptr;
    }
    // The main window checked this file when it opened it. The analyses only read, so the connection cannot
    // write either: no schema change, no -wal checkpoint competing with the window's own edits.
    if (!connection.db.open(path, error, Database::Check::Skip, Database::Access::ReadOnly))
        return nullptr;
    return &connection.db;
}

} // namespace seance
