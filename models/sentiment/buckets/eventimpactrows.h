// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/eventimpact.h"
#include "models/storage/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace seance {

// One event with its impact on the subject whose sentiment it is measured against.
struct EventImpactRow
{
    EventRecord event;
    SubjectKind kind = SubjectKind::Narrative;
    QString subjectId;    // empty: the event names neither a narrative nor a token, so nothing is measured
    QString subjectTitle; // the narrative's title or the token's name, for display
    EventImpact impact;
};

// The subject an event is measured against: its narrative's own posts when it has a narrative, otherwise its
// first linked token. Empty id when it has neither.
std::pair<SubjectKind, QString> impactSubject(const EventRecord& event);

// Every event with its impact over `days` days, ordered by time. titles maps narrative and token ids to display
// names. Empty with *error only when a query fails or days < 1.
std::optional<QList<EventImpactRow>> eventImpactRows(BucketQuery& query, const QList<EventRecord>& events,
                                                     const QHash<QString, QString>& titles, Metric metric, int days,
                                                     QString* error = nullptr);

} // namespace seance
