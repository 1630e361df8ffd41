// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Range queries over sentiment_buckets at the scale of a 10M-post database. The bucket rows are written
// directly, as PostWriter would have folded 10M posts (2 years × 20 tokens + 3 narratives): building them
// from 10M generated posts would take minutes and exercise the importer, not the query. The baselines in
// the same run are an empty range (the fixed cost of a call) and the same daily series computed by a
// GROUP BY over raw posts, on a 1M-post sample that also gets its buckets through PostWriter.
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/eventimpact.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"
#include "syntheticbuckets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace seance;

namespace {

constexpr int tokenCount = 20;
constexpr int narrativeCount = 3;
constexpr qint64 begin = 1'704'067'200'000; // 2024-01-01T00:00Z, a Monday
constexpr int days = 730;
constexpr qint64 postTarget = 10'000'000;
constexpr int iterations = 201;

bool addCatalogue(Database& db)
{
    for (int i = 0; i < tokenCount; ++i) {
        const QByteArray sql = "INSERT INTO tokens (id, name, symbol, chain) VALUES ('token-" + QByteArray::number(i)
                               + "', 'Token', 'T', 'x')";
        if (!execSql(db.handle(), sql.constData()))
            return false;
    }
    for (int i = 0; i < narrativeCount; ++i) {
        const QByteArray sql =
            "INSERT INTO narratives (id, title) VALUES ('narrative-" + QByteArray::number(i) + "', 'N')";
        if (!execSql(db.handle(), sql.constData()))
            return false;
    }
    return true;
}

// Hourly sums for every subject, with a popularity skew between subjects and a daily rhythm, summed up
// into days and weeks exactly as PostWriter folds posts. Returns the number of posts represented.
qint64 writeBuckets(Database& db)
{
    bench::SyntheticBucketWriter writer(db);
    bench::BenchRandom random(7);
    qint64 total = 0;
    // Zipf-like weights: token-0 is the loudest.
    double weightSum = 0;
    for (int i = 0; i < tokenCount; ++i)
        weightSum += 1.0 / (i + 1);
    for (int kind = 0; kind < 2; ++kind) {
        const int subjects = kind == 0 ? tokenCount : narrativeCount;
        for (int s = 0; s < subjects; ++s) {
            const QByteArray id = (kind == 0 ? "token-" : "narrative-") + QByteArray::number(s);
            const double share = kind == 0 ? (1.0 / (s + 1)) / weightSum : 0.1;
            const double perHour = postTarget * share / (days * 24.0);
            writer.writeHours(kind, id, begin, days * 24, [&](int h) {
                const double rhythm = 0.6 + 0.8 * (0.5 + 0.5 * std::sin(2 * M_PI * (h % 24) / 24.0));
                BucketSums hour;
                hour.n = qint64(std::llround(perHour * rhythm * (0.5 + random.uniform())));
                hour.nUnscored = hour.n / 30;
                hour.nScored = hour.n - hour.nUnscored;
                hour.nPos = qint64(double(hour.nScored) * (0.3 + 0.3 * random.uniform()));
                hour.nNeg = qint64(double(hour.nScored - hour.nPos) * 0.5 * random.uniform());
                hour.sumCompound = double(hour.nScored) * (random.uniform() - 0.4) * 0.5;
                hour.sumWeight = double(hour.nScored) * 3.2;
                hour.sumWeightedCompound = hour.sumCompound * 3.3;
                if (kind == 0)
                    total += hour.n;
                return hour;
            });
        }
    }
    return total;
}

struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing measure(const std::function<void()>& call, int count)
{
    for (int i = 0; i < 3; ++i)
        call();
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        const auto start = std::chrono::steady_clock::now();
        call();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 95 / 100]};
}

