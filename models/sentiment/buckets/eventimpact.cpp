// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/eventimpact.h"

namespace seance {

std::optional<EventImpact> eventImpact(BucketQuery& query, SubjectKind kind, const QString& subjectId,
                                       qint64 eventTime, Metric metric, int days, QString* error)
{
    if (days < 1) {
        if (error)
            *error = QStringLiteral("the event window must span at least one day");
        return std::nullopt;
    }
    const qint64 day = bucketStart(eventTime, Granularity::Day);
    const qint64 span = static_cast<qint64>(days) * dayMs;
    EventImpact impact;
    impact.beforeRange = {day - span, day};
    impact.afterRange = {day, day + span};
    const auto rows =
        query.range(kind, subjectId, Granularity::Day, day - span, day + span, BucketQuery::ShareOfVoice::Skip, error);
    if (!rows)
        return std::nullopt;
    BucketSums before;
    BucketSums after;
    for (const BucketRow& row : *rows)
        (row.start < day ? before : after) += row.sums;
    if (metric == Metric::ShareOfVoice) {
        // The whole window's volume, including days on which this subject had no posts.
        const auto allBefore = query.totalVolume(kind, Granularity::Day, day - span, day, error);
        const auto allAfter = query.totalVolume(kind, Granularity::Day, day, day + span, error);
        if (!allBefore || !allAfter)
            return std::nullopt;
        before.allSubjectsN = *allBefore;
        after.allSubjectsN = *allAfter;
    }
    impact.before = metricValue(before, metric);
    impact.after = metricValue(after, metric);
    if (impact.before && impact.after)
        impact.change = *impact.after - *impact.before;
    impact.volumeBefore = before.n;
    impact.volumeAfter = after.n;
    return impact;
}

} // namespace seance
