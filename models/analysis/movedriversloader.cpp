// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/movedriversloader.h"

#include "models/sentiment/scoring/scorer.h"

#include <QFutureWatcher>

namespace seance {

MoveDriversLoader::MoveDriversLoader(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

MoveDriversLoader::~MoveDriversLoader()
{
    m_latest->store(++m_generation); // the running job stops at its next step; m_worker waits for it
}

quint64 MoveDriversLoader::request(const QString& databasePath, std::shared_ptr<const Scorer> scorer,
                                   const MoveDriversRequest& request)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_busy = true;
    auto* watcher = new QFutureWatcher<MoveDrivers>(this);
    connect(watcher, &QFutureWatcher<MoveDrivers>::finished, this, [this, watcher, generation] {
        const MoveDrivers result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled, or a newer request is running and will report
        m_busy = false;
        emit loaded(result);
    });
    watcher->setFuture(
        m_worker.run<MoveDrivers>(databasePath, [this, latest = m_latest, generation, scorer = std::move(scorer),
                                                 request](const Database* db, const QString& error) {
            MoveDrivers result;
            result.request = request;
            if (latest->load() != generation) {
                result.cancelled = true;
                return result;
            }
            if (!db || !scorer) {
                result.error = db ? tr("no scorer to explain the posts with") : error;
                return result;
            }
            qint64 lastReported = -1;
            return computeMoveDrivers(*db, *scorer, request, [&](qint64 done, qint64 total) {
                if (latest->load() != generation)
                    return false;
                // About a hundred steps, whatever the size: each one is an event on the GUI thread.
                if (done == total || done - lastReported >= std::max<qint64>(total / 100, 256)) {
                    lastReported = done;
                    // The loader outlives the job (m_worker waits for it); a posted call to a deleted
                    // object is dropped.
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, done, total] {
                            if (generation == m_generation)
                                emit progressed(done, total);
                        },
                        Qt::QueuedConnection);
                }
                return true;
            });
        }));
    return generation;
}

void MoveDriversLoader::cancel()
{
    m_latest->store(++m_generation);
    m_busy = false;
}

} // namespace seance
