// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace seance {

struct ChartWorkspaceFacts;

// What the event impact table calls each subject it measures: a narrative by its title, a token by its chart
// label ("Ghost Coin (GHOST)"), since a ticker alone is not an identity ("GHOST" names two tokens). Keyed by id.
QHash<QString, QString> eventImpactTitles(const ChartWorkspaceFacts& facts);

} // namespace seance
