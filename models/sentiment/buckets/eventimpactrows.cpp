// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/eventimpactrows.h"

#include <algorithm>

namespace seance {

std::pair<SubjectKind, QString> impactSubject(const EventRecord& event)
{
    if (!event.narrativeId.isEmpty())
        return {SubjectKind::Narrative, event.narrativeId};
    if (!event.tokenIds.isEmpty())
        return {SubjectKind::Token, event.tokenIds.constFirst()};
    return {SubjectKind::Narrative, QString()};
}

std::optional<QList<EventImpactRow>> eventImpactRows(BucketQuery& query, const QList<EventRecord>& events,
                                                     const QHash<QString, QString>& titles, Metric metric, int days,
                                                     QString* error)
{
    if (days < 1) {
        if (error)
            *error = QStringLiteral("days: the event window must span at least one day");
        return std::nullopt;
    }
    QList<EventImpactRow> rows;
    rows.reserve(events.size());
    for (const EventRecord& event : events) {
        EventImpactRow row;
        row.event = event;
        std::tie(row.kind, row.subjectId) = impactSubject(event);
        row.subjectTitle = titles.value(row.subjectId, row.subjectId);
        if (!row.subjectId.isEmpty()) {
            const auto impact = eventImpact(query, row.kind, row.subjectId, event.occurredAt, metric, days, error);
            if (!impact)
                return std::nullopt;
            row.impact = *impact;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const EventImpactRow& a, const EventImpactRow& b) {
        return a.event.occurredAt != b.event.occurredAt ? a.event.occurredAt < b.event.occurredAt
                                                        : a.event.id < b.event.id;
    });
    return rows;
}

} // namespace seance