// Takes the call itself, so the row count is read after the calls ran.
void report(const char* what, const std::function<void()>& call, const qsizetype& rows, const char* note = "",
            Timing* result = nullptr, int count = iterations)
{
    const Timing timing = measure(call, count);
    if (result)
        *result = timing;
    std::printf("    %-40s %8.3f ms median  %8.3f ms p95  %6lld rows  %s\n", what, timing.median, timing.p95,
                static_cast<long long>(rows), note);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("buckets.seance"));
    Database db;
    QString error;
    if (!dir.isValid() || !db.open(path, &error) || !addCatalogue(db)) {
        std::fprintf(stderr, "bench_bucketquery: %s\n", qPrintable(error));
        return 1;
    }
    const auto buildStart = std::chrono::steady_clock::now();
    qint64 posts = 0;
    {
        Transaction transaction(db);
        posts = writeBuckets(db);
        if (!transaction.commit(&error)) {
            std::fprintf(stderr, "bench_bucketquery: %s\n", qPrintable(error));
            return 1;
        }
    }
    execSql(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
    const double buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count();
    qint64 bucketRows = 0;
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db.handle(), "SELECT count(*) FROM sentiment_buckets", -1, &stmt, nullptr);
        sqlite3_step(stmt);
        bucketRows = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    std::printf("bench_bucketquery: sentiment_buckets rows written directly for %lld token posts (plus narratives)\n"
                "  over %d days x %d tokens + %d narratives: %lld rows, %.1f MB file, built in %.1f s;\n"
                "  median and p95 of %d calls on one BucketQuery (target <= 10 ms)\n",
                posts, days, tokenCount, narrativeCount, bucketRows, QFileInfo(path).size() / 1e6, buildSeconds,
                iterations);

    BucketQuery query(db);
    const QString token = QStringLiteral("token-0");
    const qint64 end = begin + qint64(days) * dayMs;
    qsizetype rows = 0;
    auto range = [&](Granularity g, qint64 from, qint64 to, BucketQuery::ShareOfVoice sov) {
        return [&, g, from, to, sov] { rows = query.range(SubjectKind::Token, token, g, from, to, sov)->size(); };
    };
    std::printf("  %s, the loudest token:\n", qPrintable(token));
    using SoV = BucketQuery::ShareOfVoice;
    Timing day90;
    Timing fullDaily;
    Timing hour30;
    report("daily, 90 days, with share of voice", range(Granularity::Day, end - 90 * dayMs, end, SoV::Include), rows,
           "", &day90);
    report("daily, 90 days, without", range(Granularity::Day, end - 90 * dayMs, end, SoV::Skip), rows);
    report("daily, full range (fullRange + range)", [&] {
        const auto extent = query.fullRange(SubjectKind::Token, token, Granularity::Day);
        rows = query.range(SubjectKind::Token, token, Granularity::Day, extent->from, extent->to)->size();
    }, rows, "with share of voice", &fullDaily);
    report("daily, full range, without", range(Granularity::Day, begin, end, SoV::Skip), rows);
    report("hourly, 30 days, with share of voice", range(Granularity::Hour, end - 30 * dayMs, end, SoV::Include), rows,
           "", &hour30);
    report("hourly, 30 days, without", range(Granularity::Hour, end - 30 * dayMs, end, SoV::Skip), rows);
    report("hourly, full range, with share of voice", range(Granularity::Hour, begin, end, SoV::Include), rows,
           "(beyond a chart's needs)");
    report("weekly, full range, with share of voice", range(Granularity::Week, begin, end, SoV::Include), rows);
    const qsizetype one = 1;
    report("fullRange() alone", [&] { query.fullRange(SubjectKind::Token, token, Granularity::Hour); }, one);
    report("tokenSummaries(), all 20 tokens", [&] { rows = query.tokenSummaries()->size(); }, rows);
    report("eventImpact(), 7 days, share of voice", [&] {
        eventImpact(query, SubjectKind::Token, token, end - 30 * dayMs, Metric::ShareOfVoice);
    }, one);
    std::printf("  baselines:\n");
    report("empty range (fixed cost of a call)", range(Granularity::Day, 0, dayMs, SoV::Include), rows);

    // The same daily series straight from raw posts, on a smaller sample.
    const QString samplePath = dir.filePath(QStringLiteral("raw.seance"));
    Database sample;
    if (!sample.open(samplePath, &error) || !addCatalogue(sample)) {
        std::fprintf(stderr, "bench_bucketquery: %s\n", qPrintable(error));
        return 1;
    }
    constexpr qint64 samplePosts = 1'000'000;
    {
        Transaction transaction(sample);
        PostWriter writer(sample);
        writer.prepare(&error);
        bench::BenchRandom random(11);
        PostView post;
        std::string tokenIds[tokenCount];
        for (int i = 0; i < tokenCount; ++i)
            tokenIds[i] = "token-" + std::to_string(i);
        post.text = "x";
        for (qint64 i = 0; i < samplePosts; ++i) {
            post.postedAt = begin + qint64(double(days) * dayMs * double(i) / samplePosts);
            // The same skew as the buckets: token-0 gets about 28% of the posts.
            double pick = random.uniform() * 3.5977;
            int t = 0;
            while (t < tokenCount - 1 && (pick -= 1.0 / (t + 1)) > 0)
                ++t;
            post.tokenId = tokenIds[t];
            post.compound = random.uniform() * 2 - 1;
            post.engagement = qint64(random.next() % 50);
            writer.insert(post, &error);
        }
        writer.flushBuckets(&error);
        transaction.commit(&error);
    }
    BucketQuery sampleQuery(sample);
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(sample.handle(),
                       "SELECT posted_at / 86400000, count(*), avg(compound) FROM posts WHERE token_id = ?1 "
                       "AND posted_at >= ?2 AND posted_at < ?3 GROUP BY 1 ORDER BY 1",
                       -1, &raw, nullptr);
    const QByteArray tokenUtf8 = token.toUtf8();
    auto rawScan = [&](qint64 from, qint64 to) {
        return [&, from, to] {
            sqlite3_bind_text(raw, 1, tokenUtf8.constData(), int(tokenUtf8.size()), SQLITE_STATIC);
            sqlite3_bind_int64(raw, 2, from);
            sqlite3_bind_int64(raw, 3, to);
            rows = 0;
            while (sqlite3_step(raw) == SQLITE_ROW)
                ++rows;
            sqlite3_reset(raw);
        };
    };
    std::printf("  on a %lld-post sample with raw posts (%.1f MB file):\n", samplePosts,
                QFileInfo(samplePath).size() / 1e6);
    report("raw GROUP BY, daily, 90 days", rawScan(end - 90 * dayMs, end), rows, "(11 calls; grows with the posts)",
           nullptr, 11);
    report("raw GROUP BY, daily, full range", rawScan(begin, end), rows, "(11 calls; grows with the posts)", nullptr,
           11);
    report("buckets, daily, 90 days, same sample", [&] {
        rows = sampleQuery.range(SubjectKind::Token, token, Granularity::Day, end - 90 * dayMs, end)->size();
    }, rows);
    sqlite3_finalize(raw);
    const bool met = day90.median <= 10 && fullDaily.median <= 10 && hour30.median <= 10;
    std::printf("  result: %s\n", met ? "meets the 10 ms target" : "MISSES the 10 ms target");
    return 0;
}
