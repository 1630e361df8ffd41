// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/movedrivers.h"
#include "models/analysis/workspaceworker.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace seance {

// Runs computeMoveDrivers() off the GUI thread with a connection of its own, reporting progress. A new request or
// cancel() stops the running one at its next progress step; only the latest request's result is delivered.
class MoveDriversLoader final : public QObject
{
    Q_OBJECT
public:
    explicit MoveDriversLoader(QObject* parent = nullptr);
    ~MoveDriversLoader() override;

    quint64 request(const QString& databasePath, std::shared_ptr<const Scorer> scorer,
                    const MoveDriversRequest& request);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void progressed(qint64 done, qint64 total);
    // Only the latest request's result; nothing after cancel().
    void loaded(const seance::MoveDrivers& result);

private:
    WorkspaceWorker m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace seance
