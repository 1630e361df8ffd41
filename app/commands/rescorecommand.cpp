// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/rescorecommand.h"

#include "app/commands/databaseoption.h"
#include "models/sentiment/postrescoring.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::rescore", text);
}

} // namespace

int runRescoreCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Score every post in the workspace again and rebuild the sentiment buckets: after renaming tokens, "
           "changing aliases or keywords (they are masked), or with another extra lexicon. All or nothing."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption lexicon(QStringLiteral("lexicon"),
                                     tr("Merge an extra lexicon (VADER or AFINN TSV) over the built-in one."),
                                     tr("FILE"));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, lexicon, db});
    if (const std::optional<int> stop =
            parseArgumentFreeCommand(context, parser, help, tr("rescore takes no arguments.")))
        return *stop;
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
        return code;
    const QString lexiconPath = parser.isSet(lexicon) ? parser.value(lexicon) : context.lexiconPath;
    if (!lexiconPath.isEmpty()) {
        QString error;
        if (!lexiconWithExtra(lexiconPath, &error)) {
            context.err << error << Qt::endl << tr("Nothing was rescored.") << Qt::endl;
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    RescoreOptions options;
    options.score = workspaceScoreFunction(database, lexiconPath.isEmpty() ? context.extraLexiconPath() : lexiconPath);
    const RescoreResult result = rescoreAllPosts(database, options);
    if (!result.ok) {
        context.err << result.error << Qt::endl << tr("Nothing was rescored.") << Qt::endl;
        return 1;
    }
    context.out << tr("Rescored %1 posts in %2 s: %3 changed, %4 unscored.")
                       .arg(result.posts)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                       .arg(result.changed)
                       .arg(result.unscored)
                << '\n';
    return 0;
}

} // namespace seance::cli
