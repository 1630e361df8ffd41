// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace seance {

class Database;

// Notices when another connection (a second Seance, the command line, an import thread) has committed to the
// workspace, by polling SQLite's PRAGMA data_version while the event loop is idle: the number changes exactly when
// some other connection commits, never for this connection's own writes. Emits changedElsewhere() once per change;
// the window offers to reload. Cheap: one pragma, no file read, every intervalMs.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int intervalMs = 1500;

    // Watches db's own connection; db must outlive the watcher or be followed by setDatabase(nullptr).
    explicit DatabaseWatcher(QObject* parent = nullptr);
    void setDatabase(const Database* db);
    // Takes the current state as seen: after a reload, or after a write this process made on another connection.
    void resync();
    // While paused (this process is writing from a worker thread), nothing is reported; resuming resyncs.
    void setPaused(bool paused);
    // Polls now; the timer calls this.
    void poll();

signals:
    void changedElsewhere();

private:
    qint64 readVersion() const;

    const Database* m_db = nullptr;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_paused = false;
};

} // namespace seance
