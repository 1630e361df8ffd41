// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/tokenimpactrows.h"

#include "models/market/marketseries.h"

#include <QCoreApplication>

#include <algorithm>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct TokenImpactRowsText
{
    Q_DECLARE_TR_FUNCTIONS(seance::TokenImpactRows)
};

} // namespace

QString impactMeasureName(ImpactMeasure measure)
{
    switch (measure) {
    case ImpactMeasure::SelectedTokens:
        return QStringLiteral("selected");
    case ImpactMeasure::ChosenTokens:
        return QStringLiteral("chosen");
    case ImpactMeasure::EventNarrative:
        break;
    }
    return QStringLiteral("narrative");
}

ImpactMeasure impactMeasureFromName(const QString& name)
{
    if (name == QLatin1String("selected"))
        return ImpactMeasure::SelectedTokens;
    if (name == QLatin1String("chosen"))
        return ImpactMeasure::ChosenTokens;
    return ImpactMeasure::EventNarrative;
}

std::optional<QList<EventImpactRow>> tokenEventImpactRows(BucketQuery& query, const QList<EventRecord>& events,
                                                          const QStringList& tokenIds,
                                                          const QHash<QString, QString>& titles, Metric metric,
                                                          int days, QString* error)
{
    if (days < 1) {
        if (error)
            *error = TokenImpactRowsText::tr("days: the event window must span at least one day");
        return std::nullopt;
    }
    QList<EventRecord> ordered = events;
    std::stable_sort(ordered.begin(), ordered.end(), [](const EventRecord& a, const EventRecord& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    QList<EventImpactRow> rows;
    rows.reserve(ordered.size() * tokenIds.size());
    for (const EventRecord& event : std::as_const(ordered)) {
        for (const QString& token : tokenIds) {
            EventImpactRow row;
            row.event = event;
            row.kind = SubjectKind::Token;
            row.subjectId = token;
            row.subjectTitle = titles.value(token, token);
            const auto impact = eventImpact(query, SubjectKind::Token, token, event.occurredAt, metric, days, error);
            if (!impact)
                return std::nullopt;
            row.impact = *impact;
            rows.append(row);
        }
    }
    return rows;
}

QString tokenPriceKey(const QString& eventId, const QString& tokenId)
{
    return eventId + QChar(0x1f) + tokenId;
}

QHash<QString, PriceImpact> tokenPriceImpacts(const Database& db, const QList<EventRecord>& events,
                                              const QStringList& tokenIds, int days)
{
    QHash<QString, PriceImpact> impacts;
    for (const QString& token : tokenIds) {
        const std::optional<SeriesRecord> series = tokenPriceSeries(db, token);
        if (!series)
            continue;
        for (const EventRecord& event : events) {
            PriceImpact impact = priceImpact(series->points, event.occurredAt, days);
            impact.tokenId = token;
            impacts.insert(tokenPriceKey(event.id, token), impact);
        }
    }
    return impacts;
}

} // namespace seance
