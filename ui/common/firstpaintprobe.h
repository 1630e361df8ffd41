// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace seance {

// For the cold-start benchmark: when the environment variable SEANCE_BENCH_FIRST_PAINT is set, prints
// "first-paint" on stdout once the window has been exposed and painted, then quits the application. The parent
// process times the child from its start to that line, which covers loading, linking, opening the workspace
// and the first frame. Does nothing when the variable is not set.
void installFirstPaintProbe(QWidget* window);

} // namespace seance
