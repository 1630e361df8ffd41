// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/editcommand.h"

#include <QCoreApplication>

namespace seance {

EditCommand::EditCommand(const Database& db, WorkspaceChanges* changes, const QString& text)
    : QUndoCommand(text), m_db(db), m_changes(changes)
{
}

EditCommand::~EditCommand() = default;

bool EditCommand::apply(QString* error)
{
    if (!run(true)) {
        if (error)
            *error = m_lastError;
        return false;
    }
    m_skipNextRedo = true;
    return true;
}

void EditCommand::redo()
{
    // QUndoStack::push() calls redo() at once, but apply() already wrote.
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!run(true))
        fail(false);
}

void EditCommand::undo()
{
    if (!run(false))
        fail(true);
}

void EditCommand::fail(bool undoing)
{
    // QUndoStack drops an obsolete command after its undo() or redo() returns, so the stack never offers a
    // step whose write did not happen.
    setObsolete(true);
    if (m_changes)
        emit m_changes->editFailed((undoing
                                        ? QCoreApplication::translate("seance::EditCommand", "Undo of %1 failed: %2")
                                        : QCoreApplication::translate("seance::EditCommand", "Redo of %1 failed: %2"))
                                       .arg(text(), m_lastError));
}

bool EditCommand::run(bool forwards)
{
    ChangeSet changes;
    QString error;
    const bool ok = forwards ? forward(&changes, &error) : backward(&changes, &error);
    if (!ok) {
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    if (m_changes)
        m_changes->announce(changes);
    return true;
}

} // namespace seance
