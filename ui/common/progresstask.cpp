// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/progresstask.h"

#include <QElapsedTimer>
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
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&progress, &dialog, &elapsed, label] {
        const qint64 total = progress.total.load();
        if (total <= 0 || progress.cancelRequested)
            return;
        const qint64 done = std::min(progress.done.load(), total);
        dialog.setValue(static_cast<int>(done * 1000 / total));
        // After two seconds the rate is steady enough to say how long is left; rounded up, never "0 s".
        const qint64 ms = elapsed.elapsed();
        if (ms >= 2000 && done > 0 && done < total) {
            const qint64 secondsLeft = (ms * (total - done) / done + 999) / 1000;
            dialog.setLabelText(
                secondsLeft >= 120
                    ? QProgressDialog::tr("%1\nAbout %2 minutes left").arg(label).arg((secondsLeft + 59) / 60)
                    : QProgressDialog::tr("%1\nAbout %2 s left").arg(label).arg(secondsLeft));
        }
    });
    watcher.setFuture(QtConcurrent::run([&work, &progress] { work(progress); }));
    poll.start();
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
}

} // namespace seance
