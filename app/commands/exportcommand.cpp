// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/exportcommand.h"

#include "app/commands/databaseoption.h"
#include "models/io/dataset/datasetwriter.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli::export)
};

} // namespace

int runExportCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportText::tr("Write the whole workspace as a Seance dataset (.json) in its canonical "
                       "form. The target is replaced only once the export is complete."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, ExportText::tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, db});
    parser.addPositionalArgument(QStringLiteral("out"), ExportText::tr("The file to write, or - for standard output."));
    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl << ExportText::tr("Run seance export --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(ExportText::tr("Give exactly one output file (or - for standard output)."));
    const QString target = parser.positionalArguments().constFirst();
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
        return code;

    const bool toStandardOutput = target == QLatin1String("-");
    DatasetExportReport report;
    QString error;
    bool ok = false;
    if (toStandardOutput) {
        // Whatever the stream has buffered must come out before the dataset does.
        context.out.flush();
        QFile standardOutput;
        ok = standardOutput.open(stdout, QIODevice::WriteOnly)
            && exportDataset(database, standardOutput, {}, &report, &error);
        if (!ok && error.isEmpty())
            error = standardOutput.errorString();
    } else {
        ok = exportDataset(database, target, {}, &report, &error);
    }
    if (!ok) {
        // A damaged page meets the reading here, past the open-time checks of a large file: say which workspace.
        context.err << ExportText::tr("Cannot export %1: %2").arg(database.path(), error) << Qt::endl;
        return 1;
    }
    // The summary goes to stderr when the data itself goes to stdout.
    QTextStream& summary = toStandardOutput ? context.err : context.out;
    summary << ExportText::tr("Exported %1 to %2:")
                   .arg(database.path(), toStandardOutput ? ExportText::tr("standard output") : target)
            << '\n'
            << ExportText::tr("  tokens       %1").arg(report.tokens) << '\n'
            << ExportText::tr("  narratives   %1").arg(report.narratives) << '\n'
            << ExportText::tr("  events       %1").arg(report.events) << '\n'
            << ExportText::tr("  posts        %1").arg(report.posts) << '\n'
            << ExportText::tr("  series       %1 (%2 points)").arg(report.series).arg(report.seriesPoints) << '\n'
            << ExportText::tr("  saved views  %1").arg(report.savedViews) << Qt::endl;
    return 0;
}

} // namespace seance::cli
