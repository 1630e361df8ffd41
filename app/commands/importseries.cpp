// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importseries.h"

#include "models/io/series/seriesfileimport.h"
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seance::cli {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance::cli").
struct ImportSeriesText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli)
};

} // namespace

bool isSeriesImport(const QString& path, const QString& tokenId)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return false;
    return !tokenId.isEmpty() || sniffMarketCsv(path).has_value();
}

int importSeriesFileCommand(CommandContext& context, const Database& db, const QString& path, const QString& tokenId,
                            const QString& currency)
{
    if (tokenId.isEmpty()) {
        QList<QPair<QString, QString>> tokens;
        for (const TokenRecord& token : TokenStore(db).all())
            tokens.append({token.id, token.symbol});
        const QString suggestion = suggestTokenForFile(path, tokens);
        context.err
            << ImportSeriesText::tr("%1 is market data: say which token it belongs to with --token ID.").arg(path)
            << Qt::endl;
        if (!suggestion.isEmpty())
            context.err << ImportSeriesText::tr("The file name suggests --token %1.").arg(suggestion) << Qt::endl;
        return 2;
    }
    SeriesFileImportOptions options;
    options.tokenId = tokenId;
    options.currency = currency;
    const SeriesFileImportResult result = importSeriesFile(db, path, options);
    if (!result.ok) {
        context.err << result.error << Qt::endl;
        return 1;
    }
    QTextStream& out = context.out;
    out << ImportSeriesText::tr("Imported %1 (%2) for token %3 into %4:")
               .arg(QFileInfo(path).fileName(), seriesFileFormatName(result.format), tokenId, db.path())
        << '\n'
        << ImportSeriesText::tr("  rows    %1").arg(result.rows) << '\n'
        << ImportSeriesText::tr("  series  %1").arg(result.seriesIds.join(QLatin1String(", "))) << '\n'
        << ImportSeriesText::tr("  points  %1 (points at times already stored were replaced)").arg(result.points)
        << '\n';
    return 0;
}

} // namespace seance::cli
