// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/market/marketfileimport.h"

#include "models/io/series/seriesfileimport.h"
#include "models/storage/tokenstore.h"
#include "ui/common/dialogseam.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct MarketFileImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

QString tokenChoice(const TokenRecord& token)
{
    return QStringLiteral("%1 (%2) — %3").arg(token.name, token.symbol, token.id);
}

} // namespace

bool isMarketFile(const QString& file)
{
    return sniffMarketCsv(file).has_value();
}

bool isSeriesFile(const QString& file)
{
    return isMarketFile(file) || looksLikeSeriesCsv(file);
}

bool runMarketFileImport(QWidget* parent, const Database& db, const DialogSeam& dialogs, const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    const QList<TokenRecord> tokens = TokenStore(db).all();
    if (tokens.isEmpty()) {
        dialogs.showError(
            parent, MarketFileImportText::tr("Import failed"),
            MarketFileImportText::tr("%1 holds series for a token, but the workspace has no tokens yet. Add the token "
                                     "first (Edit › New Token…), then import the file again.")
                .arg(name));
        return false;
    }
    QList<QPair<QString, QString>> idsAndSymbols;
    for (const TokenRecord& token : tokens)
        idsAndSymbols.append({token.id, token.symbol});
    const QString suggestion = suggestTokenForFile(file, idsAndSymbols);
    QStringList choices;
    for (const TokenRecord& token : tokens) {
        if (token.id == suggestion)
            choices.prepend(tokenChoice(token));
        else
            choices.append(tokenChoice(token));
    }
    const std::optional<SeriesFileFormat> format = sniffMarketCsv(file);
    // A generic file says nothing about what its values are: the label names its format, and the user the token.
    const QString label =
        format ? MarketFileImportText::tr("%1 is %2. Which token are these prices for?")
                     .arg(name, seriesFileFormatName(*format))
               : MarketFileImportText::tr("%1 is a series CSV (a time column and value columns, as LunarCrush and "
                                          "Santiment export). Which token are these series for?")
                     .arg(name);
    const QString chosen = dialogs.chooseItem(parent, MarketFileImportText::tr("Import Market Data"), label, choices);
    if (chosen.isEmpty())
        return false;
    SeriesFileImportOptions options;
    options.tokenId = chosen.section(QStringLiteral(" — "), -1);
    const SeriesFileImportResult result = importSeriesFile(db, file, options);
    if (!result.ok) {
        dialogs.showError(
            parent, MarketFileImportText::tr("Import failed"),
            MarketFileImportText::tr("Nothing was imported; the workspace is unchanged.\n\n%1").arg(result.error));
        return false;
    }
    if (format) {
        dialogs.showInformation(
            parent, MarketFileImportText::tr("Import finished"),
            MarketFileImportText::tr("Imported %1 days of market data for %2 (%3 points in %4 series). Points at times "
                                     "already stored were replaced.")
                .arg(QLocale().toString(result.rows), options.tokenId, QLocale().toString(result.points))
                .arg(result.seriesIds.size()));
    } else {
        dialogs.showInformation(
            parent, MarketFileImportText::tr("Import finished"),
            MarketFileImportText::tr("Imported %1 rows for %2: %3 points in the series %4. Points at times already "
                                     "stored were replaced.")
                .arg(QLocale().toString(result.rows), options.tokenId, QLocale().toString(result.points),
                     result.seriesIds.join(QLatin1String(", "))));
    }
    return true;
}

} // namespace seance
