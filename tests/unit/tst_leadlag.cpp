// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/leadlag.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace seance;

namespace {

// A small deterministic generator, so the rows are the same everywhere.
struct Lcg
{
    quint64 state;
    double next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) * 0x1.0p-53 - 0.5;
    }
};

// Brute force: every day in the span, pairs gathered by scanning both lists in full, and r by the one-pass
// textbook formula, independent of the code under test.
std::optional<double> bruteForce(const std::vector<std::pair<qint64, double>>& sentiment,
                                 const std::vector<std::pair<qint64, double>>& returns, int lag, int* n)
{
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    *n = 0;
    for (const auto& [day, s] : sentiment) {
        for (const auto& [returnDay, r] : returns) {
            if (returnDay != day + lag)
                continue;
            sx += s;
            sy += r;
            sxx += s * s;
            syy += r * r;
            sxy += s * r;
            ++*n;
        }
    }
    const double denominator = std::sqrt((*n * sxx - sx * sx) * (*n * syy - sy * sy));
    if (*n < 3 || !(denominator > 1e-15))
        return std::nullopt;
    return (*n * sxy - sx * sy) / denominator;
}

} // namespace

class TestLeadLag : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForce_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("shift");      // returns follow sentiment this many days later (0: independent)
        QTest::addColumn<double>("missing"); // share of days without posts
        QTest::newRow("independent, 90 days") << quint64(1) << 90 << 0 << 0.0;
        QTest::newRow("returns follow 3 days later") << quint64(2) << 120 << 3 << 0.0;
        QTest::newRow("returns lead by 2 days") << quint64(3) << 120 << -2 << 0.0;
        QTest::newRow("gaps in the sentiment") << quint64(4) << 200 << 5 << 0.3;
        QTest::newRow("short series") << quint64(5) << 12 << 1 << 0.0;
    }
    void matchesBruteForce()
    {
        QFETCH(quint64, seed);
        QFETCH(int, days);
        QFETCH(int, shift);
        QFETCH(double, missing);
        Lcg random{seed};
        DailyValues sentiment;
        std::vector<std::pair<qint64, double>> sentimentList;
        std::vector<double> drive(std::size_t(days + 20));
        for (double& v : drive)
            v = random.next();
        const qint64 first = 20'000;
        for (int d = 0; d < days; ++d) {
            if (random.next() + 0.5 < missing)
                continue;
            const double s = drive[std::size_t(d + 10)];
            sentiment.insert(first + d, s);
            sentimentList.push_back({first + d, s});
        }
        DailyValues closes;
        double price = 1.0;
        for (int d = 0; d <= days; ++d) {
            closes.insert(first + d, price);
            const double signal = shift == 0 ? 0.0 : drive[std::size_t(d + 10 - shift)];
            price *= 1.0 + 0.05 * signal + 0.01 * random.next();
        }
        const DailyValues returns = dailyReturns(closes);
        QCOMPARE(returns.size(), days);
        std::vector<std::pair<qint64, double>> returnList(returns.keyValueBegin(), returns.keyValueEnd());

        const LeadLagResult result = leadLagCorrelation(sentiment, returns);
        QCOMPARE(result.lags.size(), 2 * leadLagMaxDays + 1);
        for (const LagCorrelation& lag : result.lags) {
            int n = 0;
            const std::optional<double> expected = bruteForce(sentimentList, returnList, lag.lag, &n);
            QCOMPARE(lag.n, n);
            QCOMPARE(lag.r.has_value(), expected.has_value());
            if (expected)
                QVERIFY2(std::abs(*lag.r - *expected) < 1e-9,
                         qPrintable(QStringLiteral("lag %1: %2 vs %3").arg(lag.lag).arg(*lag.r).arg(*expected)));
        }
        if (shift != 0 && days > 50) {
            // The built-in relation shows at its lag and stands out from the others.
            const LagCorrelation& strongest = *std::max_element(
                result.lags.cbegin(), result.lags.cend(),
                [](const LagCorrelation& a, const LagCorrelation& b) { return a.r.value_or(0) < b.r.value_or(0); });
            QCOMPARE(strongest.lag, shift);
            QVERIFY(*strongest.r > 0.8);
        }
        QCOMPARE(result.fewPairs, days * (1 - missing) < leadLagMinimumPairs + leadLagMaxDays);
    }

    void warnings_data()
    {
        QTest::addColumn<int>("sentimentFrom");
        QTest::addColumn<int>("sentimentTo");
        QTest::addColumn<bool>("fewPairs");
        QTest::addColumn<bool>("barelyOverlap");
        // Returns on days 0…99.
        QTest::newRow("full overlap") << 0 << 100 << false << false;
        QTest::newRow("half overlap") << 50 << 150 << false << false;
        QTest::newRow("barely overlap") << 80 << 200 << true << true;
        QTest::newRow("no overlap") << 200 << 260 << true << true;
        QTest::newRow("short but inside") << 10 << 30 << true << false;
    }
    void warnings()
    {
        QFETCH(int, sentimentFrom);
        QFETCH(int, sentimentTo);
        QFETCH(bool, fewPairs);
        QFETCH(bool, barelyOverlap);
        Lcg random{9};
        DailyValues returns;
        DailyValues sentiment;
        for (int d = 0; d < 100; ++d)
            returns.insert(d, random.next());
        for (int d = sentimentFrom; d < sentimentTo; ++d)
            sentiment.insert(d, random.next());
        const LeadLagResult result = leadLagCorrelation(sentiment, returns);
        QCOMPARE(result.fewPairs, fewPairs);
        QCOMPARE(result.barelyOverlap, barelyOverlap);
        QCOMPARE(result.overlapDays, std::max(0, std::min(sentimentTo, 100) - sentimentFrom));
    }

    void closesAreTheDaysLastPrice()
    {
        const qint64 day = 86'400'000;
        const DailyValues closes = dailyCloses({{0, 1.0}, {day / 2, 2.0}, {day, 3.0}, {3 * day, 4.0}});
        QCOMPARE(closes.size(), 3);
        QCOMPARE(closes.value(0), 2.0);
        const DailyValues returns = dailyReturns(closes);
        QCOMPARE(returns.size(), 1); // day 1 → 2 has no price on day 2
        QCOMPARE(returns.value(0), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestLeadLag)
#include "tst_leadlag.moc"
