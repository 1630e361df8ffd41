// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/priceimpactloader.h"

#include "models/storage/database.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace seance {
namespace {

PriceImpactResult computeImpacts(const QString& databasePath, const QList<EventRecord>& events, int days,
                                 quint64 generation)
{
    PriceImpactResult result;
    result.generation = generation;
    result.days = days;
    result.databasePath = databasePath;
    // Database::open creates a missing file; reading prices must never do that.
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath))
        return result;
    // A connection of its own, opened and closed on this worker thread (a QSqlDatabase belongs to its thread).
    Database db;
    if (!db.open(databasePath, &result.error, Database::Check::Skip, Database::Access::ReadOnly))
        return result;
    result.impacts = eventPriceImpacts(db, events, days);
    return result;
}

} // namespace

PriceImpactLoader::PriceImpactLoader(QObject* parent)
    : QObject(parent)
    , m_newest(std::make_shared<std::atomic<quint64>>(0))
{
    // One job at a time, in order: a burst of N changes queues, and all but the last are dropped unread.
    m_pool.setMaxThreadCount(1);
}

PriceImpactLoader::~PriceImpactLoader()
{
    m_pool.waitForDone();
}

quint64 PriceImpactLoader::request(const QString& databasePath, const QList<EventRecord>& events, int days)
{
    const quint64 generation = ++m_generation;
    m_newest->store(generation);
    auto* watcher = new QFutureWatcher<PriceImpactResult>(this);
    connect(watcher, &QFutureWatcher<PriceImpactResult>::finished, this, [this, watcher] {
        --m_running;
        PriceImpactResult result = watcher->result();
        watcher->deleteLater();
        if (result.generation != m_generation) {
            ++m_dropped;
            return;
        }
        m_latest = std::move(result);
        emit loaded();
    });
    ++m_running;
    watcher->setFuture(QtConcurrent::run(&m_pool, [databasePath, events, days, generation, newest = m_newest] {
        if (newest->load() != generation) {
            PriceImpactResult overtaken;
            overtaken.generation = generation;
            return overtaken;
        }
        return computeImpacts(databasePath, events, days, generation);
    }));
    return generation;
}

} // namespace seance
