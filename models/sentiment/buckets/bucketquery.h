// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/timerange.h"

#include "models/sentiment/buckets/metrics.h"
#include "models/time/granularity.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace seance {

class Database;

struct BucketRow
{
    qint64 start = 0; // UTC ms
    BucketSums sums;
};

// [from, to) in UTC ms.
// One row of the token browser.
struct TokenSummary
{
    QString tokenId;
    std::optional<qint64> latestDay;  // start of the newest daily bucket with posts; empty: no posts
    std::optional<double> latest;     // the metric on that day
    std::optional<double> change7d;   // the metric over the 7 days ending with latestDay minus the 7 days before
    qint64 volume7d = 0;              // posts in the 7 days ending with latestDay
    // The metric per day over the trendDays days ending with latestDay, oldest first; NaN where a day has no
    // value (no posts, or all unscored), but 0 for the post counts. Empty when there are no posts.
    QList<double> trend;

    static constexpr int trendDays = 30;
};

// Reads sentiment_buckets through its primary key (subject_kind, subject_id, granularity, bucket_start), so a
// query costs the buckets it returns and never touches raw posts. Statements are prepared once and reused;
// use the object on the thread that owns the Database.
class BucketQuery final
{
public:
    enum class ShareOfVoice { Include, Skip };

    explicit BucketQuery(const Database& db);
    ~BucketQuery();
    BucketQuery(const BucketQuery&) = delete;
    BucketQuery& operator=(const BucketQuery&) = delete;

    // The subject's buckets with start in [from, to), ascending; buckets without posts are absent.
    // With ShareOfVoice::Include each row's allSubjectsN holds the volume of all subjects of the same kind
    // in that bucket (one more query); with Skip it stays 0.
    std::optional<QList<BucketRow>> range(SubjectKind kind, const QString& subjectId, Granularity granularity,
                                          qint64 from, qint64 to, ShareOfVoice shareOfVoice = ShareOfVoice::Include,
                                          QString* error = nullptr);

    // The volume of every subject of `kind` in buckets starting in [from, to): the denominator of share of
    // voice over a window of several buckets, including those where the subject itself had no posts.
    std::optional<qint64> totalVolume(SubjectKind kind, Granularity granularity, qint64 from, qint64 to,
                                      QString* error = nullptr);

    // From the first bucket's start to the end of the last one; empty when the subject has no buckets.
    std::optional<TimeRange> fullRange(SubjectKind kind, const QString& subjectId, Granularity granularity,
                                       QString* error = nullptr);

    // Every token in the catalogue, by id, with its latest daily value and 7-day change of `metric`.
    std::optional<QList<TokenSummary>> tokenSummaries(Metric metric = Metric::Mean, QString* error = nullptr);

private:
    enum Statement {
        SubjectRange,
        TokenVolumes,
        NarrativeVolumes,
        TokenTotal,
        NarrativeTotal,
        Extent,
        LatestDays,
        StatementCount
    };
    sqlite3_stmt* statement(Statement which, QString* error);
    bool fail(QString* error) const;

    sqlite3* m_handle;
    std::array<sqlite3_stmt*, StatementCount> m_statements{};
};

} // namespace seance
