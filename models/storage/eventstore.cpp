// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/eventstore.h"

#include "models/storage/database.h"
#include "models/storage/jsoncolumns.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::EventStore", text);
}

void bindFields(SqlStatement& s, const EventRecord& e)
{
    s.bindOptionalText(1, e.narrativeId);
    s.bindInt64(2, e.occurredAt);
    s.bindText(3, e.title);
    s.bindOptionalText(4, e.kind);
    s.bindOptionalText(5, e.description);
    s.bindUtf8(6, encodeLinksColumn(e.sources));
    s.bindText(7, e.id);
}

std::optional<EventRecord> readRow(const SqlStatement& s, QString* error)
{
    EventRecord e;
    e.id = s.text(0);
    e.narrativeId = s.text(1);
    e.occurredAt = s.int64(2);
    e.title = s.text(3);
    e.kind = s.text(4);
    e.description = s.text(5);
    if (!decodeLinksColumn(s.utf8(6), &e.sources)) {
        failWith(error, tr("Event \"%1\" has a sources column that is not a JSON array.").arg(e.id));
        return std::nullopt;
    }
    return e;
}

bool insertTokenLinks(sqlite3* handle, const EventRecord& event, QString* error)
{
    SqlStatement s(handle, "INSERT INTO event_tokens (event_id, token_id) VALUES (?1, ?2)");
    for (const QString& tokenId : event.tokenIds) {
        s.bindText(1, event.id);
        s.bindText(2, tokenId);
        if (!s.exec(error))
            return false;
    }
    return true;
}

constexpr const char* selectColumns =
    "SELECT id, narrative_id, occurred_at, title, kind, description, sources FROM events ";

} // namespace

EventStore::EventStore(const Database& db)
    : m_db(db)
{
}

bool EventStore::insert(const EventRecord& event, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(m_db.handle(), "INSERT INTO events (narrative_id, occurred_at, title, kind, description, "
                                  "sources, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindFields(s, event);
    return s.exec(error) && insertTokenLinks(m_db.handle(), event, error) && savepoint.release(error);
}

bool EventStore::update(const EventRecord& event, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(m_db.handle(), "UPDATE events SET narrative_id = ?1, occurred_at = ?2, title = ?3, kind = ?4, "
                                  "description = ?5, sources = ?6 WHERE id = ?7");
    bindFields(s, event);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, tr("There is no event \"%1\".").arg(event.id));
    SqlStatement clear(m_db.handle(), "DELETE FROM event_tokens WHERE event_id = ?1");
    clear.bindText(1, event.id);
    return clear.exec(error) && insertTokenLinks(m_db.handle(), event, error) && savepoint.release(error);
}

bool EventStore::remove(const QString& id, QString* error) const
{
    SqlStatement s(m_db.handle(), "DELETE FROM events WHERE id = ?1");
    s.bindText(1, id);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, tr("There is no event \"%1\".").arg(id));
    return true;
}

std::optional<EventRecord> EventStore::find(const QString& id, QString* error) const
{
    SqlStatement s(m_db.handle(), (std::string(selectColumns) + "WHERE id = ?1").c_str());
    s.bindText(1, id);
    if (!s.next()) {
        if (s.failed())
            failWith(error, s.errorMessage());
        return std::nullopt;
    }
    std::optional<EventRecord> event = readRow(s, error);
    if (!event)
        return std::nullopt;
    SqlStatement links(m_db.handle(), "SELECT token_id FROM event_tokens WHERE event_id = ?1 ORDER BY token_id");
    links.bindText(1, id);
    while (links.next())
        event->tokenIds.append(links.text(0));
    if (links.failed()) {
        failWith(error, links.errorMessage());
        return std::nullopt;
    }
    return event;
}

QList<EventRecord> EventStore::all(QString* error) const
{
    QList<EventRecord> events;
    QHash<QString, qsizetype> rowOf;
    SqlStatement s(m_db.handle(), (std::string(selectColumns) + "ORDER BY id").c_str());
    while (s.next()) {
        std::optional<EventRecord> event = readRow(s, error);
        if (!event)
            return {};
        rowOf.insert(event->id, events.size());
        events.append(std::move(*event));
    }
    SqlStatement links(m_db.handle(), "SELECT event_id, token_id FROM event_tokens ORDER BY event_id, token_id");
    while (links.next()) {
        if (const auto it = rowOf.constFind(links.text(0)); it != rowOf.constEnd())
            events[*it].tokenIds.append(links.text(1));
    }
    if (s.failed() || links.failed()) {
        failWith(error, s.failed() ? s.errorMessage() : links.errorMessage());
        return {};
    }
    return events;
}

bool EventStore::contains(const QString& id) const
{
    SqlStatement s(m_db.handle(), "SELECT 1 FROM events WHERE id = ?1");
    s.bindText(1, id);
    return s.next();
}

std::optional<TimeRange> EventStore::occurredSpan(QString* error) const
{
    // Two subqueries, each answered from the time index in a few steps (see PostStore::postedSpan).
    return queryInstantSpan(
        m_db.handle(), "SELECT (SELECT min(occurred_at) FROM events), (SELECT max(occurred_at) FROM events)", error);
}

} // namespace seance
