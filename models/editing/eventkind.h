// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/editing/workspacechanges.h"
#include "models/storage/records.h"

#include <QString>

#include <optional>

namespace seance {

class Database;

// The event writes that the record commands (recordcommands.h) are made of. An event owns only its token links,
// and they are part of the record, so the record itself is the snapshot of a removal.
struct EventKind
{
    using Record = EventRecord;
    using Snapshot = EventRecord;

    static QString id(const Record& event) { return event.id; }
    static QString addText(const QString& id);
    static QString editText(const QString& id);
    static QString removeText(const QString& id);

    static bool insert(const Database& db, const Record& event, ChangeSet* changes, QString* error);
    static bool update(const Database& db, const Record& event, ChangeSet* changes, QString* error);
    static std::optional<Record> find(const Database& db, const QString& id, QString* error);
    static std::optional<Snapshot> take(const Database& db, const QString& id, ChangeSet* changes, QString* error);
    static bool restore(const Database& db, const Snapshot& snapshot, ChangeSet* changes, QString* error);
};

} // namespace seance
