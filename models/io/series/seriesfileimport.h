// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/series/marketcsv.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seance {

class Database;

// One entry point for the series files a user downloads: CoinGecko's and CoinMarketCap's historical CSVs
// (told apart by their header) and the generic series CSV. The user always names the token; the file name may
// only suggest one (suggestTokenForFile).
struct SeriesFileImportOptions
{
    QString tokenId;
    QString currency; // overrides what the file (name) says; empty: the file's, else USD
};

struct SeriesFileImportResult
{
    bool ok = false;
    SeriesFileFormat format = SeriesFileFormat::Generic;
    QStringList seriesIds;
    qint64 rows = 0;
    qint64 points = 0;
    // On failure: "file:line: column "x": reason"; nothing is written.
    QString error;
    qint64 errorLine = 0;
    QString errorColumn;
};

// The file's format from its first line, or nothing when it is no market CSV (a generic series or posts).
std::optional<SeriesFileFormat> sniffMarketCsv(const QString& path);

// Whether a .csv file is a generic series CSV (LunarCrush, Santiment): its header has a time column (time, date,
// datetime or timestamp) and another column, and none of the fields Seance posts need (text, token, narrative).
// Only the header is read; bad values are the importer's to report, with their line and column.
bool looksLikeSeriesCsv(const QString& path);

SeriesFileImportResult importSeriesFile(const Database& db, const QString& path,
                                        const SeriesFileImportOptions& options);

// The token a file name points at ("pepe-usd-max.csv" → the token whose symbol or id is "pepe"), from the given
// (id, symbol) pairs; empty when none or several match. A suggestion for the picker, never a decision.
QString suggestTokenForFile(const QString& path, const QList<QPair<QString, QString>>& tokenIdsAndSymbols);

QString seriesFileFormatName(SeriesFileFormat format);

} // namespace seance
