// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace seance {
namespace {

class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Qt paints the whole window while it handles the expose event, so once that event has been handled
        // (the zero timer runs after it) the first frame is in the backing store.
        if (event->type() == QEvent::Expose && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

void installFirstPaintProbe(QWidget* window)
{
    if (qEnvironmentVariableIsEmpty("SEANCE_BENCH_FIRST_PAINT"))
        return;
    window->winId(); // creates the QWindow so the filter sees its first expose
    window->windowHandle()->installEventFilter(new FirstPaintProbe(window));
}

} // namespace seance
