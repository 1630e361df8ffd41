// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace seance {

// Shared between a worker and the progress dialog: the worker writes done/total, the dialog writes cancel.
struct TaskProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancelRequested{false};
};

// Runs `work` on a pool thread while a window-modal progress dialog with a Cancel button is shown, and
// returns once the work has finished. The work must poll cancelRequested and must not touch widgets.
void runWithProgressDialog(QWidget* parent, const QString& label, const std::function<void(TaskProgress&)>& work);

} // namespace seance
