// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <functional>

namespace seance {

class Database;

// Reads of the rows that a removal takes with it through the schema's cascades, so that its undo can put
// them back. Each returns false and sets *error on a read error, which an empty list could not tell apart.
bool eventsWhere(const Database& db, const std::function<bool(const EventRecord&)>& keep, QList<EventRecord>* out,
                 QString* error);
bool seriesWhere(const Database& db, const std::function<bool(const SeriesRecord&)>& keep, QList<SeriesRecord>* out,
                 QString* error);

// The store's message for a failed find(), or "there is no such record" when it simply was not found.
QString missingRecordMessage(const QString& readError, const QString& missingText);

} // namespace seance
