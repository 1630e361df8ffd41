// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/statscommand.h"

#include "app/commands/databaseoption.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::stats", text);
}

// Fixed names and conditions only: no value from the user reaches this SQL.
struct Row
{
    const char* name;
    const char* sql;
};

constexpr Row rows[] = {
    {"tokens", "SELECT count(*) FROM tokens"},
    {"tags", "SELECT count(*) FROM tags"},
    {"narratives", "SELECT count(*) FROM narratives"},
    {"events", "SELECT count(*) FROM events"},
    {"event_tokens", "SELECT count(*) FROM event_tokens"},
    {"posts", "SELECT count(*) FROM posts"},
    {"posts_unscored", "SELECT count(*) FROM posts WHERE compound IS NULL"},
    {"sentiment_buckets", "SELECT count(*) FROM sentiment_buckets"},
    {"series", "SELECT count(*) FROM series"},
    {"series_points", "SELECT count(*) FROM series_points"},
    {"saved_views", "SELECT count(*) FROM saved_views"},
};

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
    for (const Row& row : rows) {
        QSqlQuery query(database.connection());
        if (!query.exec(QString::fromLatin1(row.sql)) || !query.next()) {
            context.err << tr("Cannot count %1: %2").arg(QLatin1String(row.name), query.lastError().text()) << Qt::endl;
            return 1;
        }
        context.out << QStringLiteral("%1 %2").arg(QLatin1String(row.name), -18).arg(query.value(0).toLongLong())
                    << '\n';
    }
    return 0;
}

} // namespace seance::cli
