// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/rescoreactions.h"

#include "models/sentiment/postrescoring.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "ui/common/dialogseam.h"
#include "ui/common/progresstask.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace seance {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct RescoreActionsText
{
    Q_DECLARE_TR_FUNCTIONS(seance::RescoreActions)
};

} // namespace

bool runRescoreAllPosts(QWidget* parent, const QString& databasePath, const QString& extraLexiconPath,
                        const DialogSeam& dialogs)
{
    RescoreResult result;
    runWithProgressDialog(parent, RescoreActionsText::tr("Rescoring posts…"), [&](TaskProgress& progress) {
        Database worker;
        if (!worker.open(databasePath, &result.error))
            return;
        RescoreOptions options;
        options.score = workspaceScoreFunction(worker, extraLexiconPath);
        options.progress = [&progress](qint64 done, qint64 total) {
            progress.total = total;
            progress.done = done;
        };
        options.cancel = &progress.cancelRequested;
        result = rescoreAllPosts(worker, options);
    });
    if (result.cancelled) {
        dialogs.showInformation(parent, RescoreActionsText::tr("Rescoring cancelled"),
                                RescoreActionsText::tr("Rescoring was cancelled. The stored scores are unchanged."));
        return false;
    }
    if (!result.ok) {
        dialogs.showError(parent, RescoreActionsText::tr("Rescoring failed"),
                          RescoreActionsText::tr("The stored scores are unchanged.\n\n%1").arg(result.error));
        return false;
    }
    const QLocale locale;
    dialogs.showInformation(
        parent, RescoreActionsText::tr("Rescoring finished"),
        RescoreActionsText::tr("Scored %1 posts again: %2 changed their score, %3 are in a script the lexicon "
                               "does not cover and stay unscored.")
            .arg(locale.toString(result.posts), locale.toString(result.changed), locale.toString(result.unscored)));
    return true;
}

QString chooseExtraLexicon(QWidget* parent, const QString& currentPath, const DialogSeam& dialogs)
{
    const QString folder = currentPath.isEmpty() ? QString() : QFileInfo(currentPath).absolutePath();
    const QString file = dialogs.openFileName(parent, RescoreActionsText::tr("Extra Lexicon"), folder,
                                              RescoreActionsText::tr("Lexicon (*.tsv *.txt);;All files (*)"));
    if (file.isEmpty())
        return QString();
    QString error;
    if (!lexiconWithExtra(file, &error)) {
        dialogs.showError(
            parent, RescoreActionsText::tr("Lexicon refused"),
            RescoreActionsText::tr("The file is not a lexicon Seance can read (VADER: term, mean, deviation, ratings; "
                                   "AFINN: term and a whole number from -5 to +5, tab-separated).\n\n%1")
                .arg(error));
        return QString();
    }
    return file;
}

} // namespace seance
