// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/timerange.h"

namespace seance {

class Database;

// The span the linked panes can show (ViewState's data range): the whole UTC days that hold posts; without
// posts, the events with a week of margin on each side; in an empty workspace, the 90 days up to now.
// A failed query counts as "nothing there", so the panes always get a usable range.
TimeRange workspaceDataRange(const Database& db);
// The same with "now" given, for tests.
TimeRange workspaceDataRange(const Database& db, qint64 now);

} // namespace seance
