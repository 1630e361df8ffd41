// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace seance {

// Runs work once the window's first frame has been painted, in the order of the calls; or, if the window is
// never exposed (started minimised), a moment after it was shown.
void runAfterFirstPaint(QWidget* window, std::function<void()> work);

enum class FirstPaintProbeEnd
{
    AtFirstPaint,   // quit as soon as "first-paint" is printed
    AfterWorkspace, // quit after reportWorkspacePainted()
};

// For the cold-start benchmark: when the environment variable SEANCE_BENCH_FIRST_PAINT is set, prints
// "first-paint" on stdout once the window has been exposed and painted. The parent process times the child
// from its start to that line, which covers loading, linking, creating the window and its first frame. Does
// nothing when the variable is not set. Install it before any other runAfterFirstPaint() work.
void installFirstPaintProbe(QWidget* window, FirstPaintProbeEnd end = FirstPaintProbeEnd::AtFirstPaint);

// With the probe installed to end AfterWorkspace: prints "workspace-paint" once the repaints pending now have
// run, that is when the opened workspace is on screen, then quits the application.
void reportWorkspacePainted();

} // namespace seance
