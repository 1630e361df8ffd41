// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databasewatcher.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace seance {

class Database;

// The status-bar notice about the workspace itself: "Read-only" when it was opened read-only (a file or folder that
// cannot be written; every edit and import is then refused with that reason), and "Changed by another Seance" with
// a Reload button when another process committed to it (DatabaseWatcher). Hidden when there is nothing to say.
class WorkspaceNotice final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceNotice(QWidget* parent = nullptr);
    void setDatabase(const Database* db);
    // After the window has re-read the workspace: the outside change is seen.
    void markReloaded();
    DatabaseWatcher* watcher() { return &m_watcher; }
    bool showsOutsideChange() const;
    bool showsReadOnly() const;

signals:
    void reloadRequested();

private:
    void updateVisibility();

    DatabaseWatcher m_watcher;
    QLabel* m_readOnly;
    QLabel* m_changed;
    QPushButton* m_reload;
};

} // namespace seance
