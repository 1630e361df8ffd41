// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/granularity.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace seance {

class Database;

// Precomputed series exported by LunarCrush, Santiment and the like: a header row with one time column
// (time, date, datetime or timestamp: ISO 8601 or epoch seconds/milliseconds) and one or more value
// columns. Each value column becomes the series "<subject>-<column>" (column lower-cased, anything but
// letters, digits and '_' turned into '_'), its metric the column name. Empty cells are gaps, not zeros.
// Re-importing a series replaces the values at the times the file has and keeps the others.
struct SeriesCsvImportOptions
{
    SubjectKind kind = SubjectKind::Token;
    QString subjectId; // must exist in tokens (or narratives)
    QString source;    // stored with each series; empty: the file name
};

struct SeriesCsvImportResult
{
    bool ok = false;
    QStringList seriesIds;
    qint64 rows = 0;
    qint64 points = 0;
    // On failure: "file:line: column "x": reason"; nothing is written.
    QString error;
    qint64 errorLine = 0;
    QString errorColumn;
};

SeriesCsvImportResult importSeriesCsv(const Database& db, const QString& path, const SeriesCsvImportOptions& options);
SeriesCsvImportResult importSeriesCsv(const Database& db, QIODevice* device, const QString& sourceName,
                                      const SeriesCsvImportOptions& options);

// The series-id form of a column name: "Social Volume" → "social_volume".
QString seriesColumnSlug(const QString& column);

} // namespace seance
