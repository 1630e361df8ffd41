// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/editing/workspacechanges.h"

#include <QPointer>
#include <QUndoCommand>

namespace seance {

class Database;

// One undoable write to the workspace. A QUndoCommand cannot refuse to be pushed, so the first write happens in
// apply(), before the push: a failure there leaves the database as it was and nothing goes on the stack. The
// push's own redo() is then skipped. A later undo or redo that fails leaves the database as it was, reports
// through WorkspaceChanges::editFailed, and marks the command obsolete so the stack drops it instead of
// pretending the write happened.
class EditCommand : public QUndoCommand
{
public:
    ~EditCommand() override;

    // The first write. Call once, and push the command only when it returns true.
    bool apply(QString* error = nullptr);

    void redo() final;
    void undo() final;

    // Why the last write failed; empty after a success.
    QString lastError() const { return m_lastError; }

protected:
    EditCommand(const Database& db, WorkspaceChanges* changes, const QString& text);

    // Each direction is one atomic write: on failure it has changed nothing, and *changes is not announced.
    virtual bool forward(ChangeSet* changes, QString* error) = 0;
    virtual bool backward(ChangeSet* changes, QString* error) = 0;

    const Database& m_db;

private:
    bool run(bool forwards);
    void fail(bool undoing);

    QPointer<WorkspaceChanges> m_changes;
    QString m_lastError;
    bool m_skipNextRedo = false;
};

} // namespace seance
