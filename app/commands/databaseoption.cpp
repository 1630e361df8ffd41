// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/databaseoption.h"

#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli)
};

} // namespace

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"), CliText::tr("The workspace database."), CliText::tr("FILE"));
}

std::optional<int> parseArgumentFreeCommand(CommandContext& context, QCommandLineParser& parser,
                                            const QCommandLineOption& help, const QString& noArgumentsMessage)
{
    if (!parser.parse(context.arguments) || !parser.positionalArguments().isEmpty()) {
        context.err << (parser.errorText().isEmpty() ? noArgumentsMessage : parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

int openCommandDatabase(CommandContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                        MissingDatabase missing, Database& db)
{
    const QString path = parser.isSet(option) ? parser.value(option) : context.databasePath;
    if (path.isEmpty()) {
        context.err << CliText::tr("No database given: use --db FILE.") << Qt::endl;
        return 2;
    }
    // Opening creates a missing file; a command that only reads must not leave an empty workspace behind.
    if (missing == MissingDatabase::Refuse && !QFileInfo::exists(path)) {
        context.err << CliText::tr("No database at %1.").arg(path) << Qt::endl;
        return 1;
    }
    QString error;
    if (!db.open(path, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace seance::cli
