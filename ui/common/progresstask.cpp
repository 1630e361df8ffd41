// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresstask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace seance {

void runWithProgressDialog(QWidget* parent, const QString& label, const std::function<void(TaskProgress&)>& work)
{
    TaskProgress progress;
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // quick jobs finish without a flash of dialog
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress, &dialog] {
        progress.cancelRequested = true;
        dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&progress, &dialog] {
        const qint64 total = progress.total.load();
        if (total > 0 && !progress.cancelRequested)
            dialog.setValue(static_cast<int>(std::min<qint64>(1000, progress.done.load() * 1000 / total)));
    });
    watcher.setFuture(QtConcurrent::run([&work, &progress] { work(progress); }));
    poll.start();
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
}

} // namespace seance
