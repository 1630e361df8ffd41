// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// What the price did around an event: the change over the N days up to it and over the N days after it, in percent.
// Each side is empty where the price series does not cover it.
struct PriceImpact
{
    QString tokenId; // whose price
    std::optional<double> beforePercent;
    std::optional<double> afterPercent;
    friend bool operator==(const PriceImpact&, const PriceImpact&) = default;
};

// The price at the event (the last point at or before it) against the price `days` days earlier and later.
PriceImpact priceImpact(const QList<SeriesPoint>& prices, qint64 eventTime, int days);

// For every event that names a token with a price series (the first such token), keyed by event id.
QHash<QString, PriceImpact> eventPriceImpacts(const Database& db, const QList<EventRecord>& events, int days);

// "+12.5 %", "−3.0 %", "—".
QString percentChangeText(const std::optional<double>& percent);
// The tooltip's lines: "Price (GHOST): 7 days before +4.1 %, 7 days after −12.0 %"; empty when neither side is known.
QString priceImpactHtml(const PriceImpact& impact, const QString& tokenLabel, int days);
// The timeline's event tooltips (HTML by event id) with each event's price lines added; tokenLabels by token id.
QHash<QString, QString> withPriceImpactHtml(QHash<QString, QString> html, const QHash<QString, PriceImpact>& prices,
                                            const QHash<QString, QString>& tokenLabels, int days);

} // namespace seance
