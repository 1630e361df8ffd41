// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/checkcommand.h"

#include "app/defaultworkspace.h"
#include "models/storage/databasecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli::check)
};

} // namespace

int runCheckCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckText::tr(
        "Check every page of a workspace (SQLite's full integrity_check), which opening it does not do for large "
        "files. Reads only; prints progress on stderr."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CheckText::tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CheckText::tr("The workspace file (default: --db, or the default workspace)."));
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        context.err << CheckText::tr("check takes one file.") << Qt::endl;
        return 2;
    }
    const QString path = !files.isEmpty()                  ? files.first()
                         : !context.databasePath.isEmpty() ? context.databasePath
                                                           : defaultDatabasePath();
    const DatabaseCheckReport report = checkDatabaseFile(path, [&context](int percent) {
        context.err << '\r' << CheckText::tr("checking: %1 %").arg(percent) << Qt::flush;
    });
    context.err << Qt::endl;
    if (!report.error.isEmpty()) {
        context.err << report.error << Qt::endl;
        return 1;
    }
    if (report.ok) {
        context.out << CheckText::tr("%1: ok (every page checked)").arg(path) << Qt::endl;
        return 0;
    }
    for (const QString& problem : report.problems)
        context.out << path << QStringLiteral(": ") << problem << Qt::endl;
    context.err << QCoreApplication::translate("seance::cli::check",
                                               "%1 is damaged: %n problem(s) found. Restore it from a backup, or "
                                               "export what can still be read with \"seance export\".",
                                               nullptr, static_cast<int>(report.problems.size()))
                       .arg(path)
                << Qt::endl;
    return 1;
}

} // namespace seance::cli
