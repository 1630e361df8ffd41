// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/bucketquery.h"

#include "models/sentiment/buckets/tokensummarydays.h"
#include "models/storage/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace seance {
namespace {

// The denominator of share of voice reads one primary-key range per subject of the catalogue table
// (CROSS JOIN fixes that loop order; left alone, the planner walks the (granularity, bucket_start) index
// and looks every row up in the table, several times slower). The rows are summed into the subject's
// buckets in C++, which saves SQLite a temporary B-tree for GROUP BY.
constexpr const char* sql[] = {
    // SubjectRange
    "SELECT bucket_start, n, n_scored, n_pos, n_neg, n_unscored, sum_compound, sum_weight, sum_weighted_compound "
    "FROM sentiment_buckets WHERE subject_kind = ?1 AND subject_id = ?2 AND granularity = ?3 "
    "AND bucket_start >= ?4 AND bucket_start < ?5 ORDER BY bucket_start",
    // TokenVolumes
    "SELECT b.bucket_start, b.n FROM tokens AS s CROSS JOIN sentiment_buckets AS b "
    "ON b.subject_kind = 0 AND b.subject_id = s.id AND b.granularity = ?1 "
    "AND b.bucket_start >= ?2 AND b.bucket_start < ?3",
    // NarrativeVolumes
    "SELECT b.bucket_start, b.n FROM narratives AS s CROSS JOIN sentiment_buckets AS b "
    "ON b.subject_kind = 1 AND b.subject_id = s.id AND b.granularity = ?1 "
    "AND b.bucket_start >= ?2 AND b.bucket_start < ?3",
    // TokenTotal
    "SELECT total(b.n) FROM tokens AS s CROSS JOIN sentiment_buckets AS b "
    "ON b.subject_kind = 0 AND b.subject_id = s.id AND b.granularity = ?1 "
    "AND b.bucket_start >= ?2 AND b.bucket_start < ?3",
    // NarrativeTotal
    "SELECT total(b.n) FROM narratives AS s CROSS JOIN sentiment_buckets AS b "
    "ON b.subject_kind = 1 AND b.subject_id = s.id AND b.granularity = ?1 "
    "AND b.bucket_start >= ?2 AND b.bucket_start < ?3",
    // Extent
    "SELECT (SELECT bucket_start FROM sentiment_buckets WHERE subject_kind = ?1 AND subject_id = ?2 "
    "AND granularity = ?3 ORDER BY bucket_start LIMIT 1), "
    "(SELECT bucket_start FROM sentiment_buckets WHERE subject_kind = ?1 AND subject_id = ?2 "
    "AND granularity = ?3 ORDER BY bucket_start DESC LIMIT 1)",
    // LatestDays
    "SELECT s.id, (SELECT bucket_start FROM sentiment_buckets WHERE subject_kind = 0 AND subject_id = s.id "
    "AND granularity = 1 ORDER BY bucket_start DESC LIMIT 1) FROM tokens AS s ORDER BY s.id",
};

// Resets a statement when a query ends, however it ends, so the next use starts clean.
class Use
{
public:
    explicit Use(sqlite3_stmt* stmt)
        : m_stmt(stmt)
    {
    }
    ~Use()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

private:
    sqlite3_stmt* m_stmt;
};

} // namespace

BucketQuery::BucketQuery(const Database& db)
    : m_handle(db.handle())
{
}

BucketQuery::~BucketQuery()
{
    for (sqlite3_stmt* stmt : m_statements)
        sqlite3_finalize(stmt);
}

bool BucketQuery::fail(QString* error) const
{
    if (error)
        *error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("database is not open");
    return false;
}

