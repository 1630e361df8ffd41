// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "models/time/timerange.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Reads and writes events with the tokens they concern (event_tokens). Each write is atomic (a savepoint).
// Lists come back ordered by id; an event's token ids are sorted.
class EventStore final
{
public:
    explicit EventStore(const Database& db);

    bool insert(const EventRecord& event, QString* error = nullptr) const;
    // Replaces every field and the token links of the event with event.id; fails when there is none.
    bool update(const EventRecord& event, QString* error = nullptr) const;
    // Removes the event and its token links.
    bool remove(const QString& id, QString* error = nullptr) const;

    std::optional<EventRecord> find(const QString& id, QString* error = nullptr) const;
    QList<EventRecord> all(QString* error = nullptr) const;
    bool contains(const QString& id) const;
    // [first occurred_at, last occurred_at + 1 ms); empty when there are no events (then *error is cleared, or
    // set when the query failed).
    std::optional<TimeRange> occurredSpan(QString* error = nullptr) const;

private:
    const Database& m_db;
};

} // namespace seance
