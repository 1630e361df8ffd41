// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "databaseoption.h"
#include "io/datasetwriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::export", text);
}

} // namespace

int runExportCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the whole workspace as a Seance dataset (.json) in its canonical "
                                        "form. The target is replaced only once the export is complete."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, db});
    parser.addPositionalArgument(QStringLiteral("out"), tr("The file to write, or - for standard output."));
    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl << tr("Run seance export --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("Give exactly one output file (or - for standard output)."));
    const QString target = parser.positionalArguments().constFirst();
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
        return code;

    DatasetExportReport report;
    QString error;
    bool ok = false;
    if (target == QLatin1String("-")) {
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
        context.err << error << Qt::endl;
        return 1;
    }
    // The summary goes to stderr when the data itself goes to stdout.
    QTextStream& summary = target == QLatin1String("-") ? context.err : context.out;
    summary << tr("Exported %1 tokens, %2 narratives, %3 events, %4 posts, %5 series (%6 points) and %7 saved views "
                  "to %8.")
                   .arg(report.tokens)
                   .arg(report.narratives)
                   .arg(report.events)
                   .arg(report.posts)
                   .arg(report.series)
                   .arg(report.seriesPoints)
                   .arg(report.savedViews)
                   .arg(target == QLatin1String("-") ? tr("standard output") : target)
            << Qt::endl;
    return 0;
}

} // namespace seance::cli
