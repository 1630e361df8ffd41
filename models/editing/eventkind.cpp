// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/eventkind.h"

#include "models/editing/snapshotreads.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct EventKindText
{
    Q_DECLARE_TR_FUNCTIONS(seance::EventKind)
};

// Names the missing narrative or token, where the schema would only say that a foreign key failed.
bool checkReferences(const Database& db, const EventRecord& event, QString* error)
{
    if (!event.narrativeId.isEmpty() && !NarrativeStore(db).contains(event.narrativeId))
        return failWith(error, EventKindText::tr("There is no narrative \"%1\".").arg(event.narrativeId));
    const TokenStore tokens(db);
    for (const QString& tokenId : event.tokenIds) {
        if (!tokens.contains(tokenId))
            return failWith(error, EventKindText::tr("There is no token \"%1\".").arg(tokenId));
    }
    return true;
}

} // namespace

QString EventKind::addText(const QString& id)
{
    return EventKindText::tr("Add event “%1”").arg(id);
}

QString EventKind::editText(const QString& id)
{
    return EventKindText::tr("Edit event “%1”").arg(id);
}

QString EventKind::removeText(const QString& id)
{
    return EventKindText::tr("Remove event “%1”").arg(id);
}

bool EventKind::insert(const Database& db, const Record& event, ChangeSet* changes, QString* error)
{
    EventStore store(db);
    if (store.contains(event.id))
        return failWith(error, EventKindText::tr("There is already an event \"%1\".").arg(event.id));
    if (!checkReferences(db, event, error) || !store.insert(event, error))
        return false;
    changes->eventIds.append(event.id);
    return true;
}

bool EventKind::update(const Database& db, const Record& event, ChangeSet* changes, QString* error)
{
    if (!checkReferences(db, event, error) || !EventStore(db).update(event, error))
        return false;
    changes->eventIds.append(event.id);
    return true;
}

std::optional<EventRecord> EventKind::find(const Database& db, const QString& id, QString* error)
{
    QString readError;
    std::optional<EventRecord> event = EventStore(db).find(id, &readError);
    if (!event)
        failWith(error, missingRecordMessage(readError, EventKindText::tr("There is no event \"%1\".").arg(id)));
    return event;
}

std::optional<EventRecord> EventKind::take(const Database& db, const QString& id, ChangeSet* changes, QString* error)
{
    std::optional<EventRecord> event = find(db, id, error);
    if (!event || !EventStore(db).remove(id, error))
        return std::nullopt;
    changes->eventIds.append(id);
    return event;
}

bool EventKind::restore(const Database& db, const EventRecord& snapshot, ChangeSet* changes, QString* error)
{
    return insert(db, snapshot, changes, error);
}

} // namespace seance
