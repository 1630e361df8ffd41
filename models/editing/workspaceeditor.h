// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QString>

#include <memory>

class QUndoStack;

namespace seance {

class Database;
class EditCommand;
class WorkspaceChanges;

// The one way the UI changes the workspace's records. Each call checks the record (recordcheck.h), writes it
// once, and only after that write succeeded pushes an undoable command; on failure it returns false with the
// reason in *error, the database is as it was, and the stack is untouched. Changes are announced through
// WorkspaceChanges, for the first write as for every later undo and redo.
//
// The commands refer to the database, so the stack must be cleared before that Database is closed or replaced.
class WorkspaceEditor final
{
public:
    WorkspaceEditor(const Database& db, QUndoStack* stack, WorkspaceChanges* changes);

    bool addToken(const TokenRecord& token, QString* error = nullptr);
    // Replaces the token with token.id. Pushes nothing when the token is already exactly so.
    bool updateToken(const TokenRecord& token, QString* error = nullptr);
    // Refused while posts refer to the token. Undo puts back its fields, tags, event links and series.
    bool removeToken(const QString& id, QString* error = nullptr);

    bool addNarrative(const NarrativeRecord& narrative, QString* error = nullptr);
    bool updateNarrative(const NarrativeRecord& narrative, QString* error = nullptr);
    // Removes the narrative's events and series with it; undo puts all of them back. Refused while posts refer
    // to the narrative.
    bool removeNarrative(const QString& id, QString* error = nullptr);

    bool addEvent(const EventRecord& event, QString* error = nullptr);
    bool updateEvent(const EventRecord& event, QString* error = nullptr);
    bool removeEvent(const QString& id, QString* error = nullptr);

    const Database& database() const { return m_db; }
    QUndoStack* undoStack() const { return m_stack; }

private:
    template <typename Kind> bool update(const typename Kind::Record& record, QString* error);
    bool push(std::unique_ptr<EditCommand> command, QString* error);

    const Database& m_db;
    QUndoStack* m_stack;
    WorkspaceChanges* m_changes;
};

} // namespace seance
