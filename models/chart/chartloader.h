// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartdata.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace seance {

// Loads chart buckets off the GUI thread. A QSqlDatabase connection belongs to the thread that opened it, so
// the loader runs every job on one pool thread that never expires and keeps its own Database there, reopened
// only when the path changes (opening runs a quick_check, which is too slow to repeat per pan).
// Each request makes every earlier one stale: a queued stale job returns at once, and a stale result that
// still arrives is dropped, never delivered.
class ChartLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ChartLoader(QObject* parent = nullptr);
    ~ChartLoader() override;

    // Sets request.generation and starts the job; returns the generation.
    quint64 request(ChartRequest request);
    // Makes every pending job stale without starting a new one.
    void cancel();

    bool isBusy() const { return m_running > 0; }
    quint64 latestGeneration() const { return m_generation; }
    // How many results were dropped as stale since construction.
    int staleCount() const { return m_stale; }

signals:
    void loaded(const seance::ChartBuckets& buckets);

private:
    struct Worker;

    QThreadPool m_pool;
    std::shared_ptr<Worker> m_worker; // touched only on the pool's thread
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    int m_running = 0;
    int m_stale = 0;
};

} // namespace seance
