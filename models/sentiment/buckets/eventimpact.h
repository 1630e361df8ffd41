// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/bucketquery.h"

#include <QString>

#include <optional>

namespace seance {

// A metric over the N days before an event against the N days after it, from daily buckets. Buckets are
// whole UTC days, so the windows are aligned to the event's day: before = [day − N, day), after =
// [day, day + N), and the event's own day counts as "after". For an event at 00:00 UTC these are exactly
// [t − N days, t) and [t, t + N days).
struct EventImpact
{
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> change; // after − before; empty when either side is
    qint64 volumeBefore = 0;
    qint64 volumeAfter = 0;
    TimeRange beforeRange;
    TimeRange afterRange;
};

// Empty (with *error set) only when the query fails; no posts on a side gives an empty value there.
std::optional<EventImpact> eventImpact(BucketQuery& query, SubjectKind kind, const QString& subjectId,
                                       qint64 eventTime, Metric metric, int days = 7, QString* error = nullptr);

} // namespace seance
