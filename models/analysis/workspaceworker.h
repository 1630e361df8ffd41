// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace seance {

class Database;

// One background thread with its own connection to a workspace file, for the analyses that read many rows
// (event impact per token, what drove a move). A QSqlDatabase belongs to the thread that opened it, so the
// jobs run on a single pool thread that never expires; the connection is reopened only when the path changes.
// The connection is read-only: every write through it fails.
class WorkspaceWorker final
{
public:
    WorkspaceWorker();
    ~WorkspaceWorker(); // waits for the running job, then closes the connection on its own thread
    WorkspaceWorker(const WorkspaceWorker&) = delete;
    WorkspaceWorker& operator=(const WorkspaceWorker&) = delete;

    // Runs job with the connection to path. When the file cannot be opened the job gets null and *error says why.
    template <typename Result>
    QFuture<Result> run(const QString& path, std::function<Result(const Database* db, const QString& error)> job);

private:
    struct Connection;
    // Opens path on the worker's thread (or keeps it open); null with *error set when that fails.
    static const Database* ensureOpen(Connection& connection, const QString& path, QString* error);

    QThreadPool m_pool;
    std::shared_ptr<Connection> m_connection; // touched only on the pool's thread
};

} // namespace seance

#include <QtConcurrent/QtConcurrentRun>

namespace seance {

template <typename Result>
QFuture<Result> WorkspaceWorker::run(const QString& path,
                                     std::function<Result(const Database* db, const QString& error)> job)
{
    return QtConcurrent::run(&m_pool, [connection = m_connection, path, job = std::move(job)] {
        QString error;
        const Database* db = ensureOpen(*connection, path, &error);
        return job(db, error);
    });
}

} // namespace seance
