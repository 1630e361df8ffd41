// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importexport/datasetfileactions.h"

#include "models/appsettings.h"
#include "ui/common/dialogseam.h"
#include "ui/common/progresstask.h"
#include "models/io/dataset/datasetimport.h"
#include "models/io/dataset/datasetwriter.h"
#include "models/io/posts/postsimport.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::DatasetFileActions", text);
}

QString lastFolder()
{
    const QString folder = AppSettings::value(Setting::LastImportFolder).toString();
    return folder.isEmpty() ? QDir::homePath() : folder;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString summary;
};

// Runs in a worker thread with its own connection, because a QSqlDatabase belongs to the thread that made it.
ImportOutcome importFile(const QString& databasePath, const QString& file, TaskProgress& progress)
{
    ImportOutcome outcome;
    Database db;
    if (!db.open(databasePath, &outcome.error))
        return outcome;
    const auto reportProgress = [&progress](qint64 done, qint64 total) {
        progress.total = total;
        progress.done = done;
    };
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("csv")) {
        PostsImportOptions options;
        options.score = workspaceScoreFunction(db, AppSettings::value(Setting::ExtraLexiconPath).toString());
        options.progress = reportProgress;
        options.cancel = &progress.cancelRequested;
        const PostsImportResult report = importPosts(db, file, options);
        outcome.ok = report.ok;
        outcome.error = report.error;
        outcome.cancelled = report.cancelled;
        outcome.summary = tr("Imported %1 posts.\nSkipped %2 duplicates.\n%3 posts are in a script the lexicon "
                             "does not cover and stay unscored.")
                              .arg(number(report.inserted), number(report.duplicates), number(report.unscored));
        return outcome;
    }
    DatasetImportOptions options;
    options.score = workspaceScoreFunction(db, AppSettings::value(Setting::ExtraLexiconPath).toString());
    options.progress = reportProgress;
    options.cancel = &progress.cancelRequested;
    DatasetImportReport report;
    outcome.ok = importDataset(db, file, options, &report, &outcome.error);
    outcome.cancelled = report.cancelled;
    outcome.summary = tr("Imported %1 tokens, %2 narratives, %3 events, %4 series and %5 saved views.\n"
                         "Imported %6 posts; skipped %7 duplicates; %8 are unscored.")
                          .arg(number(report.tokens), number(report.narratives), number(report.events),
                               number(report.series), number(report.savedViews), number(report.postsInserted),
                               number(report.postsDuplicate), number(report.postsUnscored));
    return outcome;
}

} // namespace

bool runDatasetImport(QWidget* parent, const Database& db, const DialogSeam& dialogs)
{
    const QString file = dialogs.openFileName(
        parent, tr("Import"), lastFolder(),
        tr("Seance data (*.json *.jsonl *.ndjson *.csv);;Dataset JSON (*.json);;Posts (*.jsonl *.ndjson *.csv);;"
           "All files (*)"));
    if (file.isEmpty())
        return false;
    AppSettings::setValue(Setting::LastImportFolder, QFileInfo(file).absolutePath());
    ImportOutcome outcome;
    const QString databasePath = db.path();
    runWithProgressDialog(parent, tr("Importing %1…").arg(QFileInfo(file).fileName()),
                          [&](TaskProgress& progress) { outcome = importFile(databasePath, file, progress); });
    if (outcome.cancelled) {
        dialogs.showInformation(parent, tr("Import cancelled"),
                                tr("The import was cancelled. Nothing was written to the workspace."));
        return false;
    }
    if (!outcome.ok) {
        dialogs.showError(parent, tr("Import failed"),
                          tr("Nothing was imported; the workspace is unchanged.\n\n%1").arg(outcome.error));
        return false;
    }
    dialogs.showInformation(parent, tr("Import finished"), outcome.summary);
    return true;
}

bool runDatasetExport(QWidget* parent, const Database& db, const DialogSeam& dialogs)
{
    QString file = dialogs.saveFileName(parent, tr("Export Dataset"), lastFolder(), tr("Dataset JSON (*.json)"));
    if (file.isEmpty())
        return false;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".json");
    QString error;
    DatasetExportReport report;
    bool ok = false;
    const QString databasePath = db.path();
    runWithProgressDialog(parent, tr("Exporting to %1…").arg(QFileInfo(file).fileName()), [&](TaskProgress& progress) {
        Database worker;
        if (!worker.open(databasePath, &error))
            return;
        DatasetExportOptions options;
        options.progress = [&progress](qint64 done, qint64 total) {
            progress.total = total;
            progress.done = done;
        };
        options.cancel = &progress.cancelRequested;
        ok = exportDataset(worker, file, options, &report, &error);
    });
    if (report.cancelled)
        return false;
    if (!ok) {
        dialogs.showError(parent, tr("Export failed"), error);
        return false;
    }
    dialogs.showInformation(parent, tr("Export finished"),
                            tr("Wrote %1 tokens, %2 narratives, %3 events and %4 posts to %5.")
                                .arg(number(report.tokens), number(report.narratives), number(report.events),
                                     number(report.posts), QDir::toNativeSeparators(file)));
    return true;
}

} // namespace seance
