// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What every parser of market data promises: rows sorted by time with each time once and supported, values finite
// and not negative, zero prices and market caps left out as "not known"; the same twice. The CSV downloads are also
// imported as a file: all or nothing, every value stored, and the stored series survive an export.
#pragma once

#include "models/io/series/seriesfileimport.h"
#include "models/io/text/isotime.h"
#include "models/market/markettable.h"
#include "tests/fuzz/socialreadtarget.h"

#include <cmath>

namespace seance::fuzz {

inline bool sameValue(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

inline bool sameRows(const MarketTable& a, const MarketTable& b)
{
    return a.rows.size() == b.rows.size() &&
           std::equal(a.rows.begin(), a.rows.end(), b.rows.begin(), [](const MarketRow& x, const MarketRow& y) {
               return x.t == y.t && sameValue(x.price, y.price) && sameValue(x.marketCap, y.marketCap) &&
                      sameValue(x.volume, y.volume) && sameValue(x.circulatingSupply, y.circulatingSupply);
           });
}

// The number of values the table holds (what is stored as points).
inline qint64 checkMarketTable(const MarketTable& table)
{
    require(!table.rows.empty(), "a parsed table has rows");
    qint64 values = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const MarketRow& row = table.rows[i];
        require(isSupportedTime(row.t), "every row has a supported time", QString::number(row.t));
        require(i == 0 || table.rows[i - 1].t < row.t, "rows are sorted by time, each time once",
                QString::number(row.t));
        for (const auto& value : {row.price, row.marketCap, row.volume, row.circulatingSupply}) {
            if (!value)
                continue;
            require(std::isfinite(*value) && *value >= 0, "every value is finite and not negative",
                    QString::number(*value));
            ++values;
        }
        require(!row.price || *row.price > 0, "a zero price is left out");
        require(!row.marketCap || *row.marketCap > 0, "a zero market cap is left out");
    }
    return values;
}

using MarketCsvParse = bool (*)(const QByteArray&, MarketTable*, MarketCsvError*);

// Parses the bytes twice with `parse`, then imports them as a file for the token "ghost-icp".
inline void fuzzMarketCsv(const uint8_t* data, size_t size, MarketCsvParse parse, SeriesFileFormat format)
{
    const QByteArray bytes = bytesOf(data, size);
    MarketTable table;
    MarketCsvError error;
    const bool parsed = parse(bytes, &table, &error);
    qint64 values = 0;
    if (parsed)
        values = checkMarketTable(table);
    else
        require(error.line >= 1 && !error.reason.isEmpty(), "a failed parse names the line and says why",
                QStringLiteral("%1: %2").arg(error.line).arg(error.reason));
    MarketTable again;
    MarketCsvError againError;
    require(parse(bytes, &again, &againError) == parsed && sameRows(again, table) && againError.line == error.line &&
                againError.reason == error.reason,
            "parsing twice gives the same");

    static FuzzWorkspace workspace;
    const QString path = writeInputFile(bytes, QStringLiteral("fuzz-input.csv"));
    const QByteArray before = workspace.fingerprint();
    SeriesFileImportOptions options;
    options.tokenId = QStringLiteral("ghost-icp");
    const SeriesFileImportResult result = importSeriesFile(workspace.db(), path, options);
    QByteArray firstLine = bytes.left(4095); // what sniffMarketCsv reads: QFile::readLine(4096)
    if (const qsizetype end = firstLine.indexOf('\n'); end >= 0)
        firstLine.truncate(end + 1);
    const bool sniffed = detectMarketCsv(firstLine) == format;
    if (sniffed)
        require(result.ok == (parsed && values > 0), "the import succeeds exactly when the parse finds values",
                result.error);
    if (!checkAllOrNothing(workspace, before, result.ok, result.error)) {
        if (sniffed && result.errorLine > 0)
            require(result.errorLine == error.line, "the import names the line the parse does", result.error);
        return;
    }
    if (sniffed)
        require(result.points == values, "every value is stored",
                QStringLiteral("%1 stored, %2 values").arg(result.points).arg(values));
    checkExportRoundTrip(workspace);
}

} // namespace seance::fuzz
