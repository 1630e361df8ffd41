// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importcommand.h"

#include "app/commands/databaseoption.h"
#include "app/commands/importposts.h"
#include "app/commands/importseries.h"
#include "app/commands/importsocial.h"
#include "models/io/dataset/datasetimport.h"
#include "models/routing/importfile.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli::import)
};

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
    out << ImportText::tr("Imported %1 into %2:").arg(QFileInfo(path).fileName(), db.path()) << '\n'
        << ImportText::tr("  tokens       %1").arg(report.tokens) << '\n'
        << ImportText::tr("  narratives   %1").arg(report.narratives) << '\n'
        << ImportText::tr("  events       %1").arg(report.events) << '\n'
        << ImportText::tr("  posts        %1 (%2 duplicates skipped, %3 unscored)")
               .arg(report.postsInserted)
               .arg(report.postsDuplicate)
               .arg(report.postsUnscored)
        << '\n'
        << ImportText::tr("  series       %1 (%2 points)").arg(report.series).arg(report.seriesPoints) << '\n'
        << ImportText::tr("  saved views  %1").arg(report.savedViews) << '\n';
    return 0;
}

} // namespace

int runImportCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportText::tr(
        "Add a file to the workspace in one transaction: a Seance dataset (.json) or posts (.jsonl, .csv), or an "
        "export of a Telegram chat, a Reddit dump (.zst too), an X archive or a Discord channel, whose posts go "
        "to the tokens and narratives they mention. If any record is malformed, nothing is written."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, ImportText::tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format(
        QStringLiteral("format"),
        ImportText::tr("What the file is: auto (from its content), seance, telegram, reddit, x or "
                       "discord."),
        ImportText::tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption route(
        QStringLiteral("route"),
        ImportText::tr("Where an export's posts go: mentions (the tokens and narratives each post "
                       "names), token:ID or narrative:ID (every post)."),
        ImportText::tr("ROUTE"), QStringLiteral("mentions"));
    const QCommandLineOption keep(
        QStringLiteral("keep-unmatched"),
        ImportText::tr("Keep posts that name nothing under this narrative instead of leaving them out."),
        ImportText::tr("NARRATIVE"));
    const QCommandLineOption ambiguous(
        QStringLiteral("ambiguous"),
        ImportText::tr("Credit a name that several tokens share to one of them, e.g. "
                       "GHOST=icp-ghost, when the post, its chat and the file name do not "
                       "decide. May be repeated."),
        ImportText::tr("NAME=TOKEN"));
    const QCommandLineOption excludeBots(QStringLiteral("exclude-bots"),
                                         ImportText::tr("Leave out messages of Discord bots."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    ImportText::tr("Print where the posts would go and write nothing."));
    parser.addOptions({help, db, format, route, keep, ambiguous, excludeBots, dryRun});
    const QCommandLineOption token(
        QStringLiteral("token"),
        ImportText::tr("For a series file (CoinGecko or CoinMarketCap historical CSV, or a series CSV): "
                       "the token it belongs to."),
        QStringLiteral("ID"));
    const QCommandLineOption currency(
        QStringLiteral("currency"),
        ImportText::tr("For market data: the currency of its prices (default: what the file says, "
                       "else USD)."),
        QStringLiteral("CODE"));
    parser.addOptions({token, currency});
    parser.addPositionalArgument(QStringLiteral("file"), ImportText::tr("The file to import."));
    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl << ImportText::tr("Run seance import --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(ImportText::tr("Give exactly one file to import."));
    const QString path = parser.positionalArguments().constFirst();
    if (isSeriesImport(path, parser.value(token))) {
        if (!QFileInfo(path).isFile()) {
            context.err << ImportText::tr("No file at %1.").arg(path) << Qt::endl;
            return 1;
        }
        Database database;
        if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
            return code;
        return importSeriesFileCommand(context, database, path, parser.value(token), parser.value(currency));
    }
    if (!QFileInfo::exists(path)) {
        context.err << ImportText::tr("No file at %1.").arg(path) << Qt::endl;
        return 1;
    }
    QString error;
    const auto kind = ImportFileKind::detect(path, parser.value(format), &error);
    if (!kind) {
        context.err << ImportText::tr("Cannot import %1: %2").arg(path, error) << Qt::endl;
        return parser.value(format) == QLatin1String("auto") ? 1 : 2;
    }
    SocialImportRequest request;
    request.path = path;
    request.format = kind->social;
    request.dryRun = parser.isSet(dryRun);
    request.excludeBots = parser.isSet(excludeBots);
    const auto routing = RouteSpec::parse(parser.value(route), &error);
    if (!routing)
        return usage(error);
    request.routing = *routing;
    request.routing.keepUnmatched = parser.value(keep);
    for (const QString& choice : parser.values(ambiguous)) {
        const qsizetype equals = choice.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == choice.size() - 1)
            return usage(ImportText::tr("--ambiguous takes NAME=TOKEN, e.g. GHOST=icp-ghost, not \"%1\".").arg(choice));
        request.routing.ambiguityChoices.insert(choice.left(equals), choice.mid(equals + 1));
    }
    const bool routingGiven = parser.isSet(route) || parser.isSet(keep) || parser.isSet(ambiguous) ||
                              parser.isSet(dryRun) || parser.isSet(excludeBots);
    if (kind->kind != ImportFileKind::Kind::Social && routingGiven)
        return usage(
            ImportText::tr("%1 is a %2: --route, --keep-unmatched, --ambiguous, --exclude-bots and --dry-run are for "
                           "exports of Telegram, Reddit, X and Discord.")
                .arg(path, kind->title()));
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Create, database))
        return code;
    switch (kind->kind) {
    case ImportFileKind::Kind::Dataset:
        return importDatasetFile(context, database, path);
    case ImportFileKind::Kind::Posts:
        return importPostsFile(context, database, path);
    case ImportFileKind::Kind::Social:
        break;
    }
    return importSocialFile(context, database, request);
}

} // namespace seance::cli
