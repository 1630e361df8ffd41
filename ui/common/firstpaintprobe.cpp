// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <utility>

namespace seance {
namespace {

// Longest wait for a first expose before the work runs anyway.
constexpr int unexposedFallbackMs = 300;

void printProbeLine(const char* line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool probeRequested()
{
    return !qEnvironmentVariableIsEmpty("SEANCE_BENCH_FIRST_PAINT");
}

bool probeWaitsForWorkspace = false;

class FirstPaintWatcher final : public QObject
{
public:
    explicit FirstPaintWatcher(QWindow* window)
        : QObject(window)
    {
        window->installEventFilter(this);
        QTimer::singleShot(unexposedFallbackMs, this, [this] { runAll(); });
    }

    void add(std::function<void()> work) { m_work.append(std::move(work)); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Qt paints the whole window while it handles the expose event, so once that event has been handled
        // (the zero timer runs after it) the first frame is in the backing store.
        if (event->type() == QEvent::Expose && !m_done)
            QTimer::singleShot(0, this, [this] { runAll(); });
        return QObject::eventFilter(watched, event);
    }

private:
    void runAll()
    {
        if (m_done)
            return;
        m_done = true;
        const QList<std::function<void()>> work = std::exchange(m_work, {});
        for (const auto& item : work)
            item();
    }

    QList<std::function<void()>> m_work;
    bool m_done = false;
};

FirstPaintWatcher* watcherFor(QWidget* window)
{
    window->winId(); // creates the QWindow so the filter sees its first expose
    QWindow* handle = window->windowHandle();
    auto* watcher = handle->findChild<FirstPaintWatcher*>(QString(), Qt::FindDirectChildrenOnly);
    return watcher ? watcher : new FirstPaintWatcher(handle);
}

} // namespace

void runAfterFirstPaint(QWidget* window, std::function<void()> work)
{
    watcherFor(window)->add(std::move(work));
}

void installFirstPaintProbe(QWidget* window, FirstPaintProbeEnd end)
{
    if (!probeRequested())
        return;
    probeWaitsForWorkspace = end == FirstPaintProbeEnd::AfterWorkspace;
    runAfterFirstPaint(window, [end] {
        printProbeLine("first-paint");
        if (end == FirstPaintProbeEnd::AtFirstPaint)
            QCoreApplication::exit(0);
    });
}

void reportWorkspacePainted()
{
    if (!probeRequested() || !probeWaitsForWorkspace)
        return;
    // Widgets repaint from posted update requests; a zero timer posted now runs after those already pending.
    QTimer::singleShot(0, [] {
        printProbeLine("workspace-paint");
        QCoreApplication::exit(0);
    });
}

} // namespace seance