sqlite3_stmt* BucketQuery::statement(Statement which, QString* error)
{
    sqlite3_stmt*& stmt = m_statements[which];
    if (!stmt && (!m_handle
                  || sqlite3_prepare_v3(m_handle, sql[which], -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
                         != SQLITE_OK)) {
        fail(error);
        return nullptr;
    }
    return stmt;
}

std::optional<QList<BucketRow>> BucketQuery::range(SubjectKind kind, const QString& subjectId,
                                                   Granularity granularity, qint64 from, qint64 to,
                                                   ShareOfVoice shareOfVoice, QString* error)
{
    sqlite3_stmt* stmt = statement(SubjectRange, error);
    if (!stmt)
        return std::nullopt;
    QList<BucketRow> rows;
    {
        const Use use(stmt);
        const QByteArray id = subjectId.toUtf8();
        sqlite3_bind_int(stmt, 1, static_cast<int>(kind));
        sqlite3_bind_text(stmt, 2, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, 3, static_cast<int>(granularity));
        sqlite3_bind_int64(stmt, 4, from);
        sqlite3_bind_int64(stmt, 5, to);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            BucketRow& row = rows.emplace_back();
            row.start = sqlite3_column_int64(stmt, 0);
            row.sums.n = sqlite3_column_int64(stmt, 1);
            row.sums.nScored = sqlite3_column_int64(stmt, 2);
            row.sums.nPos = sqlite3_column_int64(stmt, 3);
            row.sums.nNeg = sqlite3_column_int64(stmt, 4);
            row.sums.nUnscored = sqlite3_column_int64(stmt, 5);
            row.sums.sumCompound = sqlite3_column_double(stmt, 6);
            row.sums.sumWeight = sqlite3_column_double(stmt, 7);
            row.sums.sumWeightedCompound = sqlite3_column_double(stmt, 8);
        }
        if (rc != SQLITE_DONE) {
            fail(error);
            return std::nullopt;
        }
    }
    if (shareOfVoice == ShareOfVoice::Skip || rows.isEmpty())
        return rows;

    sqlite3_stmt* volumes = statement(kind == SubjectKind::Token ? TokenVolumes : NarrativeVolumes, error);
    if (!volumes)
        return std::nullopt;
    const Use use(volumes);
    sqlite3_bind_int(volumes, 1, static_cast<int>(granularity));
    // Only the span the subject has buckets in can matter.
    sqlite3_bind_int64(volumes, 2, rows.constFirst().start);
    sqlite3_bind_int64(volumes, 3, rows.constLast().start + 1);
    // Each subject's rows ascend by bucket start, so the search for the matching row resumes where the
    // previous one ended and only starts over when the next subject begins.
    auto row = rows.begin();
    qint64 previous = std::numeric_limits<qint64>::max();
    int rc;
    while ((rc = sqlite3_step(volumes)) == SQLITE_ROW) {
        const qint64 start = sqlite3_column_int64(volumes, 0);
        if (start < previous)
            row = std::lower_bound(rows.begin(), rows.end(), start,
                                   [](const BucketRow& r, qint64 t) { return r.start < t; });
        previous = start;
        while (row != rows.end() && row->start < start)
            ++row;
        if (row != rows.end() && row->start == start)
            row->sums.allSubjectsN += sqlite3_column_int64(volumes, 1);
    }
    if (rc != SQLITE_DONE) {
        fail(error);
        return std::nullopt;
    }
    return rows;
}

std::optional<qint64> BucketQuery::totalVolume(SubjectKind kind, Granularity granularity, qint64 from, qint64 to,
                                               QString* error)
{
    sqlite3_stmt* stmt = statement(kind == SubjectKind::Token ? TokenTotal : NarrativeTotal, error);
    if (!stmt)
        return std::nullopt;
    const Use use(stmt);
    sqlite3_bind_int(stmt, 1, static_cast<int>(granularity));
    sqlite3_bind_int64(stmt, 2, from);
    sqlite3_bind_int64(stmt, 3, to);
    if (sqlite3_step(stmt) != SQLITE_ROW) {
        fail(error);
        return std::nullopt;
    }
    return static_cast<qint64>(sqlite3_column_double(stmt, 0));
}

