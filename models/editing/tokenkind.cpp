// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/tokenkind.h"

#include "models/editing/snapshotreads.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/seriesstore.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct TokenKindText
{
    Q_DECLARE_TR_FUNCTIONS(seance::TokenKind)
};

// Puts the token back into an event's links, keeping the event's other fields as they are now.
bool relink(const Database& db, const QString& eventId, const QString& tokenId, QString* error)
{
    EventStore events(db);
    QString readError;
    std::optional<EventRecord> event = events.find(eventId, &readError);
    if (!event)
        return failWith(
            error, missingRecordMessage(readError, TokenKindText::tr("Event \"%1\" no longer exists.").arg(eventId)));
    if (event->tokenIds.contains(tokenId))
        return true;
    event->tokenIds.append(tokenId);
    std::sort(event->tokenIds.begin(), event->tokenIds.end());
    return events.update(*event, error);
}

// A token's identity is its chain plus its issuer, contract or canister: the schema refuses a second token with
// both the same, and this says which token holds them, where SQLite would only name the columns.
bool checkIdentityFree(const Database& db, const TokenRecord& token, QString* error)
{
    if (token.address.isEmpty())
        return true;
    QString readError;
    const QList<TokenRecord> tokens = TokenStore(db).all(&readError);
    if (!readError.isEmpty())
        return failWith(error, readError);
    for (const TokenRecord& other : tokens) {
        if (other.id != token.id && other.chain == token.chain && other.address == token.address)
            return failWith(error, TokenKindText::tr("Token \"%1\" already has the address %2 on %3.")
                                       .arg(other.id, token.address, token.chain));
    }
    return true;
}

} // namespace

QString TokenKind::addText(const QString& id)
{
    return TokenKindText::tr("Add token “%1”").arg(id);
}

QString TokenKind::editText(const QString& id)
{
    return TokenKindText::tr("Edit token “%1”").arg(id);
}

QString TokenKind::removeText(const QString& id)
{
    return TokenKindText::tr("Remove token “%1”").arg(id);
}

bool TokenKind::insert(const Database& db, const Record& token, ChangeSet* changes, QString* error)
{
    TokenStore store(db);
    if (store.contains(token.id))
        return failWith(error, TokenKindText::tr("There is already a token \"%1\".").arg(token.id));
    if (!checkIdentityFree(db, token, error) || !store.insert(token, error))
        return false;
    changes->tokenIds.append(token.id);
    return true;
}

bool TokenKind::update(const Database& db, const Record& token, ChangeSet* changes, QString* error)
{
    if (!checkIdentityFree(db, token, error) || !TokenStore(db).update(token, error))
        return false;
    changes->tokenIds.append(token.id);
    return true;
}

std::optional<TokenRecord> TokenKind::find(const Database& db, const QString& id, QString* error)
{
    QString readError;
    std::optional<TokenRecord> token = TokenStore(db).find(id, &readError);
    if (!token)
        failWith(error, missingRecordMessage(readError, TokenKindText::tr("There is no token \"%1\".").arg(id)));
    return token;
}

std::optional<TokenSnapshot> TokenKind::take(const Database& db, const QString& id, ChangeSet* changes, QString* error)
{
    std::optional<TokenRecord> token = find(db, id, error);
    if (!token)
        return std::nullopt;
    TokenSnapshot snapshot{*token, {}, {}};
    QList<EventRecord> linked;
    if (!eventsWhere(
            db, [&id](const EventRecord& e) { return e.tokenIds.contains(id); }, &linked, error))
        return std::nullopt;
    for (const EventRecord& event : std::as_const(linked))
        snapshot.linkedEventIds.append(event.id);
    if (!seriesWhere(
            db, [&id](const SeriesRecord& s) { return s.tokenId == id; }, &snapshot.series, error))
        return std::nullopt;
    if (!TokenStore(db).remove(id, error))
        return std::nullopt;
    changes->tokenIds.append(id);
    changes->eventIds.append(snapshot.linkedEventIds);
    return snapshot;
}

bool TokenKind::restore(const Database& db, const TokenSnapshot& snapshot, ChangeSet* changes, QString* error)
{
    Savepoint savepoint(db.handle());
    if (!savepoint.isActive())
        return failWith(error, TokenKindText::tr("Cannot start a write on the workspace."));
    if (!TokenStore(db).insert(snapshot.token, error))
        return false;
    for (const QString& eventId : snapshot.linkedEventIds) {
        if (!relink(db, eventId, snapshot.token.id, error))
            return false;
    }
    SeriesStore series(db);
    for (const SeriesRecord& record : snapshot.series) {
        if (!series.insert(record, error))
            return false;
    }
    if (!savepoint.release(error))
        return false;
    changes->tokenIds.append(snapshot.token.id);
    changes->eventIds.append(snapshot.linkedEventIds);
    return true;
}

} // namespace seance
