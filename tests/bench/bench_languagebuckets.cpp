// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's language filter on a 1M-post workspace (20 tokens, 2 years): sentiment_buckets hold no language,
// so a filtered series is folded from the raw posts (languageBucketRange), classifying each post with
// seance_post_language(). Baseline in the same run: the unfiltered series from the buckets (BucketQuery::range),
// the path "all languages" keeps. A copy of the synthetic workspace gets a language mix first: 10 % tagged ko,
// 10 % tagged ja, 10 % untagged Hangul (detected by script), the rest untagged Latin.
#include "benchtiming.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/languagebuckets.h"
#include "models/storage/database.h"
#include "syntheticworkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace seance;

namespace {

constexpr qint64 postCount = 1'000'000;
constexpr int tokenCount = 20;
constexpr int runs = 7;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const bench::SyntheticWorkspace synthetic = bench::syntheticWorkspace(postCount, tokenCount, &error);
    if (synthetic.path.isEmpty()) {
        std::fprintf(stderr, "synthetic workspace: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("languages.seance"));
    if (!QFile::copy(synthetic.path, path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(synthetic.path));
        return 1;
    }
    Database db;
    if (!db.open(path, &error, Database::Check::Skip) ||
        !execSql(db.handle(),
                 "UPDATE posts SET lang = CASE id % 10 WHEN 1 THEN 'ko' WHEN 2 THEN 'ja' ELSE NULL END, "
                 "text = CASE WHEN id % 10 = 3 THEN '떡상 가즈아 진짜 좋아요 ' || id ELSE text END",
                 &error)) {
        std::fprintf(stderr, "language mix: %s\n", qPrintable(error));
        return 1;
    }
    const TimeRange all{1'704'067'200'000, 1'704'067'200'000 + 731 * dayMs};
    BucketQuery query(db);
    const QString loudest = QStringLiteral("token-0");
    qint64 rows = 0;
    const double buckets = bench::medianSeconds(runs, [&] {
        rows =
            query
                .range(SubjectKind::Token, loudest, Granularity::Day, all.from, all.to, BucketQuery::ShareOfVoice::Skip)
                .value_or(QList<BucketRow>())
                .size();
    });
    qint64 tokenPosts = 0;
    for (const BucketRow& row :
         query.range(SubjectKind::Token, loudest, Granularity::Day, all.from, all.to).value_or(QList<BucketRow>()))
        tokenPosts += row.sums.n;
    qint64 koreanPosts = 0;
    const double oneToken = bench::medianSeconds(runs, [&] {
        koreanPosts = 0;
        const auto korean = languageBucketRange(db, SubjectKind::Token, loudest, Granularity::Day, all.from, all.to,
                                                PostLanguage::Korean, BucketQuery::ShareOfVoice::Skip);
        for (const BucketRow& row : korean.value_or(QList<BucketRow>()))
            koreanPosts += row.sums.n;
    });
    const double oneTokenShare = bench::medianSeconds(runs, [&] {
        languageBucketRange(db, SubjectKind::Token, loudest, Granularity::Day, all.from, all.to, PostLanguage::Korean,
                            BucketQuery::ShareOfVoice::Include);
    });
    const double month = bench::medianSeconds(runs, [&] {
        languageBucketRange(db, SubjectKind::Token, loudest, Granularity::Day, all.from, all.from + 30 * dayMs,
                            PostLanguage::Korean, BucketQuery::ShareOfVoice::Skip);
    });
    const double everyToken = bench::medianSeconds(3, [&] {
        for (int t = 0; t < tokenCount; ++t)
            languageBucketRange(db, SubjectKind::Token, QStringLiteral("token-%1").arg(t), Granularity::Day, all.from,
                                all.to, PostLanguage::Japanese, BucketQuery::ShareOfVoice::Skip);
    });
    std::printf("language filter, %lld posts, %d tokens; %s has %lld posts (%lld Korean), %lld daily buckets\n",
                static_cast<long long>(postCount), tokenCount, qPrintable(loudest), static_cast<long long>(tokenPosts),
                static_cast<long long>(koreanPosts), static_cast<long long>(rows));
    std::printf("  baseline, buckets (all languages), 2 years daily:     %8.3f ms median of %d\n", buckets * 1e3, runs);
    std::printf("  Korean from posts, 2 years daily:                    %8.3f ms\n", oneToken * 1e3);
    std::printf("  Korean from posts, 2 years daily, share of voice:    %8.3f ms\n", oneTokenShare * 1e3);
    std::printf("  Korean from posts, 30 days daily:                    %8.3f ms\n", month * 1e3);
    std::printf("  Japanese from posts, all %d tokens (every post):     %8.3f ms median of 3\n", tokenCount,
                everyToken * 1e3);
    return 0;
}
