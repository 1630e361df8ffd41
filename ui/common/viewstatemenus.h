// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;

namespace seance {

class ViewState;

// View › Metric (Alt+1…5) and View › Granularity (Ctrl+Shift+1…3): one checkable entry per choice, which sets
// the ViewState and stays checked as the ViewState changes from anywhere else (a saved view, a restore).
void addMetricMenu(QMenu* view, ViewState* state);
void addGranularityMenu(QMenu* view, ViewState* state);
// View › Language Filter: all posts, or only those in English, Korean, Japanese, or unscored and other.
void addLanguageFilterMenu(QMenu* view, ViewState* state);

} // namespace seance
