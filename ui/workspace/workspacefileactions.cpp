// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacefileactions.h"

#include "models/appsettings.h"
#include "models/storage/walcheckpoint.h"
#include "ui/common/dialogseam.h"
#include "ui/common/retranslator.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace seance {
namespace {

QString workspaceFilter()
{
    return WorkspaceFileActions::tr("Seance workspaces (*.seance *.db *.sqlite);;All files (*)");
}

} // namespace

WorkspaceFileActions::WorkspaceFileActions(QWidget* window, const DialogSeam* dialogs)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
{
}

void WorkspaceFileActions::addTo(QMenu* file)
{
    QAction* create = file->addAction(QString(), this, &WorkspaceFileActions::newWorkspace);
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(QString(), this, &WorkspaceFileActions::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(QString());
    Retranslator::of(file)->add(this, [this, create, open] {
        create->setText(tr("&New Workspace…"));
        create->setStatusTip(tr("Create an empty workspace database"));
        open->setText(tr("&Open Workspace…"));
        open->setStatusTip(tr("Open another workspace database"));
        m_recent->setTitle(tr("Open &Recent"));
        rebuildRecentMenu(); // its "No recent workspaces" and "Clear List"
    });
}

void WorkspaceFileActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = AppSettings::value(Setting::RecentDatabases).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recent->addSeparator();
    m_recent->addAction(tr("Clear List"), this, [this] {
        AppSettings::reset(Setting::RecentDatabases);
        rebuildRecentMenu();
    });
}

void WorkspaceFileActions::newWorkspace()
{
    QString path = m_dialogs->saveFileName(m_window, tr("New Workspace"), QDir::homePath(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".seance");
    // A checkpoint still copying an import into the file to be replaced would write into the new one.
    waitForBackgroundCheckpoints();
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_dialogs->showError(m_window, tr("Cannot create workspace"),
                             tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openRequested(path);
}

void WorkspaceFileActions::chooseWorkspace()
{
    const QString folder = m_currentPath.isEmpty() ? QDir::homePath() : QFileInfo(m_currentPath).absolutePath();
    const QString path = m_dialogs->openFileName(m_window, tr("Open Workspace"), folder, workspaceFilter());
    if (!path.isEmpty())
        emit openRequested(path);
}

} // namespace seance
