// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/alignedseries.h"

#include "models/chart/smoothedseries.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace seance {

std::optional<AlignedPoint> AlignedSeries::pointAt(int day) const
{
    if (!window.contains(day) || points.size() != window.dayCount())
        return std::nullopt;
    return points.at(day - window.first);
}

QList<AlignedPoint> alignDailyBuckets(const QList<BucketRow>& rows, qint64 anchorTime, DayWindow window, Metric metric)
{
    QList<AlignedPoint> points;
    points.reserve(window.dayCount());
    for (int day = window.first; day <= window.last; ++day)
        points.append(AlignedPoint{day, std::nullopt, 0});
    // Sums first, metric after: a bucket table may in principle hold two rows for one day (hourly rows
    // passed by mistake would be caught here too, summed into their day rather than overwriting it).
    QHash<int, BucketSums> sums;
    for (const BucketRow& row : rows) {
        const int day = daysSinceAnchor(row.start, anchorTime);
        if (window.contains(day))
            sums[day] += row.sums;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        AlignedPoint& point = points[it.key() - window.first];
        point.posts = it.value().n;
        point.value = it.value().n > 0 ? metricValue(it.value(), metric) : std::nullopt;
    }
    return points;
}

QList<AlignedPoint> smoothAlignedPoints(const QList<AlignedPoint>& points, const QList<BucketRow>& rows,
                                        qint64 anchorTime, DayWindow window, Metric metric, const Smoothing& smoothing)
{
    if (!smoothing.isOn() || window.dayCount() == 0)
        return points;
    const qint64 from = alignedDayStart(anchorTime, window.first);
    const qint64 to = alignedDayStart(anchorTime, window.last + 1);
    const QList<SmoothedBucket> smoothed = smoothBuckets(weightedBuckets(rows, metric), smoothing, Granularity::Day,
                                                         {from, to}, metricCountsPosts(metric));
    QList<AlignedPoint> out = points;
    for (AlignedPoint& point : out)
        point.value.reset();
    for (const SmoothedBucket& bucket : smoothed) {
        const int day = daysSinceAnchor(bucket.start, anchorTime);
        if (window.contains(day) && std::isfinite(bucket.value))
            out[day - window.first].value = bucket.value;
    }
    return out;
}

bool eventConcernsSubject(const EventRecord& event, SubjectKind kind, const QString& subjectId)
{
    return kind == SubjectKind::Narrative ? event.narrativeId == subjectId : event.tokenIds.contains(subjectId);
}

QList<AlignedEvent> alignEvents(const QList<EventRecord>& events, SubjectKind kind, const QString& subjectId,
                                qint64 anchorTime, DayWindow window)
{
    QList<AlignedEvent> aligned;
    for (const EventRecord& event : events) {
        if (!eventConcernsSubject(event, kind, subjectId))
            continue;
        const int day = daysSinceAnchor(event.occurredAt, anchorTime);
        if (window.contains(day))
            aligned.append(AlignedEvent{day, event.id, event.title, event.occurredAt});
    }
    std::stable_sort(aligned.begin(), aligned.end(), [](const AlignedEvent& a, const AlignedEvent& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.eventId < b.eventId;
    });
    return aligned;
}

std::optional<AlignedSeries> alignSubject(BucketQuery& query, SubjectKind kind, const QString& subjectId,
                                          qint64 anchorTime, const QString& anchorEventId,
                                          const QList<EventRecord>& events, DayWindow window, Metric metric,
                                          QString* error, const Smoothing& smoothing)
{
    if (window.dayCount() == 0) {
        if (error)
            *error =
                QStringLiteral("window: the first day (%1) is after the last (%2)").arg(window.first).arg(window.last);
        return std::nullopt;
    }
    const qint64 from = alignedDayStart(anchorTime, window.first);
    const qint64 to = alignedDayStart(anchorTime, window.last + 1);
    const auto share =
        metric == Metric::ShareOfVoice ? BucketQuery::ShareOfVoice::Include : BucketQuery::ShareOfVoice::Skip;
    const auto rows = query.range(kind, subjectId, Granularity::Day, from - smoothingLead(smoothing), to, share, error);
    if (!rows)
        return std::nullopt;
    AlignedSeries series;
    series.kind = kind;
    series.subjectId = subjectId;
    series.anchorEventId = anchorEventId;
    series.anchorTime = anchorTime;
    series.window = window;
    series.points = smoothAlignedPoints(alignDailyBuckets(*rows, anchorTime, window, metric), *rows, anchorTime, window,
                                        metric, smoothing);
    series.events = alignEvents(events, kind, subjectId, anchorTime, window);
    return series;
}

} // namespace seance
