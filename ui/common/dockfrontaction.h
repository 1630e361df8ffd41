// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QDockWidget;
class QKeySequence;
class QObject;

namespace seance {

// A View menu entry for a dock that may sit as a tab behind another. Not the dock's own toggleViewAction(): a
// tabbed dock behind another tab counts as "visible", so toggling would hide it when the user asked to see it.
// This action brings it to the front instead, and hides it only when it is already in front.
QAction* dockFrontAction(QDockWidget* dock, const QKeySequence& key, QObject* parent);

} // namespace seance
