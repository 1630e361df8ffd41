// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/bucketquery.h"

#include <algorithm>
#include <optional>

namespace seance {

// The daily buckets a token summary reads: the trend's days, and at least the 14 of the 7-day change.
inline constexpr int tokenSummaryDays = std::max(TokenSummary::trendDays, 14);

// Share of voice's denominators over the 7 days ending with the latest day and the 7 before them.
struct SummaryVolumes
{
    qint64 recent = 0;
    qint64 earlier = 0;
};

// Fills a summary whose latestDay is set from its daily rows over the tokenSummaryDays days ending with it:
// the latest value, the 7-day change, the 7-day volume and the trend. The one arithmetic of the token table's
// columns, for the buckets (BucketQuery::tokenSummaries) and for one language's posts (languageTokenSummaries).
void summarizeDays(TokenSummary& summary, const QList<BucketRow>& rows, Metric metric,
                   const std::optional<SummaryVolumes>& allSubjects);

} // namespace seance
