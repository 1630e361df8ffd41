// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/datarange.h"

#include "models/storage/eventstore.h"
#include "models/storage/poststore.h"
#include "models/time/granularity.h"

#include <QDateTime>

namespace seance {

TimeRange workspaceDataRange(const Database& db)
{
    return workspaceDataRange(db, QDateTime::currentMSecsSinceEpoch());
}

TimeRange workspaceDataRange(const Database& db, qint64 now)
{
    if (const std::optional<TimeRange> posts = PostStore(db).postedSpan())
        return {bucketStart(posts->from, Granularity::Day), bucketStart(posts->to - 1, Granularity::Day) + dayMs};
    // Events alone (a catalogue without posts yet): a week either side, so the first and last markers are not
    // drawn on the edge of the chart.
    if (const std::optional<TimeRange> events = EventStore(db).occurredSpan())
        return {events->from - 7 * dayMs, events->to - 1 + 7 * dayMs};
    return {now - 90 * dayMs, now};
}

} // namespace seance
