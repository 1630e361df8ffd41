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

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::import", text);
}

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

} // namespace

int runImportCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a file to the workspace in one transaction: a Seance dataset (.json) or posts (.jsonl, .csv), or an "
           "export of a Telegram chat, a Reddit dump (.zst too), an X archive or a Discord channel, whose posts go "
           "to the tokens and narratives they mention. If any record is malformed, nothing is written."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("What the file is: auto (from its content), seance, telegram, reddit, x or "
                                       "discord."),
                                    tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption route(QStringLiteral("route"),
                                   tr("Where an export's posts go: mentions (the tokens and narratives each post "
                                      "names), token:ID or narrative:ID (every post)."),
                                   tr("ROUTE"), QStringLiteral("mentions"));
    const QCommandLineOption keep(QStringLiteral("keep-unmatched"),
                                  tr("Keep posts that name nothing under this narrative instead of leaving them out."),
                                  tr("NARRATIVE"));
    const QCommandLineOption ambiguous(QStringLiteral("ambiguous"),
                                       tr("Credit a name that several tokens share to one of them, e.g. "
                                          "GHOST=icp-ghost, when the post, its chat and the file name do not "
                                          "decide. May be repeated."),
                                       tr("NAME=TOKEN"));
    const QCommandLineOption excludeBots(QStringLiteral("exclude-bots"), tr("Leave out messages of Discord bots."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print where the posts would go and write nothing."));
    parser.addOptions({help, db, format, route, keep, ambiguous, excludeBots, dryRun});
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("For a series file (CoinGecko or CoinMarketCap historical CSV, or a series CSV): "
                                      "the token it belongs to."),
                                   QStringLiteral("ID"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      tr("For market data: the currency of its prices (default: what the file says, "
                                         "else USD)."),
                                      QStringLiteral("CODE"));
    parser.addOptions({token, currency});
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
    if (isSeriesImport(path, parser.value(token))) {
        if (!QFileInfo(path).isFile()) {
            context.err << tr("No file at %1.").arg(path) << Qt::endl;
            return 1;
        }
        Database database;
        if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
            return code;
        return importSeriesFileCommand(context, database, path, parser.value(token), parser.value(currency));
    }
    if (!QFileInfo::exists(path)) {
        context.err << tr("No file at %1.").arg(path) << Qt::endl;
        return 1;
    }
    QString error;
    const auto kind = ImportFileKind::detect(path, parser.value(format), &error);
    if (!kind) {
        context.err << tr("Cannot import %1: %2").arg(path, error) << Qt::endl;
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
            return usage(tr("--ambiguous takes NAME=TOKEN, e.g. GHOST=icp-ghost, not \"%1\".").arg(choice));
        request.routing.ambiguityChoices.insert(choice.left(equals), choice.mid(equals + 1));
    }
    const bool routingGiven = parser.isSet(route) || parser.isSet(keep) || parser.isSet(ambiguous) ||
                              parser.isSet(dryRun) || parser.isSet(excludeBots);
    if (kind->kind != ImportFileKind::Kind::Social && routingGiven)
        return usage(tr("%1 is a %2: --route, --keep-unmatched, --ambiguous, --exclude-bots and --dry-run are for "
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
