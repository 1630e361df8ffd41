// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;

namespace seance {

class ViewState;

// View › Smoothing: None / Moving Average / Exponential Moving Average, the window N (3–30 days), the
// standard-error band and the minimum-posts threshold below which points are drawn faded. Each entry sets the
// ViewState's smoothing and stays checked as it changes from anywhere else (a saved view, a restore); the
// mediator saves it with the rest of the view.
QMenu* addSmoothingMenu(QMenu* view, ViewState* state);

} // namespace seance
