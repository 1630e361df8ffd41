// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/compare/alignedseries.h"
#include "models/sentiment/buckets/eventimpact.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

// One line of an exported comparison: the aligned series and the names a reader needs.
struct ComparisonExportRow
{
    QString label;       // the subject's display name
    QString anchorTitle; // the anchor event's title
    AlignedSeries series;
};

// One of a row's events with its impact on the row's subject.
struct ComparisonEventImpact
{
    int row = 0; // index into the export rows
    AlignedEvent aligned;
    QList<Link> sources;
    std::optional<EventImpact> impact; // empty when the subject had no posts to measure
};

// The aligned series as long-format CSV (RFC 4180, "\r\n" line ends, UTF-8), one line per row and day:
// row,subject_kind,subject_id,subject,anchor_event,anchor_date,day,date,metric,value,posts
// A day without a value has an empty value cell: a gap, never a zero.
QString alignedSeriesCsv(const QList<ComparisonExportRow>& rows, Metric metric);

// A Markdown document: the setup (rows, anchors, window, metric) and a table of every row's events in the window
// with UTC date, day since anchor, title, sources as links, and the impact over `days` days.
QString comparisonMarkdown(const QList<ComparisonExportRow>& rows, const QList<ComparisonEventImpact>& events,
                           Metric metric, int days);

// The impacts for comparisonMarkdown: each row's aligned events measured against the row's subject.
std::optional<QList<ComparisonEventImpact>> comparisonEventImpacts(BucketQuery& query,
                                                                    const QList<ComparisonExportRow>& rows,
                                                                    const QList<EventRecord>& events, Metric metric,
                                                                    int days, QString* error = nullptr);

} // namespace seance
