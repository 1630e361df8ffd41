// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartmath/dayzeroalignment.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/smoothing.h"
#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

// One daily bucket seen from the anchor. A day without posts has no value and 0 posts; a day with posts whose
// metric is undefined (e.g. only unscored posts for a mean) has posts but no value. Neither is drawn as zero.
struct AlignedPoint
{
    int day = 0;
    std::optional<double> value;
    qint64 posts = 0;
    friend bool operator==(const AlignedPoint&, const AlignedPoint&) = default;
};

struct AlignedEvent
{
    int day = 0;
    QString eventId;
    QString title;
    qint64 occurredAt = 0;
    friend bool operator==(const AlignedEvent&, const AlignedEvent&) = default;
};

struct AlignedSeries
{
    SubjectKind kind = SubjectKind::Narrative;
    QString subjectId;
    QString anchorEventId;
    qint64 anchorTime = 0;
    DayWindow window;
    QList<AlignedPoint> points; // one per day of the window, in order
    QList<AlignedEvent> events; // the subject's events inside the window, by time

    // The point at a relative day, or empty when the day is outside the window.
    std::optional<AlignedPoint> pointAt(int day) const;
};

// Pure: daily bucket rows (ascending or not) to one point per window day. Rows outside the window are ignored.
QList<AlignedPoint> alignDailyBuckets(const QList<BucketRow>& rows, qint64 anchorTime, DayWindow window, Metric metric);

// Whether an event belongs to the subject: a narrative's own events, or the events that link a token.
bool eventConcernsSubject(const EventRecord& event, SubjectKind kind, const QString& subjectId);

// The subject's events inside the window, relative to the anchor, ordered by time.
QList<AlignedEvent> alignEvents(const QList<EventRecord>& events, SubjectKind kind, const QString& subjectId,
                                qint64 anchorTime, DayWindow window);

// Pure: each point's value replaced by the smoothing of the UTC daily rows (models/chart/smoothedseries.h) at
// its day, so the comparison's lines are smoothed as the chart's are; posts stay the day's own. rows must
// reach smoothingLead() before the window. Without smoothing the points are returned as they are.
QList<AlignedPoint> smoothAlignedPoints(const QList<AlignedPoint>& points, const QList<BucketRow>& rows,
                                        qint64 anchorTime, DayWindow window, Metric metric, const Smoothing& smoothing);

// Reads the subject's daily buckets around the anchor and aligns them and its events. A narrative's series is
// its own posts (posts carry a narrative id), not the sum of its tokens. Empty with *error only on a failed
// query or an empty window. With smoothing, the buckets before the window that it reads are read too.
std::optional<AlignedSeries> alignSubject(BucketQuery& query, SubjectKind kind, const QString& subjectId,
                                          qint64 anchorTime, const QString& anchorEventId,
                                          const QList<EventRecord>& events, DayWindow window, Metric metric,
                                          QString* error = nullptr, const Smoothing& smoothing = {});

} // namespace seance
