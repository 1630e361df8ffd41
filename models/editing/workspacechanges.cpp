// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/workspacechanges.h"

namespace seance {

WorkspaceChanges::WorkspaceChanges(QObject* parent) : QObject(parent) {}

void WorkspaceChanges::announce(const ChangeSet& changes)
{
    if (!changes.tokenIds.isEmpty())
        emit tokensChanged(changes.tokenIds);
    if (!changes.narrativeIds.isEmpty())
        emit narrativesChanged(changes.narrativeIds);
    if (!changes.eventIds.isEmpty())
        emit eventsChanged(changes.eventIds);
}

} // namespace seance
