// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QHash>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace seance {

// What the token table shows of a token's price: the latest value and its change over the 7 days before it.
struct PriceSummary
{
    double latest = 0;
    qint64 latestTime = 0;
    std::optional<double> change7dPercent; // empty when no price 7 days (± a missing day) before the latest
    QString unit;
    QString source;
};

std::optional<PriceSummary> summarizePrice(const SeriesRecord& series);

// Every token's price series (the USD one where there are several), summarised; keyed by token id.
QHash<QString, PriceSummary> readPriceSummaries(const QSqlDatabase& connection);

} // namespace seance
