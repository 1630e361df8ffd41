// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/buckets/eventimpact.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z

struct RawPost
{
    qint64 t;
    QString token;
    qint64 engagement;
    std::optional<double> compound;
};

bool close(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
}

} // namespace

class TestEventImpact : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("impact.seance"))));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES "
                                       "('ghost', 'Ghost', 'GHOST', 'x'), ('other', 'Other', 'OTH', 'x')"));
        QRandomGenerator random(17);
        for (int i = 0; i < 3000; ++i) {
            RawPost post;
            post.t = day0 - 20 * dayMs + qint64(random.bounded(40 * 86'400)) * 1000;
            // "ghost" gets louder and happier after day0; "other" stays flat.
            const bool after = post.t >= day0;
            post.token = random.bounded(after ? 5 : 3) == 0 ? QStringLiteral("other") : QStringLiteral("ghost");
            post.engagement = qint64(random.bounded(1000));
            if (random.bounded(15) == 0)
                post.compound = std::nullopt;
            else
                post.compound = std::clamp(random.generateDouble() * 1.6 - 0.8 +
                                               (after && post.token == QLatin1String("ghost") ? 0.3 : 0.0),
                                           -1.0, 1.0);
            m_posts.append(post);
        }
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        for (const RawPost& raw : std::as_const(m_posts)) {
            PostRecord post;
            post.tokenId = raw.token;
            post.postedAt = raw.t;
            post.text = QStringLiteral("x");
            post.engagement = raw.engagement;
            post.compound = raw.compound;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit(&error));
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<qint64>("event");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("metric");
        const std::pair<const char*, qint64> times[] = {{"midnight", day0},
                                                        {"mid-day (aligned to its day)", day0 + 13 * hourMs + 17},
                                                        {"early", day0 - 15 * dayMs}};
        for (const auto& [name, t] : times) {
            for (const int days : {7, 3, 30}) {
                for (const Metric metric : {Metric::Mean, Metric::Weighted, Metric::PositiveShare, Metric::Volume,
                                            Metric::ShareOfVoice, Metric::Unscored})
                    QTest::addRow("%s, %d days, %s", name, days, qPrintable(metricName(metric)))
                        << t << days << int(metric);
            }
        }
    }
    void matchesBruteForce()
    {
        QFETCH(qint64, event);
        QFETCH(int, days);
        QFETCH(int, metric);
        // Brute force over the raw posts, with the metric formulas of docs/design.md written out again.
        const qint64 day = event - event % dayMs;
        auto window = [&](qint64 from, qint64 to) -> std::pair<std::optional<double>, qint64> {
            qint64 n = 0, scored = 0, pos = 0, neg = 0, unscored = 0, all = 0;
            double sum = 0, weight = 0, weighted = 0;
            for (const RawPost& post : std::as_const(m_posts)) {
                if (post.t < from || post.t >= to)
                    continue;
                ++all;
                if (post.token != QLatin1String("ghost"))
                    continue;
                ++n;
                if (!post.compound) {
                    ++unscored;
                    continue;
                }
                const double w = 1.0 + std::log1p(double(post.engagement));
                ++scored;
                pos += *post.compound >= 0.05;
                neg += *post.compound <= -0.05;
                sum += *post.compound;
                weight += w;
                weighted += w * *post.compound;
            }
            std::optional<double> value;
            switch (Metric(metric)) {
            case Metric::Mean:
                value = scored ? std::optional(sum / double(scored)) : std::nullopt;
                break;
            case Metric::Weighted:
                value = scored ? std::optional(weighted / weight) : std::nullopt;
                break;
            case Metric::PositiveShare:
                value = pos + neg ? std::optional(100.0 * double(pos) / double(pos + neg)) : std::nullopt;
                break;
            case Metric::Volume:
                value = double(n);
                break;
            case Metric::ShareOfVoice:
                value = all ? std::optional(100.0 * double(n) / double(all)) : std::nullopt;
                break;
            case Metric::Unscored:
                value = double(unscored);
                break;
            }
            return {value, n};
        };
        const auto [before, volumeBefore] = window(day - days * dayMs, day);
        const auto [after, volumeAfter] = window(day, day + days * dayMs);

        BucketQuery query(m_db);
        QString error;
        const auto impact =
            eventImpact(query, SubjectKind::Token, QStringLiteral("ghost"), event, Metric(metric), days, &error);
        QVERIFY2(impact, qPrintable(error));
        QCOMPARE(impact->volumeBefore, volumeBefore);
        QCOMPARE(impact->volumeAfter, volumeAfter);
        QVERIFY(close(impact->before, before));
        QVERIFY(close(impact->after, after));
        QVERIFY(close(impact->change, before && after ? std::optional(*after - *before) : std::nullopt));
        QCOMPARE(impact->beforeRange.from, day - days * dayMs);
        QCOMPARE(impact->afterRange.to, day + days * dayMs);
    }

    void theSampleStoryShowsUp()
    {
        // Sanity of the fixture itself: the generated lift after day0 must be visible, or the brute-force
        // comparison above could pass on data with no signal in it.
        BucketQuery query(m_db);
        const auto impact = eventImpact(query, SubjectKind::Token, QStringLiteral("ghost"), day0, Metric::Mean);
        QVERIFY(impact && impact->change);
        QVERIFY(*impact->change > 0.2);
        const auto share = eventImpact(query, SubjectKind::Token, QStringLiteral("ghost"), day0, Metric::ShareOfVoice);
        QVERIFY(share && share->change && *share->change > 5);
    }

    void emptySidesAndBadWindows()
    {
        BucketQuery query(m_db);
        const auto far =
            eventImpact(query, SubjectKind::Token, QStringLiteral("ghost"), day0 + 100 * dayMs, Metric::Mean);
        QVERIFY(far);
        QVERIFY(!far->before && !far->after && !far->change);
        QCOMPARE(far->volumeBefore, 0);
        QString error;
        QVERIFY(!eventImpact(query, SubjectKind::Token, QStringLiteral("ghost"), day0, Metric::Mean, 0, &error));
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<RawPost> m_posts;
};

QTEST_GUILESS_MAIN(TestEventImpact)
#include "tst_eventimpact.moc"
