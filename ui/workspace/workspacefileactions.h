// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace seance {

struct DialogSeam;

// File › New Workspace…, Open Workspace… and Open Recent: they choose a workspace file and ask the window to open
// it (openRequested); the window remembers it among the recent ones when it opens.
class WorkspaceFileActions final : public QObject
{
    Q_OBJECT
public:
    // dialogs is the window's seam, read at each use so a test can replace it later.
    WorkspaceFileActions(QWidget* window, const DialogSeam* dialogs);

    void addTo(QMenu* file);
    // The open workspace's path, where Open starts looking; empty when none is open.
    void setCurrentPath(const QString& path) { m_currentPath = path; }
    void rebuildRecentMenu();

signals:
    void openRequested(const QString& path);

private:
    void newWorkspace();
    void chooseWorkspace();

    QWidget* m_window;
    const DialogSeam* m_dialogs;
    QString m_currentPath;
    QMenu* m_recent = nullptr;
};

} // namespace seance
