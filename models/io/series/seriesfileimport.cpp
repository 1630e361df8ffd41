// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/series/seriesfileimport.h"

#include "models/io/series/seriescsvimport.h"
#include "models/io/text/csvreader.h"
#include "models/market/marketseries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct SeriesFileImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

// A market download is a few hundred KB at most (a row a day since 2013); anything far larger is not one.
constexpr qint64 maxMarketFileBytes = 64 << 20;

SeriesFileImportResult failure(SeriesFileImportResult result, const QString& path, qint64 line, const QString& column,
                               const QString& reason)
{
    result.ok = false;
    result.errorLine = line;
    result.errorColumn = column;
    QString where = path;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    result.error = column.isEmpty() ? SeriesFileImportText::tr("%1: %2").arg(where, reason)
                                    : SeriesFileImportText::tr("%1: column \"%2\": %3").arg(where, column, reason);
    return result;
}

SeriesFileImportResult importMarketFile(const Database& db, const QString& path, SeriesFileFormat format,
                                        const SeriesFileImportOptions& options)
{
    SeriesFileImportResult result;
    result.format = format;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(result, path, 0, {}, SeriesFileImportText::tr("cannot open: %1").arg(file.errorString()));
    if (file.size() > maxMarketFileBytes)
        return failure(result, path, 0, {},
                       SeriesFileImportText::tr("the file is larger than a market download can be"));
    const QByteArray data = file.readAll();
    MarketTable table;
    MarketCsvError error;
    const bool parsed = format == SeriesFileFormat::CoinGecko ? parseCoinGeckoCsv(data, &table, &error)
                                                              : parseCoinMarketCapCsv(data, &table, &error);
    if (!parsed)
        return failure(result, path, error.line, error.column, error.reason);
    table.currency = options.currency.toUpper();
    if (table.currency.isEmpty() && format == SeriesFileFormat::CoinGecko)
        table.currency = currencyFromCoinGeckoFileName(path);
    if (table.currency.isEmpty())
        table.currency = QStringLiteral("USD");
    MarketWriteResult written;
    QString message;
    if (!writeMarketTable(db, options.tokenId, table, &written, &message))
        return failure(result, path, 0, {}, message);
    result.ok = true;
    result.seriesIds = written.seriesIds;
    result.rows = static_cast<qint64>(table.rows.size());
    result.points = written.points;
    return result;
}

} // namespace

std::optional<SeriesFileFormat> sniffMarketCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return detectMarketCsv(file.readLine(4096));
}

bool looksLikeSeriesCsv(const QString& path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&file, 4096, 64 * 1024);
    if (reader.next() != CsvReader::Status::Record || reader.fields().size() < 2)
        return false;
    bool hasTime = false;
    for (std::string_view field : reader.fields()) {
        const QString name = QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())).trimmed().toLower();
        if (name == QLatin1String("text") || name == QLatin1String("token") || name == QLatin1String("narrative"))
            return false;
        hasTime = hasTime || name == QLatin1String("time") || name == QLatin1String("date") ||
                  name == QLatin1String("datetime") || name == QLatin1String("timestamp");
    }
    return hasTime;
}

SeriesFileImportResult importSeriesFile(const Database& db, const QString& path, const SeriesFileImportOptions& options)
{
    if (const std::optional<SeriesFileFormat> format = sniffMarketCsv(path))
        return importMarketFile(db, path, *format, options);
    SeriesCsvImportOptions generic;
    generic.subjectId = options.tokenId;
    const SeriesCsvImportResult imported = importSeriesCsv(db, path, generic);
    SeriesFileImportResult result;
    result.ok = imported.ok;
    result.seriesIds = imported.seriesIds;
    result.rows = imported.rows;
    result.points = imported.points;
    result.error = imported.error;
    result.errorLine = imported.errorLine;
    result.errorColumn = imported.errorColumn;
    return result;
}

QString suggestTokenForFile(const QString& path, const QList<QPair<QString, QString>>& tokenIdsAndSymbols)
{
    // The file name's words: "pepe-usd-max.csv" → pepe, usd, max; "Dogecoin_7_1_2024-7_1_2025_historical_data…".
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QStringList words = QFileInfo(path).completeBaseName().toLower().split(separators, Qt::SkipEmptyParts);
    QString found;
    for (const auto& [id, symbol] : tokenIdsAndSymbols) {
        const bool matches = words.contains(id.toLower()) || words.contains(symbol.toLower());
        if (!matches)
            continue;
        if (!found.isEmpty() && found != id)
            return {}; // two tokens fit ("GHOST" on two chains): the user must choose
        found = id;
    }
    return found;
}

QString seriesFileFormatName(SeriesFileFormat format)
{
    switch (format) {
    case SeriesFileFormat::CoinGecko:
        return SeriesFileImportText::tr("CoinGecko historical data");
    case SeriesFileFormat::CoinMarketCap:
        return SeriesFileImportText::tr("CoinMarketCap historical data");
    case SeriesFileFormat::Generic:
        break;
    }
    return SeriesFileImportText::tr("series CSV");
}

} // namespace seance
