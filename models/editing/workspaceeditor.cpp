// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/workspaceeditor.h"

#include "models/editing/recordcheck.h"
#include "models/editing/recordcommands.h"
#include "models/storage/sqlstatement.h"

#include <QUndoStack>

namespace seance {
namespace {

QString problemOf(const TokenRecord& token)
{
    return tokenProblem(token);
}

QString problemOf(const NarrativeRecord& narrative)
{
    return narrativeProblem(narrative);
}

QString problemOf(const EventRecord& event)
{
    return eventProblem(event);
}

} // namespace

WorkspaceEditor::WorkspaceEditor(const Database& db, QUndoStack* stack, WorkspaceChanges* changes)
    : m_db(db), m_stack(stack), m_changes(changes)
{
}

bool WorkspaceEditor::push(std::unique_ptr<EditCommand> command, QString* error)
{
    if (!command->apply(error))
        return false;
    m_stack->push(command.release());
    return true;
}

template <typename Kind> bool WorkspaceEditor::update(const typename Kind::Record& record, QString* error)
{
    if (const QString problem = problemOf(record); !problem.isEmpty())
        return failWith(error, problem);
    const std::optional<typename Kind::Record> current = Kind::find(m_db, Kind::id(record), error);
    if (!current)
        return false;
    // An unchanged OK in a dialog is not an edit, and would only add an undo step that does nothing.
    if (*current == record)
        return true;
    return push(std::make_unique<EditRecordCommand<Kind>>(m_db, m_changes, record), error);
}

bool WorkspaceEditor::addToken(const TokenRecord& token, QString* error)
{
    if (const QString problem = tokenProblem(token); !problem.isEmpty())
        return failWith(error, problem);
    return push(std::make_unique<AddTokenCommand>(m_db, m_changes, token), error);
}

bool WorkspaceEditor::updateToken(const TokenRecord& token, QString* error)
{
    return update<TokenKind>(token, error);
}

bool WorkspaceEditor::removeToken(const QString& id, QString* error)
{
    return push(std::make_unique<RemoveTokenCommand>(m_db, m_changes, id), error);
}

bool WorkspaceEditor::addNarrative(const NarrativeRecord& narrative, QString* error)
{
    if (const QString problem = narrativeProblem(narrative); !problem.isEmpty())
        return failWith(error, problem);
    return push(std::make_unique<AddNarrativeCommand>(m_db, m_changes, narrative), error);
}

bool WorkspaceEditor::updateNarrative(const NarrativeRecord& narrative, QString* error)
{
    return update<NarrativeKind>(narrative, error);
}

bool WorkspaceEditor::removeNarrative(const QString& id, QString* error)
{
    return push(std::make_unique<RemoveNarrativeCommand>(m_db, m_changes, id), error);
}

bool WorkspaceEditor::addEvent(const EventRecord& event, QString* error)
{
    if (const QString problem = eventProblem(event); !problem.isEmpty())
        return failWith(error, problem);
    return push(std::make_unique<AddEventCommand>(m_db, m_changes, event), error);
}

bool WorkspaceEditor::updateEvent(const EventRecord& event, QString* error)
{
    return update<EventKind>(event, error);
}

bool WorkspaceEditor::removeEvent(const QString& id, QString* error)
{
    return push(std::make_unique<RemoveEventCommand>(m_db, m_changes, id), error);
}

} // namespace seance
