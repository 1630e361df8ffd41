// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace seance {

class Database;

// What the chart needs from a workspace besides the buckets: the names in its legend, the events it marks and
// their narratives' colours, and whether the posts are generated. The main window and the chart export read
// it the same way, so the screen and an exported picture never name or colour a thing differently.
struct ChartWorkspaceFacts
{
    QHash<QString, QString> tokenLabels; // token id → "Ghost Coin (GHOST)"
    QHash<QString, QString> subjectNames; // token id → its name, narrative id → its title
    QList<NarrativeRecord> narratives;
    QList<EventRecord> events;
    QHash<QString, QColor> narrativeColors; // narrative id → its colour, where it has a valid one
    bool sampleData = false;
};

// "Name (SYMBOL)", or just the name when the symbol is the same.
QString chartTokenLabel(const TokenRecord& token);
ChartWorkspaceFacts readChartWorkspaceFacts(const Database& db);

} // namespace seance
