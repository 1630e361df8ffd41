// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/impacttitles.h"

#include "models/chart/chartworkspacefacts.h"

namespace seance {

QHash<QString, QString> eventImpactTitles(const ChartWorkspaceFacts& facts)
{
    QHash<QString, QString> titles;
    for (const NarrativeRecord& narrative : facts.narratives)
        titles.insert(narrative.id, narrative.title);
    titles.insert(facts.tokenLabels); // a token wins over a narrative of the same id, as its rows are the token's
    return titles;
}

} // namespace seance