std::optional<TimeRange> BucketQuery::fullRange(SubjectKind kind, const QString& subjectId, Granularity granularity,
                                                QString* error)
{
    sqlite3_stmt* stmt = statement(Extent, error);
    if (!stmt)
        return std::nullopt;
    const Use use(stmt);
    const QByteArray id = subjectId.toUtf8();
    sqlite3_bind_int(stmt, 1, static_cast<int>(kind));
    sqlite3_bind_text(stmt, 2, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
    sqlite3_bind_int(stmt, 3, static_cast<int>(granularity));
    if (sqlite3_step(stmt) != SQLITE_ROW) {
        fail(error);
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (sqlite3_column_type(stmt, 0) == SQLITE_NULL)
        return std::nullopt;
    return TimeRange{sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1) + granularityLength(granularity)};
}

void summarizeDays(TokenSummary& summary, const QList<BucketRow>& rows, Metric metric,
                   const std::optional<SummaryVolumes>& allSubjects)
{
    const qint64 day = *summary.latestDay;
    BucketSums recent;
    BucketSums earlier;
    // A day without posts has no average, but it does have a count: zero.
    const bool countsPosts = metric == Metric::Volume || metric == Metric::Unscored;
    summary.trend.fill(countsPosts ? 0.0 : std::numeric_limits<double>::quiet_NaN(), TokenSummary::trendDays);
    const qint64 trendFirst = day - (TokenSummary::trendDays - 1) * dayMs;
    for (const BucketRow& row : rows) {
        if (row.start >= trendFirst)
            summary.trend[(row.start - trendFirst) / dayMs] =
                metricValue(row.sums, metric).value_or(std::numeric_limits<double>::quiet_NaN());
        if (row.start > day - 14 * dayMs)
            (row.start > day - 7 * dayMs ? recent : earlier) += row.sums;
        if (row.start == day)
            summary.latest = metricValue(row.sums, metric);
    }
    if (allSubjects) {
        recent.allSubjectsN = allSubjects->recent;
        earlier.allSubjectsN = allSubjects->earlier;
    }
    summary.volume7d = recent.n;
    const auto now = metricValue(recent, metric);
    const auto before = metricValue(earlier, metric);
    if (now && before)
        summary.change7d = *now - *before;
}

std::optional<QList<TokenSummary>> BucketQuery::tokenSummaries(Metric metric, QString* error)
{
    QList<TokenSummary> summaries;
    {
        sqlite3_stmt* stmt = statement(LatestDays, error);
        if (!stmt)
            return std::nullopt;
        const Use use(stmt);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            TokenSummary& summary = summaries.emplace_back();
            summary.tokenId = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                                                sqlite3_column_bytes(stmt, 0));
            if (sqlite3_column_type(stmt, 1) != SQLITE_NULL)
                summary.latestDay = sqlite3_column_int64(stmt, 1);
        }
        if (rc != SQLITE_DONE) {
            fail(error);
            return std::nullopt;
        }
    }
    const auto shareOfVoice = metric == Metric::ShareOfVoice ? ShareOfVoice::Include : ShareOfVoice::Skip;
    for (TokenSummary& summary : summaries) {
        if (!summary.latestDay)
            continue;
        const qint64 day = *summary.latestDay;
        const auto rows = range(SubjectKind::Token, summary.tokenId, Granularity::Day,
                                day - (tokenSummaryDays - 1) * dayMs, day + dayMs, shareOfVoice, error);
        if (!rows)
            return std::nullopt;
        std::optional<SummaryVolumes> all;
        if (metric == Metric::ShareOfVoice) {
            const auto recentAll =
                totalVolume(SubjectKind::Token, Granularity::Day, day - 6 * dayMs, day + dayMs, error);
            const auto earlierAll =
                totalVolume(SubjectKind::Token, Granularity::Day, day - 13 * dayMs, day - 6 * dayMs, error);
            if (!recentAll || !earlierAll)
                return std::nullopt;
            all = SummaryVolumes{*recentAll, *earlierAll};
        }
        summarizeDays(summary, *rows, metric, all);
    }
    return summaries;
}

} // namespace seance
