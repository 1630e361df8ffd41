// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/statscommand.h"

#include "app/commands/databaseoption.h"
#include "models/storage/database.h"
#include "models/storage/rowcounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::stats", text);
}

} // namespace

int runStatsCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the number of rows in each table of the workspace."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, db});
    if (const std::optional<int> stop =
            parseArgumentFreeCommand(context, parser, help, tr("stats takes no arguments.")))
        return *stop;
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
        return code;
    QString error;
    const std::optional<QList<RowCount>> counts = workspaceRowCounts(database, &error);
    if (!counts) {
        context.err << error << Qt::endl;
        return 1;
    }
    for (const RowCount& count : *counts)
        context.out << QStringLiteral("%1 %2").arg(count.name, -18).arg(count.rows) << '\n';
    return 0;
}

} // namespace seance::cli
