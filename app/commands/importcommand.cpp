// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importcommand.h"

#include "app/commands/databaseoption.h"
#include "app/commands/importposts.h"
#include "models/io/dataset/datasetimport.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::import", text);
}

using FileImporter = int (*)(CommandContext& context, const Database& db, const QString& path);

int importDatasetFile(CommandContext& context, const Database& db, const QString& path)
{
    DatasetImportReport report;
    QString error;
    DatasetImportOptions options;
    options.score = workspaceScoreFunction(db, context.extraLexiconPath());
    if (!importDataset(db, path, options, &report, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    QTextStream& out = context.out;
    out << tr("Imported %1 into %2:").arg(QFileInfo(path).fileName(), db.path()) << '\n'
        << tr("  tokens       %1").arg(report.tokens) << '\n'
        << tr("  narratives   %1").arg(report.narratives) << '\n'
        << tr("  events       %1").arg(report.events) << '\n'
        << tr("  posts        %1 (%2 duplicates skipped, %3 unscored)")
               .arg(report.postsInserted)
               .arg(report.postsDuplicate)
               .arg(report.postsUnscored)
        << '\n'
        << tr("  series       %1 (%2 points)").arg(report.series).arg(report.seriesPoints) << '\n'
        << tr("  saved views  %1").arg(report.savedViews) << '\n';
    return 0;
}

// Each kind of file has its importer; add a line here to accept another one.
FileImporter importerFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return importDatasetFile;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("csv"))
        return importPostsFile;
    return nullptr;
}

} // namespace

int runImportCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a file to the workspace in one transaction: a Seance dataset (.json) or "
                                        "posts (.jsonl, .csv). If any record is malformed, nothing is written."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, db});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl << tr("Run seance import --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("Give exactly one file to import."));
    const QString path = parser.positionalArguments().constFirst();
    const FileImporter importer = importerFor(path);
    if (!importer)
        return usage(tr("Cannot import %1: unknown file type (expected .json, or posts as .jsonl or .csv).").arg(path));
    if (!QFileInfo(path).isFile()) {
        context.err << tr("No file at %1.").arg(path) << Qt::endl;
        return 1;
    }
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Create, database))
        return code;
    return importer(context, database, path);
}

} // namespace seance::cli
