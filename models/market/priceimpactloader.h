// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/priceimpact.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace seance {

// What the price did around each event (eventPriceImpacts()), read off the GUI thread: each request reads the
// events' price series on a worker with its own read-only connection. Requests are numbered; a result that a
// newer request has overtaken is dropped, so only the latest metric or N reaches the panes.
struct PriceImpactResult
{
    quint64 generation = 0;
    int days = 0;
    QString databasePath;                // the workspace the figures are of
    QHash<QString, PriceImpact> impacts; // by event id
    QString error;                       // the workspace could not be read; impacts is empty then
};

class PriceImpactLoader final : public QObject
{
    Q_OBJECT
public:
    explicit PriceImpactLoader(QObject* parent = nullptr);
    ~PriceImpactLoader() override;

    // Starts a job for the workspace file (empty: no workspace, an empty result) and returns its number.
    quint64 request(const QString& databasePath, const QList<EventRecord>& events, int days);
    // The last result delivered through loaded().
    const PriceImpactResult& latest() const { return m_latest; }
    bool isRunning() const { return m_running > 0; }
    // Results dropped because a newer request overtook them (for tests).
    int droppedCount() const { return m_dropped; }

signals:
    // The latest request's result is in latest().
    void loaded();

private:
    QThreadPool m_pool;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_newest; // read by queued jobs, which skip the work once overtaken
    int m_running = 0;
    int m_dropped = 0;
    PriceImpactResult m_latest;
};

} // namespace seance
