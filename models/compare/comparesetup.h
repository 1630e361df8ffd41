// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/compare/alignedseries.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace seance {

// One line of a comparison: a subject and the event that is its day 0.
struct CompareRow
{
    SubjectKind kind = SubjectKind::Narrative;
    QString subjectId;
    QString anchorEventId;
    friend bool operator==(const CompareRow&, const CompareRow&) = default;
};

// What the Compare Narratives pane shows, as a saved view stores it. The metric is not part of it: the
// comparison follows the ViewState's metric like every other pane.
struct CompareSetup
{
    static constexpr int maximumRows = 8;        // more lines than this are unreadable on one chart
    static constexpr int maximumWindowDays = 366; // each side of day 0

    QList<CompareRow> rows;
    DayWindow window;

    // {"format": "seance-compare", "version": 1, "window": {"first": -30, "last": 60},
    //  "rows": [{"kind": "narrative" | "token", "subject": id, "anchorEvent": id}, ...]}
    // window.first is −366…−1 and window.last 1…366; at most maximumRows rows.
    QJsonObject toJson() const;
    // All or nothing: a malformed object leaves *this unchanged and error names the field, e.g. "rows[1].kind".
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

    friend bool operator==(const CompareSetup&, const CompareSetup&) = default;
};

QString subjectKindName(SubjectKind kind); // "narrative" or "token"

} // namespace seance
