// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/samplepostgenerator.h"
#include "models/io/sample/samplepricegenerator.h"

#include <QTest>

using namespace seance;

namespace {

TokenRecord token(const char* id, const char* status)
{
    TokenRecord t;
    t.id = QLatin1String(id);
    t.status = QLatin1String(status);
    return t;
}

} // namespace

// The sample's generated prices: labelled as sample data, only for live tokens, the same on every run.
class TestSamplePriceGenerator : public QObject
{
    Q_OBJECT
private slots:
    void onlyLiveTokensGetPrices_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("priced");
        QTest::newRow("live") << QStringLiteral("live") << true;
        QTest::newRow("hypothetical") << QStringLiteral("hypothetical") << false;
        QTest::newRow("defunct") << QStringLiteral("defunct") << false;
        QTest::newRow("unknown") << QStringLiteral("unknown") << false;
    }
    void onlyLiveTokensGetPrices()
    {
        QFETCH(QString, status);
        QFETCH(bool, priced);
        const QList<SamplePriceSeries> prices =
            generateSamplePrices({token("t", status.toLatin1().constData())}, {}, defaultSampleSeed);
        QCOMPARE(prices.size(), priced ? 1 : 0);
    }

    void dailyPositiveAndLabelled()
    {
        const QList<SamplePriceSeries> prices =
            generateSamplePrices({token("a", "live"), token("b", "live")}, {}, defaultSampleSeed);
        QCOMPARE(prices.size(), 2);
        const qint64 days = (sampleWindowEnd() - sampleWindowStart()) / 86'400'000;
        for (const SamplePriceSeries& series : prices) {
            QCOMPARE(series.table.source, QStringLiteral("sample data"));
            QCOMPARE(series.table.currency, QStringLiteral("USD"));
            QCOMPARE(qint64(series.table.rows.size()), days);
            QCOMPARE(series.table.rows.front().t, sampleWindowStart());
            for (const MarketRow& row : series.table.rows) {
                QVERIFY(row.price && *row.price > 0);
                QCOMPARE(row.t % 86'400'000, 0);
            }
        }
        QVERIFY(*prices.at(0).table.rows.back().price != *prices.at(1).table.rows.back().price);
    }

    void sameSeedSamePrices_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("same");
        QTest::newRow("same seed") << quint64(defaultSampleSeed) << true;
        QTest::newRow("other seed") << quint64(7) << false;
    }
    void sameSeedSamePrices()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, same);
        const QList<TokenRecord> tokens{token("a", "live")};
        const auto first = generateSamplePrices(tokens, {}, defaultSampleSeed);
        const auto second = generateSamplePrices(tokens, {}, seed);
        bool equal = true;
        for (std::size_t i = 0; i < first.at(0).table.rows.size(); ++i)
            equal = equal && first.at(0).table.rows[i].price == second.at(0).table.rows[i].price;
        QCOMPARE(equal, same);
    }

    void anEventAboutTheTokenLiftsItsPrice()
    {
        EventRecord event;
        event.occurredAt = sampleWindowStart() + 30 * 86'400'000LL + 3'600'000;
        event.tokenIds = {QStringLiteral("a")};
        const QList<TokenRecord> tokens{token("a", "live")};
        const auto quiet = generateSamplePrices(tokens, {}, defaultSampleSeed).at(0).table.rows;
        const auto hyped = generateSamplePrices(tokens, {event}, defaultSampleSeed).at(0).table.rows;
        QCOMPARE(*hyped[29].price, *quiet[29].price);       // before the event: the same walk
        QVERIFY(*hyped[31].price > *quiet[31].price * 1.1); // two days of lift
    }
};

QTEST_GUILESS_MAIN(TestSamplePriceGenerator)
#include "tst_samplepricegenerator.moc"
