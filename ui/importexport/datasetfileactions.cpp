// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importexport/datasetfileactions.h"

#include "models/appsettings.h"
#include "models/io/dataset/datasetimport.h"
#include "models/io/dataset/datasetwriter.h"
#include "models/io/posts/postsimport.h"
#include "models/routing/importfile.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "ui/common/dialogseam.h"
#include "ui/common/progresstask.h"
#include "ui/market/marketfileimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatasetFileActionsText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatasetFileActions)
};

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
    if (suffix != QLatin1String("json")) {
        PostsImportOptions options;
        options.score = workspaceScoreFunction(db, AppSettings::value(Setting::ExtraLexiconPath).toString());
        options.progress = reportProgress;
        options.cancel = &progress.cancelRequested;
        const PostsImportResult report = importPosts(db, file, options);
        outcome.ok = report.ok;
        outcome.error = report.error;
        outcome.cancelled = report.cancelled;
        outcome.summary = DatasetFileActionsText::tr(
                              "Imported %1 posts.\nSkipped %2 duplicates.\n%3 posts are in a script the lexicon "
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
    outcome.summary =
        DatasetFileActionsText::tr("Imported %1 tokens, %2 narratives, %3 events, %4 series and %5 saved views.\n"
                                   "Imported %6 posts; skipped %7 duplicates; %8 are unscored.")
            .arg(number(report.tokens), number(report.narratives), number(report.events), number(report.series),
                 number(report.savedViews), number(report.postsInserted), number(report.postsDuplicate),
                 number(report.postsUnscored));
    return outcome;
}

} // namespace

FileImportResult runFileImport(QWidget* parent, const Database& db, const DialogSeam& dialogs, const QString& path)
{
    FileImportResult result;
    const QString file =
        !path.isEmpty()
            ? path
            : dialogs.openFileName(parent, DatasetFileActionsText::tr("Import"), lastFolder(),
                                   DatasetFileActionsText::tr(
                                       "Everything Seance reads (*.json *.jsonl *.ndjson *.csv *.zst *.js *.zip);;"
                                       "Seance dataset or posts (*.json *.jsonl *.ndjson *.csv);;"
                                       "Telegram or Discord export (*.json);;Reddit dump (*.zst *.jsonl "
                                       "*.ndjson *.json);;X archive (*.zip *.js);;"
                                       "Market data: CoinGecko or CoinMarketCap (*.csv);;"
                                       "Series CSV: LunarCrush or Santiment (*.csv);;All files (*)"));
    if (file.isEmpty())
        return result;
    AppSettings::setValue(Setting::LastImportFolder, QFileInfo(file).absolutePath());
    if (isSeriesFile(file)) {
        result.imported = runMarketFileImport(parent, db, dialogs, file);
        return result;
    }
    QString error;
    const auto kind = ImportFileKind::detect(file, QStringLiteral("auto"), &error);
    if (!kind) {
        dialogs.showError(
            parent, DatasetFileActionsText::tr("Cannot import this file"),
            DatasetFileActionsText::tr("Nothing was imported; the workspace is unchanged.\n\n%1").arg(error));
        return result;
    }
    if (kind->kind == ImportFileKind::Kind::Social) {
        ImportWizard wizard(db, file, kind->social, parent);
        dialogs.execDialog(&wizard);
        result.imported = wizard.imported();
        result.show = wizard.showRequest();
        return result;
    }
    ImportOutcome outcome;
    const QString databasePath = db.path();
    runWithProgressDialog(parent, DatasetFileActionsText::tr("Importing %1…").arg(QFileInfo(file).fileName()),
                          [&](TaskProgress& progress) { outcome = importFile(databasePath, file, progress); });
    if (outcome.cancelled) {
        dialogs.showInformation(
            parent, DatasetFileActionsText::tr("Import cancelled"),
            DatasetFileActionsText::tr("The import was cancelled. Nothing was written to the workspace."));
        return result;
    }
    if (!outcome.ok) {
        dialogs.showError(
            parent, DatasetFileActionsText::tr("Import failed"),
            DatasetFileActionsText::tr("Nothing was imported; the workspace is unchanged.\n\n%1").arg(outcome.error));
        return result;
    }
    dialogs.showInformation(parent, DatasetFileActionsText::tr("Import finished"), outcome.summary);
    result.imported = true;
    return result;
}

bool runDatasetImport(QWidget* parent, const Database& db, const DialogSeam& dialogs)
{
    return runFileImport(parent, db, dialogs).imported;
}

void applyImportShowRequest(ViewState& state, const ImportShowRequest& show)
{
    state.setSelectedTokens(show.tokens);
    if (!show.range.isEmpty())
        state.setVisibleRange(show.range);
}

bool runDatasetExport(QWidget* parent, const Database& db, const DialogSeam& dialogs)
{
    QString file = dialogs.saveFileName(parent, DatasetFileActionsText::tr("Export Dataset"), lastFolder(),
                                        DatasetFileActionsText::tr("Dataset JSON (*.json)"));
    if (file.isEmpty())
        return false;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".json");
    QString error;
    DatasetExportReport report;
    bool ok = false;
    const QString databasePath = db.path();
    runWithProgressDialog(parent, DatasetFileActionsText::tr("Exporting to %1…").arg(QFileInfo(file).fileName()),
                          [&](TaskProgress& progress) {
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
        dialogs.showError(parent, DatasetFileActionsText::tr("Export failed"), error);
        return false;
    }
    dialogs.showInformation(parent, DatasetFileActionsText::tr("Export finished"),
                            DatasetFileActionsText::tr("Wrote %1 tokens, %2 narratives, %3 events and %4 posts to %5.")
                                .arg(number(report.tokens), number(report.narratives), number(report.events),
                                     number(report.posts), QDir::toNativeSeparators(file)));
    return true;
}

} // namespace seance
