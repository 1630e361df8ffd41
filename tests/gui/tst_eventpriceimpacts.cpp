// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Event Impact table's price columns come from a background job: a change of N clears them at once (the GUI
// thread reads no price series), the job fills them in, and a burst of changes delivers only the last N.
#include "models/items/eventimpactmodel.h"
#include "models/market/priceimpactloader.h"
#include "models/storage/database.h"
#include "models/storage/seriesstore.h"
#include "models/viewstate.h"
#include "samplewindow.h"
#include "ui/impact/impactpane.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace seance;
using namespace seance::testing;

namespace {

// The price at t as docs/market-data.md defines it: the series' last point at or before t, found by a plain scan,
// when it is at most two days old (a daily series may miss a day).
std::optional<double> lastPriceAtOrBefore(const QList<SeriesPoint>& points, qint64 t)
{
    std::optional<SeriesPoint> found;
    for (const SeriesPoint& p : points) {
        if (p.t <= t)
            found = p;
    }
    if (!found || t - found->t > 2 * dayMs)
        return std::nullopt;
    return found->value;
}

} // namespace

class TestEventPriceImpacts : public QObject
{
    Q_OBJECT
private slots:
    void priceColumnsArriveFromTheJob_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("3 days") << 3;
        QTest::newRow("10 days") << 10;
    }
    void priceColumnsArriveFromTheJob()
    {
        QFETCH(int, days);
        QTemporaryDir dir;
        const auto window = openSampleWindow(dir);
        QVERIFY(window);
        auto* loader = window->findChild<PriceImpactLoader*>();
        QVERIFY(loader);
        QTRY_VERIFY(!loader->isRunning()); // the first job, started by opening the workspace
        EventImpactModel* model = window->impactPane()->model();
        QSignalSpy loaded(loader, &PriceImpactLoader::loaded);
        window->viewState()->setImpactDays(days);
        // The GUI thread has not read a price: the old N's figures are gone, the new ones not there yet.
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->index(row, EventImpactModel::PriceBeforeColumn).data(EventImpactModel::SortRole).isValid());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loader->latest().days, days);

        // Brute force: each event's first token with a price series, its price at the event against N days before.
        const Database& db = *window->database();
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString eventId = model->index(row, 0).data(EventImpactModel::EventIdRole).toString();
            const qint64 t = model->index(row, 0).data(EventImpactModel::EventTimeRole).toLongLong();
            const QVariant shown =
                model->index(row, EventImpactModel::PriceBeforeColumn).data(EventImpactModel::SortRole);
            std::optional<double> expected;
            const QString token = loader->latest().impacts.value(eventId).tokenId;
            if (!token.isEmpty()) {
                const std::optional<SeriesRecord> series = SeriesStore(db).find(token + QStringLiteral("-price-usd"));
                QVERIFY2(series, qPrintable(token));
                const std::optional<double> at = lastPriceAtOrBefore(series->points, t);
                const std::optional<double> before = lastPriceAtOrBefore(series->points, t - days * dayMs);
                if (at && before && *before > 0)
                    expected = 100.0 * (*at / *before - 1.0);
            }
            QCOMPARE(shown.isValid(), expected.has_value());
            if (expected) {
                QVERIFY2(
                    std::abs(shown.toDouble() - *expected) < 1e-9,
                    qPrintable(QStringLiteral("%1: %2 against %3").arg(eventId).arg(shown.toDouble()).arg(*expected)));
                ++checked;
            }
        }
        // Of the sample's events, Karpathy's thread (2025-10-01, Ghost Coin first) is the one inside a price series;
        // the launches lie years before the sample's prices begin and the other two name no token.
        QCOMPARE(checked, 1);
    }

    // N changes three times before the event loop runs: the jobs of 2 and 4 days are overtaken and dropped,
    // and only 6 days reach the table.
    void aBurstDeliversOnlyTheLastN()
    {
        QTemporaryDir dir;
        const auto window = openSampleWindow(dir);
        QVERIFY(window);
        auto* loader = window->findChild<PriceImpactLoader*>();
        QTRY_VERIFY(!loader->isRunning());
        QSignalSpy loaded(loader, &PriceImpactLoader::loaded);
        const int droppedBefore = loader->droppedCount();
        for (const int days : {2, 4, 6})
            window->viewState()->setImpactDays(days);
        QTRY_VERIFY(!loader->isRunning());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loader->latest().days, 6);
        QCOMPARE(loader->droppedCount() - droppedBefore, 2);
    }
};

QTEST_MAIN(TestEventPriceImpacts)
#include "tst_eventpriceimpacts.moc"
