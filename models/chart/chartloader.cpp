// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/chartloader.h"

#include "models/storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace seance {

struct ChartLoader::Worker
{
    Database db;
    std::unique_ptr<BucketQuery> query;

    bool ensureOpen(const QString& path, QString* error)
    {
        if (db.isOpen() && db.path() == path)
            return true;
        query.reset();
        db.close();
        // Database::open creates a missing file; a chart must never do that behind the user's back.
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            *error = QCoreApplication::translate("seance::SentimentChartPane", "The workspace file %1 was not found.")
                         .arg(path);
            return false;
        }
        // The main window checked this file when it opened it; a second full check would only delay the chart.
        if (!db.open(path, error, Database::Check::Skip))
            return false;
        query = std::make_unique<BucketQuery>(db);
        return true;
    }
};

ChartLoader::ChartLoader(QObject* parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

ChartLoader::~ChartLoader()
{
    cancel();
    // The connection must be closed on the thread that opened it: hand the last reference to the pool.
    m_pool.start([worker = std::move(m_worker)]() mutable { worker.reset(); });
    m_pool.waitForDone();
}

quint64 ChartLoader::request(ChartRequest request)
{
    request.generation = ++m_generation;
    m_latest->store(m_generation);
    auto* watcher = new QFutureWatcher<ChartBuckets>(this);
    connect(watcher, &QFutureWatcher<ChartBuckets>::finished, this, [this, watcher] {
        --m_running;
        const ChartBuckets result = watcher->result();
        watcher->deleteLater();
        if (result.stale || result.generation != m_generation) {
            ++m_stale;
            return;
        }
        emit loaded(result);
    });
    ++m_running;
    watcher->setFuture(QtConcurrent::run(&m_pool, [worker = m_worker, latest = m_latest, request] {
        ChartBuckets out;
        out.generation = request.generation;
        if (latest->load() != request.generation) {
            out.stale = true;
            return out;
        }
        if (!worker->ensureOpen(request.databasePath, &out.error))
            return out;
        return loadChartBuckets(*worker->query, request, &worker->db);
    }));
    return m_generation;
}

void ChartLoader::cancel()
{
    m_latest->store(++m_generation);
}

} // namespace seance
