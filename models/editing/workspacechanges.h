// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace seance {

// The records one write touched, by kind. A cascade shows up here too: removing a narrative lists its events.
struct ChangeSet
{
    QStringList tokenIds;
    QStringList narrativeIds;
    QStringList eventIds;

    bool isEmpty() const { return tokenIds.isEmpty() && narrativeIds.isEmpty() && eventIds.isEmpty(); }
};

// What the undoable edits changed, as typed signals: the mediator reloads the panes that show those records
// and never needs to know which command ran, or whether it ran as do, undo or redo.
class WorkspaceChanges final : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceChanges(QObject* parent = nullptr);

    // Emits one signal per kind that the set names, tokens first, so panes that join records reload in order.
    void announce(const ChangeSet& changes);

signals:
    void tokensChanged(const QStringList& ids);
    void narrativesChanged(const QStringList& ids);
    void eventsChanged(const QStringList& ids);
    // An undo or redo could not write; the database is as it was before the attempt and the command has been
    // dropped from the stack. The first write of an edit reports through its return value instead.
    void editFailed(const QString& message);
};

} // namespace seance
