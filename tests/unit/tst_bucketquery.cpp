// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/bucketquery.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace seance;

namespace {

constexpr qint64 start2025 = 1'759'276'800'000; // 2025-10-01T00:00Z, a Wednesday

// What a bucket's posts add up to, recomputed from raw rows with formulas written out independently.
struct Raw
{
    qint64 n = 0;
    qint64 scored = 0;
    qint64 pos = 0;
    qint64 neg = 0;
    qint64 unscored = 0;
    double sum = 0;
    double weight = 0;
    double weighted = 0;
    qint64 all = 0;

    std::optional<double> value(Metric metric) const
    {
        switch (metric) {
        case Metric::Mean:
            return scored ? std::optional(sum / double(scored)) : std::nullopt;
        case Metric::Weighted:
            return scored ? std::optional(weighted / weight) : std::nullopt;
        case Metric::PositiveShare:
            return pos + neg ? std::optional(100.0 * double(pos) / double(pos + neg)) : std::nullopt;
        case Metric::Volume:
            return double(n);
        case Metric::ShareOfVoice:
            return all ? std::optional(100.0 * double(n) / double(all)) : std::nullopt;
        case Metric::Unscored:
            return double(unscored);
        }
        return std::nullopt;
    }
};

struct RawPost
{
    qint64 t;
    QString token;
    QString narrative;
    qint64 engagement;
    std::optional<double> compound;
};

// Positive times only, so plain integer division floors.
qint64 rawBucket(qint64 t, Granularity g)
{
    switch (g) {
    case Granularity::Hour:
        return t / 3'600'000 * 3'600'000;
    case Granularity::Day:
        return t / 86'400'000 * 86'400'000;
    case Granularity::Week: {
        const qint64 monday = 4 * 86'400'000; // 1970-01-05 was a Monday
        return (t - monday) / (7 * 86'400'000) * (7 * 86'400'000) + monday;
    }
    }
    return 0;
}

bool close(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
}

const Metric allMetrics[] = {Metric::Mean,   Metric::Weighted,     Metric::PositiveShare,
                             Metric::Volume, Metric::ShareOfVoice, Metric::Unscored};

} // namespace

class TestBucketQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("buckets.seance"))));
        QVERIFY(execSql(m_db.handle(),
                        "INSERT INTO tokens (id, name, symbol, chain) VALUES "
                        "('t1', 'One', 'ONE', 'x'), ('t2', 'Two', 'TWO', 'x'), ('t3', 'Three', 'THR', 'x'), "
                        "('quiet', 'Quiet', 'QT', 'x');"
                        "INSERT INTO narratives (id, title) VALUES ('n1', 'N1'), ('n2', 'N2');"));
        QRandomGenerator random(20251001);
        const QStringList tokens = {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")};
        const QStringList narratives = {QStringLiteral("n1"), QStringLiteral("n2")};
        // The edges of the neutral band and zero must land on the right side.
        const double special[] = {0.05, -0.05, 0.0499, -0.0499, 0.0};
        for (int i = 0; i < 4000; ++i) {
            RawPost post;
            // Quadratic spread: dense early, sparse late, so some hours and days are empty.
            const double u = random.generateDouble();
            post.t = start2025 - 3 * 86'400'000 + qint64(u * u * 24 * 86'400'000.0);
            const int who = int(random.bounded(10));
            if (who < 8)
                post.token = tokens.at(int(random.bounded(3)) == 0 ? 0 : int(random.bounded(3)));
            if (who >= 6)
                post.narrative = narratives.at(int(random.bounded(2)));
            post.engagement = random.bounded(5) == 0 ? qint64(random.bounded(100000)) : qint64(random.bounded(20));
            const int kind = int(random.bounded(20));
            if (kind == 0)
                post.compound = std::nullopt;
            else if (kind == 1)
                post.compound = special[random.bounded(5)];
            else
                post.compound = random.generateDouble() * 2 - 1;
            m_posts.append(post);
        }
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        for (const RawPost& raw : std::as_const(m_posts)) {
            PostRecord post;
            post.tokenId = raw.token;
            post.narrativeId = raw.narrative;
            post.postedAt = raw.t;
            post.text = QStringLiteral("x");
            post.engagement = raw.engagement;
            post.compound = raw.compound;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit(&error));
        // Every answer below must come from the buckets alone.
        QVERIFY(execSql(m_db.handle(), "DELETE FROM posts"));
    }

    void rangeMatchesRawPosts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const char* names[] = {"hour", "day", "week"};
        for (int g = 0; g < 3; ++g) {
            for (const char* subject : {"t1", "t2", "t3", "n1", "n2"}) {
                const int kind = subject[0] == 'n' ? 1 : 0;
                QTest::addRow("%s %s everything", subject, names[g])
                    << kind << QString::fromLatin1(subject) << g << start2025 - 30 * dayMs << start2025 + 60 * dayMs;
                // A window that starts and ends inside buckets: only buckets starting in it count.
                QTest::addRow("%s %s window", subject, names[g])
                    << kind << QString::fromLatin1(subject) << g << start2025 + 7 * hourMs + 123
                    << start2025 + 9 * dayMs + 5;
            }
        }
        QTest::newRow("empty range") << 0 << QStringLiteral("t1") << 1 << start2025 << start2025;
        QTest::newRow("token without posts") << 0 << QStringLiteral("quiet") << 1 << qint64(0) << start2025 * 2;
        QTest::newRow("narrative id is not a token id") << 0 << QStringLiteral("n1") << 1 << qint64(0) << start2025 * 2;
    }
    void rangeMatchesRawPosts()
    {
        QFETCH(int, kind);
        QFETCH(QString, subject);
        QFETCH(int, granularity);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const auto g = Granularity(granularity);
        const bool isToken = kind == 0;

        std::map<qint64, Raw> expected;
        std::map<qint64, qint64> all;
        for (const RawPost& post : std::as_const(m_posts)) {
            const qint64 bucket = rawBucket(post.t, g);
            if (bucket < from || bucket >= to)
                continue;
            const QString& id = isToken ? post.token : post.narrative;
            if (!id.isEmpty())
                ++all[bucket];
            if (id != subject)
                continue;
            Raw& raw = expected[bucket];
            ++raw.n;
            if (!post.compound) {
                ++raw.unscored;
                continue;
            }
            const double c = *post.compound;
            const double w = 1.0 + std::log1p(double(post.engagement));
            ++raw.scored;
            raw.pos += c >= 0.05;
            raw.neg += c <= -0.05;
            raw.sum += c;
            raw.weight += w;
            raw.weighted += w * c;
        }
        for (auto& [bucket, raw] : expected)
            raw.all = all[bucket];

        BucketQuery query(m_db);
        QString error;
        const auto rows =
            query.range(SubjectKind(kind), subject, g, from, to, BucketQuery::ShareOfVoice::Include, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(qsizetype(rows->size()), qsizetype(expected.size()));
        auto want = expected.cbegin();
        for (const BucketRow& row : *rows) {
            QCOMPARE(row.start, want->first);
            QCOMPARE(row.sums.n, want->second.n);
            QCOMPARE(row.sums.allSubjectsN, want->second.all);
            for (const Metric metric : allMetrics) {
                const auto got = metricValue(row.sums, metric);
                const auto ref = want->second.value(metric);
                QVERIFY2(close(got, ref), qPrintable(QStringLiteral("%1 at %2: %3 vs %4")
                                                         .arg(metricName(metric))
                                                         .arg(row.start)
                                                         .arg(got.value_or(-999))
                                                         .arg(ref.value_or(-999))));
            }
            ++want;
        }
        // Skipping share of voice changes nothing else.
        const auto plain = query.range(SubjectKind(kind), subject, g, from, to, BucketQuery::ShareOfVoice::Skip);
        QVERIFY(plain);
        QCOMPARE(plain->size(), rows->size());
        for (qsizetype i = 0; i < plain->size(); ++i) {
            QCOMPARE(plain->at(i).sums.allSubjectsN, 0);
            QCOMPARE(plain->at(i).sums.n, rows->at(i).sums.n);
        }
    }

    void shareOfVoiceSumsToHundred_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("granularity");
        QTest::newRow("tokens hourly") << 0 << 0;
        QTest::newRow("tokens daily") << 0 << 1;
        QTest::newRow("tokens weekly") << 0 << 2;
        QTest::newRow("narratives daily") << 1 << 1;
    }
    void shareOfVoiceSumsToHundred()
    {
        QFETCH(int, kind);
        QFETCH(int, granularity);
        const QStringList subjects = kind == 0 ? QStringList{QStringLiteral("t1"), QStringLiteral("t2"),
                                                             QStringLiteral("t3"), QStringLiteral("quiet")}
                                               : QStringList{QStringLiteral("n1"), QStringLiteral("n2")};
        BucketQuery query(m_db);
        std::map<qint64, double> total;
        for (const QString& subject : subjects) {
            const auto rows = query.range(SubjectKind(kind), subject, Granularity(granularity), 0, start2025 * 2);
            QVERIFY(rows);
            for (const BucketRow& row : *rows)
                total[row.start] += *metricValue(row.sums, Metric::ShareOfVoice);
        }
        QVERIFY(total.size() > 3);
        for (const auto& [start, sum] : total)
            QVERIFY2(std::fabs(sum - 100.0) < 1e-9, qPrintable(QString::number(sum)));
    }

    void fullRange()
    {
        BucketQuery query(m_db);
        for (int g = 0; g < 3; ++g) {
            qint64 first = std::numeric_limits<qint64>::max();
            qint64 last = std::numeric_limits<qint64>::min();
            for (const RawPost& post : std::as_const(m_posts)) {
                if (post.token == QLatin1String("t2")) {
                    first = std::min(first, rawBucket(post.t, Granularity(g)));
                    last = std::max(last, rawBucket(post.t, Granularity(g)));
                }
            }
            const auto extent = query.fullRange(SubjectKind::Token, QStringLiteral("t2"), Granularity(g));
            QVERIFY(extent);
            QCOMPARE(extent->from, first);
            QCOMPARE(extent->to, last + granularityLength(Granularity(g)));
        }
        QString error = QStringLiteral("stale");
        QVERIFY(!query.fullRange(SubjectKind::Token, QStringLiteral("quiet"), Granularity::Day, &error));
        QVERIFY(error.isEmpty()); // no buckets is not an error
    }

    void tokenSummaries_data()
    {
        QTest::addColumn<int>("metric");
        for (const Metric metric : allMetrics)
            QTest::newRow(qPrintable(metricName(metric))) << int(metric);
    }
    void tokenSummaries()
    {
        QFETCH(int, metric);
        BucketQuery query(m_db);
        QString error;
        const auto summaries = query.tokenSummaries(Metric(metric), &error);
        QVERIFY2(summaries, qPrintable(error));
        QCOMPARE(summaries->size(), 4);
        QCOMPARE(summaries->at(0).tokenId, QStringLiteral("quiet"));
        QVERIFY(!summaries->at(0).latestDay);
        QVERIFY(!summaries->at(0).change7d);
        for (const TokenSummary& summary : *summaries) {
            if (summary.tokenId == QLatin1String("quiet"))
                continue;
            qint64 latestDay = 0;
            for (const RawPost& post : std::as_const(m_posts))
                if (post.token == summary.tokenId)
                    latestDay = std::max(latestDay, rawBucket(post.t, Granularity::Day));
            QCOMPARE(summary.latestDay.value_or(-1), latestDay);
            auto window = [&](qint64 from, qint64 to) {
                Raw raw;
                for (const RawPost& post : std::as_const(m_posts)) {
                    if (post.t < from || post.t >= to)
                        continue;
                    raw.all += post.token.isEmpty() ? 0 : 1;
                    if (post.token != summary.tokenId)
                        continue;
                    ++raw.n;
                    if (!post.compound) {
                        ++raw.unscored;
                        continue;
                    }
                    const double w = 1.0 + std::log1p(double(post.engagement));
                    ++raw.scored;
                    raw.pos += *post.compound >= 0.05;
                    raw.neg += *post.compound <= -0.05;
                    raw.sum += *post.compound;
                    raw.weight += w;
                    raw.weighted += w * *post.compound;
                }
                return raw;
            };
            const Raw today = window(latestDay, latestDay + dayMs);
            const Raw recent = window(latestDay - 6 * dayMs, latestDay + dayMs);
            const Raw earlier = window(latestDay - 13 * dayMs, latestDay - 6 * dayMs);
            QCOMPARE(summary.volume7d, recent.n);
            QVERIFY(close(summary.latest, today.value(Metric(metric))));
            const auto a = recent.value(Metric(metric));
            const auto b = earlier.value(Metric(metric));
            QVERIFY(close(summary.change7d, a && b ? std::optional(*a - *b) : std::nullopt));
            // The trend: one value per day, the newest last, each the brute-force value of its day or a gap.
            QCOMPARE(summary.trend.size(), TokenSummary::trendDays);
            for (int i = 0; i < TokenSummary::trendDays; ++i) {
                const qint64 day = latestDay - qint64(TokenSummary::trendDays - 1 - i) * dayMs;
                const auto expected = window(day, day + dayMs).value(Metric(metric));
                const double got = summary.trend.at(i);
                QVERIFY2(close(std::isnan(got) ? std::nullopt : std::optional(got), expected),
                         qPrintable(QStringLiteral("%1 day %2").arg(summary.tokenId).arg(i)));
            }
            QVERIFY(!std::isnan(summary.trend.last()) || !today.value(Metric(metric)));
        }
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<RawPost> m_posts;
};

QTEST_GUILESS_MAIN(TestBucketQuery)
#include "tst_bucketquery.moc"
