// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/editing/editcommand.h"
#include "models/editing/eventkind.h"
#include "models/editing/narrativekind.h"
#include "models/editing/tokenkind.h"

#include <optional>
#include <utility>

namespace seance {

// Add, edit and remove, written once for every record kind. A Kind (tokenkind.h, narrativekind.h, eventkind.h)
// supplies the atomic writes and the snapshot that puts back what a removal's cascades delete.

template <typename Kind> class AddRecordCommand final : public EditCommand
{
public:
    using Record = typename Kind::Record;

    AddRecordCommand(const Database& db, WorkspaceChanges* changes, Record record)
        : EditCommand(db, changes, Kind::addText(Kind::id(record))), m_record(std::move(record))
    {
    }

private:
    // Undo is a removal, so a redo restores its snapshot: rows that joined the record since (an import's event
    // links, say) come back with it.
    bool forward(ChangeSet* changes, QString* error) override
    {
        return m_removed ? Kind::restore(m_db, *m_removed, changes, error)
                         : Kind::insert(m_db, m_record, changes, error);
    }
    bool backward(ChangeSet* changes, QString* error) override
    {
        std::optional<typename Kind::Snapshot> removed = Kind::take(m_db, Kind::id(m_record), changes, error);
        if (!removed)
            return false;
        m_removed = std::move(removed);
        return true;
    }

    Record m_record;
    std::optional<typename Kind::Snapshot> m_removed;
};

template <typename Kind> class EditRecordCommand final : public EditCommand
{
public:
    using Record = typename Kind::Record;

    EditRecordCommand(const Database& db, WorkspaceChanges* changes, Record after)
        : EditCommand(db, changes, Kind::editText(Kind::id(after))), m_after(std::move(after))
    {
    }

private:
    // The previous values are read at each redo, not once, so an undo puts back exactly what this edit replaced.
    bool forward(ChangeSet* changes, QString* error) override
    {
        std::optional<Record> before = Kind::find(m_db, Kind::id(m_after), error);
        if (!before || !Kind::update(m_db, m_after, changes, error))
            return false;
        m_before = std::move(before);
        return true;
    }
    bool backward(ChangeSet* changes, QString* error) override { return Kind::update(m_db, *m_before, changes, error); }

    Record m_after;
    std::optional<Record> m_before;
};

template <typename Kind> class RemoveRecordCommand final : public EditCommand
{
public:
    RemoveRecordCommand(const Database& db, WorkspaceChanges* changes, QString id)
        : EditCommand(db, changes, Kind::removeText(id)), m_id(std::move(id))
    {
    }

private:
    bool forward(ChangeSet* changes, QString* error) override
    {
        std::optional<typename Kind::Snapshot> removed = Kind::take(m_db, m_id, changes, error);
        if (!removed)
            return false;
        m_removed = std::move(removed);
        return true;
    }
    bool backward(ChangeSet* changes, QString* error) override
    {
        return Kind::restore(m_db, *m_removed, changes, error);
    }

    QString m_id;
    std::optional<typename Kind::Snapshot> m_removed;
};

using AddTokenCommand = AddRecordCommand<TokenKind>;
using EditTokenCommand = EditRecordCommand<TokenKind>;
using RemoveTokenCommand = RemoveRecordCommand<TokenKind>;
using AddNarrativeCommand = AddRecordCommand<NarrativeKind>;
using EditNarrativeCommand = EditRecordCommand<NarrativeKind>;
using RemoveNarrativeCommand = RemoveRecordCommand<NarrativeKind>;
using AddEventCommand = AddRecordCommand<EventKind>;
using EditEventCommand = EditRecordCommand<EventKind>;
using RemoveEventCommand = RemoveRecordCommand<EventKind>;

} // namespace seance
