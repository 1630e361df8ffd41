// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/priceimpact.h"
#include "models/sentiment/buckets/eventimpactrows.h"

#include <QStringList>

namespace seance {

class Database;

// What the Event Impact pane measures each event on.
enum class ImpactMeasure {
    EventNarrative, // each event's own narrative (or first token): one row per event, as always
    SelectedTokens, // the tokens selected in the token table: one row per event and token
    ChosenTokens,   // a list the user picked in the pane: one row per event and token
};

// Stable names for the settings ("narrative", "selected", "chosen"); unknown names read as EventNarrative.
QString impactMeasureName(ImpactMeasure measure);
ImpactMeasure impactMeasureFromName(const QString& name);

// Every event measured on each token's buckets over `days` days, one row per event and token, ordered by the
// event's time, then by the order of tokenIds. titles maps token ids to display names. Empty with *error only
// when a query fails or days < 1.
std::optional<QList<EventImpactRow>> tokenEventImpactRows(BucketQuery& query, const QList<EventRecord>& events,
                                                          const QStringList& tokenIds,
                                                          const QHash<QString, QString>& titles, Metric metric,
                                                          int days, QString* error = nullptr);

// The key of a row's price impact in tokenPriceImpacts(): the event and the token it is measured on.
QString tokenPriceKey(const QString& eventId, const QString& tokenId);

// Each token's price around each event, where the token has a price series, keyed by tokenPriceKey().
QHash<QString, PriceImpact> tokenPriceImpacts(const Database& db, const QList<EventRecord>& events,
                                              const QStringList& tokenIds, int days);

} // namespace seance
