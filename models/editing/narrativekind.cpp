// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/narrativekind.h"

#include "models/editing/snapshotreads.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/seriesstore.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct NarrativeKindText
{
    Q_DECLARE_TR_FUNCTIONS(seance::NarrativeKind)
};

QStringList idsOf(const QList<EventRecord>& events)
{
    QStringList ids;
    ids.reserve(events.size());
    for (const EventRecord& event : events)
        ids.append(event.id);
    return ids;
}

} // namespace

QString NarrativeKind::addText(const QString& id)
{
    return NarrativeKindText::tr("Add narrative “%1”").arg(id);
}

QString NarrativeKind::editText(const QString& id)
{
    return NarrativeKindText::tr("Edit narrative “%1”").arg(id);
}

QString NarrativeKind::removeText(const QString& id)
{
    return NarrativeKindText::tr("Remove narrative “%1”").arg(id);
}

bool NarrativeKind::insert(const Database& db, const Record& narrative, ChangeSet* changes, QString* error)
{
    NarrativeStore store(db);
    if (store.contains(narrative.id))
        return failWith(error, NarrativeKindText::tr("There is already a narrative \"%1\".").arg(narrative.id));
    if (!store.insert(narrative, error))
        return false;
    changes->narrativeIds.append(narrative.id);
    return true;
}

bool NarrativeKind::update(const Database& db, const Record& narrative, ChangeSet* changes, QString* error)
{
    if (!NarrativeStore(db).update(narrative, error))
        return false;
    changes->narrativeIds.append(narrative.id);
    return true;
}

std::optional<NarrativeRecord> NarrativeKind::find(const Database& db, const QString& id, QString* error)
{
    QString readError;
    std::optional<NarrativeRecord> narrative = NarrativeStore(db).find(id, &readError);
    if (!narrative)
        failWith(error,
                 missingRecordMessage(readError, NarrativeKindText::tr("There is no narrative \"%1\".").arg(id)));
    return narrative;
}

std::optional<NarrativeSnapshot> NarrativeKind::take(const Database& db, const QString& id, ChangeSet* changes,
                                                     QString* error)
{
    std::optional<NarrativeRecord> narrative = find(db, id, error);
    if (!narrative)
        return std::nullopt;
    NarrativeSnapshot snapshot{*narrative, {}, {}};
    if (!eventsWhere(
            db, [&id](const EventRecord& e) { return e.narrativeId == id; }, &snapshot.events, error) ||
        !seriesWhere(
            db, [&id](const SeriesRecord& s) { return s.narrativeId == id; }, &snapshot.series, error))
        return std::nullopt;
    if (!NarrativeStore(db).remove(id, error))
        return std::nullopt;
    changes->narrativeIds.append(id);
    changes->eventIds.append(idsOf(snapshot.events));
    return snapshot;
}

bool NarrativeKind::restore(const Database& db, const NarrativeSnapshot& snapshot, ChangeSet* changes, QString* error)
{
    Savepoint savepoint(db.handle());
    if (!savepoint.isActive())
        return failWith(error, NarrativeKindText::tr("Cannot start a write on the workspace."));
    if (!NarrativeStore(db).insert(snapshot.narrative, error))
        return false;
    EventStore events(db);
    for (const EventRecord& event : snapshot.events) {
        if (!events.insert(event, error))
            return false;
    }
    SeriesStore series(db);
    for (const SeriesRecord& record : snapshot.series) {
        if (!series.insert(record, error))
            return false;
    }
    if (!savepoint.release(error))
        return false;
    changes->narrativeIds.append(snapshot.narrative.id);
    changes->eventIds.append(idsOf(snapshot.events));
    return true;
}

} // namespace seance
