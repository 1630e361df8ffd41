// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/languagebuckets.h"

#include "models/sentiment/buckets/tokensummarydays.h"
#include "models/storage/database.h"
#include "models/storage/poststore.h"

#include <QCoreApplication>

#include <map>

namespace seance {
namespace {

struct LanguageBucketsText
{
    Q_DECLARE_TR_FUNCTIONS(seance::LanguageBuckets)
};

bool failed(SqlStatement& statement, QString* error)
{
    if (error)
        *error = LanguageBucketsText::tr("Cannot read the posts of one language: %1").arg(statement.errorMessage());
    return false;
}

// Posts in the language about tokens, counted once per token they are about, in [from, to).
std::optional<qint64> languageVolume(const PostStore& store, PostLanguage language, qint64 from, qint64 to,
                                     QString* error)
{
    SqlStatement volumes = store.subjectVolumesInLanguage(SubjectKind::Token);
    volumes.bindInt64(1, from);
    volumes.bindInt64(2, to);
    volumes.bindInt64(3, int(language));
    qint64 total = 0;
    while (volumes.next())
        total += volumes.int64(1);
    if (!volumes.isValid() || volumes.failed()) {
        failed(volumes, error);
        return std::nullopt;
    }
    return total;
}

} // namespace

std::optional<QList<BucketRow>> languageBucketRange(const Database& db, SubjectKind kind, const QString& subjectId,
                                                    Granularity granularity, qint64 from, qint64 to,
                                                    PostLanguage language, BucketQuery::ShareOfVoice shareOfVoice,
                                                    QString* error)
{
    if (!registerPostLanguageFunction(db.handle())) {
        if (error)
            *error = LanguageBucketsText::tr("Cannot filter posts by language on this connection.");
        return std::nullopt;
    }
    const PostStore store(db);
    std::map<qint64, BucketSums> buckets; // by start, ascending
    SqlStatement posts = store.subjectPostsInLanguage(kind);
    posts.bindText(1, subjectId);
    posts.bindInt64(2, from);
    posts.bindInt64(3, to);
    posts.bindInt64(4, int(language));
    while (posts.next()) {
        const std::optional<double> compound = posts.isNull(1) ? std::nullopt : std::optional<double>(posts.real(1));
        buckets[bucketStart(posts.int64(0), granularity)].addPost(compound, engagementWeight(posts.int64(2)));
    }
    if (!posts.isValid() || posts.failed()) {
        failed(posts, error);
        return std::nullopt;
    }

    if (shareOfVoice == BucketQuery::ShareOfVoice::Include && !buckets.empty()) {
        SqlStatement volumes = store.subjectVolumesInLanguage(kind);
        volumes.bindInt64(1, buckets.begin()->first);
        volumes.bindInt64(2, buckets.rbegin()->first + granularityLength(granularity));
        volumes.bindInt64(3, int(language));
        while (volumes.next()) {
            const auto bucket = buckets.find(bucketStart(volumes.int64(0), granularity));
            if (bucket != buckets.end())
                bucket->second.allSubjectsN += volumes.int64(1);
        }
        if (!volumes.isValid() || volumes.failed()) {
            failed(volumes, error);
            return std::nullopt;
        }
    }
    QList<BucketRow> rows;
    rows.reserve(qsizetype(buckets.size()));
    for (const auto& [start, sums] : buckets)
        rows.append({start, sums});
    return rows;
}

std::optional<QList<TokenSummary>> languageTokenSummaries(const Database& db, Metric metric, PostLanguage language,
                                                          QString* error)
{
    // Every token with its latest day in any language, from the buckets; the values are read again below.
    auto summaries = BucketQuery(db).tokenSummaries(Metric::Volume, error);
    if (!summaries)
        return std::nullopt;
    const PostStore store(db);
    const auto shareOfVoice =
        metric == Metric::ShareOfVoice ? BucketQuery::ShareOfVoice::Include : BucketQuery::ShareOfVoice::Skip;
    for (TokenSummary& summary : *summaries) {
        summary = TokenSummary{summary.tokenId, summary.latestDay, {}, {}, 0, {}};
        if (!summary.latestDay)
            continue;
        const qint64 day = *summary.latestDay;
        const auto rows =
            languageBucketRange(db, SubjectKind::Token, summary.tokenId, Granularity::Day,
                                day - (tokenSummaryDays - 1) * dayMs, day + dayMs, language, shareOfVoice, error);
        if (!rows)
            return std::nullopt;
        std::optional<SummaryVolumes> all;
        if (metric == Metric::ShareOfVoice) {
            const auto recent = languageVolume(store, language, day - 6 * dayMs, day + dayMs, error);
            const auto earlier = languageVolume(store, language, day - 13 * dayMs, day - 6 * dayMs, error);
            if (!recent || !earlier)
                return std::nullopt;
            all = SummaryVolumes{*recent, *earlier};
        }
        summarizeDays(summary, *rows, metric, all);
    }
    return summaries;
}

} // namespace seance
