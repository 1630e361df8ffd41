// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/editing/workspacechanges.h"
#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Everything that removing a narrative deletes: the schema cascades its events (with their token links) and its
// series.
struct NarrativeSnapshot
{
    NarrativeRecord narrative;
    QList<EventRecord> events;
    QList<SeriesRecord> series;
};

// The narrative writes that the record commands (recordcommands.h) are made of. Each write is atomic.
struct NarrativeKind
{
    using Record = NarrativeRecord;
    using Snapshot = NarrativeSnapshot;

    static QString id(const Record& narrative) { return narrative.id; }
    static QString addText(const QString& id);
    static QString editText(const QString& id);
    static QString removeText(const QString& id);

    static bool insert(const Database& db, const Record& narrative, ChangeSet* changes, QString* error);
    static bool update(const Database& db, const Record& narrative, ChangeSet* changes, QString* error);
    static std::optional<Record> find(const Database& db, const QString& id, QString* error);
    // Captures the snapshot, then removes the narrative; the store refuses while posts refer to it.
    static std::optional<Snapshot> take(const Database& db, const QString& id, ChangeSet* changes, QString* error);
    static bool restore(const Database& db, const Snapshot& snapshot, ChangeSet* changes, QString* error);
};

} // namespace seance
