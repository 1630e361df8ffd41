// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/chartworkspacefacts.h"

#include "models/io/sample/sampledatabase.h"
#include "models/io/text/inerttext.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"

namespace seance {

QString chartTokenLabel(const TokenRecord& token)
{
    // Legends, tooltips and export titles show it: inert, and short enough for one line.
    return token.symbol == token.name || token.symbol.isEmpty()
               ? inertText(token.name, 80)
               : QStringLiteral("%1 (%2)").arg(inertText(token.name, 80), inertText(token.symbol, 20));
}

ChartWorkspaceFacts readChartWorkspaceFacts(const Database& db)
{
    ChartWorkspaceFacts facts;
    for (const TokenRecord& token : TokenStore(db).all()) {
        facts.tokenLabels.insert(token.id, chartTokenLabel(token));
        facts.subjectNames.insert(token.id, token.name);
    }
    facts.narratives = NarrativeStore(db).all();
    for (const NarrativeRecord& narrative : std::as_const(facts.narratives)) {
        facts.subjectNames.insert(narrative.id, narrative.title);
        if (QColor::isValidColorName(narrative.color))
            facts.narrativeColors.insert(narrative.id, QColor::fromString(narrative.color));
    }
    facts.events = EventStore(db).all();
    facts.sampleData = isSampleDatabase(db);
    return facts;
}

} // namespace seance
