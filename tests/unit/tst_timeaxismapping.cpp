// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartmath/timeaxismapping.h"
#include "models/time/granularity.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <limits>

namespace seance {
char* toString(const TimeRange& range)
{
    return QTest::toString(QStringLiteral("[%1, %2)").arg(range.from).arg(range.to));
}
char* toString(const TickStep& step)
{
    return QTest::toString(QStringLiteral("%1 × unit %2").arg(step.count).arg(int(step.unit)));
}
} // namespace seance

using namespace seance;

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 day0 = 1'759'276'800'000;             // 2025-10-01T00:00Z
constexpr qint64 oddStart = 1'678'864'980'000 + 4'321; // 2023-03-15T07:23:04.321Z, aligned to nothing

bool isAligned(qint64 t, const TickStep& step)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    const bool midnight = utc.time() == QTime(0, 0);
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
    case TickUnit::Day:
        return t % step.minimumLength() == 0;
    case TickUnit::Week:
        return midnight && utc.date().dayOfWeek() == Qt::Monday;
    case TickUnit::Month:
        return midnight && utc.date().day() == 1 && (utc.date().month() - 1) % step.count == 0;
    case TickUnit::Year:
        return midnight && utc.date().dayOfYear() == 1 && utc.date().year() % step.count == 0;
    }
    return false;
}

} // namespace

class TestTimeAxisMapping : public QObject
{
    Q_OBJECT
private slots:
    void edges_data()
    {
        QTest::addColumn<TimeRange>("range");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::newRow("a day on 1920 px") << TimeRange{day0, day0 + dayMs} << 0.0 << 1920.0;
        QTest::newRow("offset plot area") << TimeRange{day0, day0 + weekMs} << 57.5 << 1011.25;
        QTest::newRow("three years on 7 px") << TimeRange{oddStart, oddStart + 3 * 365 * dayMs} << 3.0 << 10.0;
        QTest::newRow("an hour on 100000 px") << TimeRange{oddStart, oddStart + hourMs} << -50.0 << 99950.0;
    }
    void edges()
    {
        QFETCH(TimeRange, range);
        QFETCH(double, left);
        QFETCH(double, right);
        const TimeAxisMapping mapping(range, left, right);
        QVERIFY(mapping.isValid());
        QCOMPARE(mapping.timeToPixel(range.from), left);
        QCOMPARE(mapping.timeToPixel(range.to), right);
        QCOMPARE(mapping.pixelToTime(left), range.from);
        QCOMPARE(mapping.pixelToTime(right), range.to);
        QCOMPARE(mapping.timeToPixel(range.from + range.span() / 2), left + (right - left) / 2);
        QCOMPARE(mapping.msPerPixel(), double(range.span()) / (right - left));
        // Outside the range the mapping extrapolates linearly; panes draw the edges of what is just off screen.
        QCOMPARE(mapping.timeToPixel(range.from - range.span()), left - (right - left));
    }

    void invalidMapping()
    {
        const TimeAxisMapping empty(TimeRange{day0, day0}, 0.0, 100.0);
        QVERIFY(!empty.isValid());
        QCOMPARE(empty.timeToPixel(day0 + 5), 0.0);
        QCOMPARE(empty.pixelToTime(50.0), day0);
        QVERIFY(empty.ticks(empty.tickStep(50)).isEmpty());
        const TimeAxisMapping noWidth(TimeRange{day0, day0 + dayMs}, 10.0, 10.0);
        QVERIFY(!noWidth.isValid());
        QCOMPARE(noWidth.timeToPixel(day0 + hourMs), 10.0);
        QCOMPARE(TimeAxisMapping().pixelToTime(std::numeric_limits<double>::quiet_NaN()), qint64(0));
    }

    void roundTrip_data()
    {
        QTest::addColumn<TimeRange>("range");
        QTest::addColumn<double>("width");
        const qint64 spans[] = {hourMs, 2 * hourMs, dayMs, 30 * dayMs, 365 * dayMs, 3 * 365 * dayMs, 129 * 365 * dayMs};
        const double widths[] = {7.0, 640.0, 1920.0, 3840.5};
        for (const qint64 span : spans) {
            for (const double width : widths) {
                const qint64 from = span > 100 * 365 * dayMs ? 0 : oddStart;
                QTest::addRow("%lld h on %g px", span / hourMs, width) << TimeRange{from, from + span} << width;
            }
        }
    }
    void roundTrip()
    {
        QFETCH(TimeRange, range);
        QFETCH(double, width);
        const TimeAxisMapping mapping(range, 12.0, 12.0 + width);
        const double halfPixelMs = mapping.msPerPixel() / 2;
        // 1001 times spread over the range plus its ends, with odd offsets so they fall between pixels.
        for (int i = 0; i <= 1000; ++i) {
            const qint64 t = range.from + qint64(double(range.span()) * i / 1000.0) - (i % 7);
            const double x = mapping.timeToPixel(t);
            const qint64 back = mapping.pixelToTime(x);
            QVERIFY2(std::abs(double(back - t)) <= std::max(halfPixelMs, 0.5),
                     qPrintable(QStringLiteral("t %1 -> x %2 -> %3").arg(t).arg(x, 0, 'f', 6).arg(back)));
            // Stronger than half a pixel: time survives the trip to the millisecond.
            QCOMPARE(back, t);
        }
        for (int i = 0; i <= 200; ++i) {
            const double x = 12.0 + width * i / 200.0 + 0.37;
            const double back = mapping.timeToPixel(mapping.pixelToTime(x));
            // Off by at most the half millisecond that pixelToTime rounds away.
            QVERIFY2(std::abs(back - x) <= 0.5 / mapping.msPerPixel() + 1e-9,
                     qPrintable(QStringLiteral("x %1 -> %2").arg(x).arg(back)));
        }
    }

    void zoomAboutPixel_data()
    {
        QTest::addColumn<TimeRange>("range");
        QTest::addColumn<double>("pixel");
        QTest::addColumn<double>("factor");
        QTest::addColumn<qint64>("expectedSpan");
        const TimeRange tenDays{oddStart, oddStart + 10 * dayMs};
        QTest::newRow("in 2x at the left edge") << tenDays << 100.0 << 2.0 << 5 * dayMs;
        QTest::newRow("in 2x at the right edge") << tenDays << 1100.0 << 2.0 << 5 * dayMs;
        QTest::newRow("in 2x at the centre") << tenDays << 600.0 << 2.0 << 5 * dayMs;
        QTest::newRow("in 1.25x at a third") << tenDays << 433.3 << 1.25 << 8 * dayMs;
        QTest::newRow("out 2x at a third") << tenDays << 433.3 << 0.5 << 20 * dayMs;
        QTest::newRow("out 10x near the right") << tenDays << 1077.7 << 0.1 << 100 * dayMs;
        QTest::newRow("in 100x at an odd pixel") << tenDays << 777.77 << 100.0 << 10 * dayMs / 100;
        QTest::newRow("stopped at the minimum span") << tenDays << 250.0 << 1e9 << hourMs;
        QTest::newRow("hours, in 3x") << TimeRange{day0, day0 + 6 * hourMs} << 901.0 << 3.0 << 2 * hourMs;
    }
    void zoomAboutPixel()
    {
        QFETCH(TimeRange, range);
        QFETCH(double, pixel);
        QFETCH(double, factor);
        QFETCH(qint64, expectedSpan);
        const TimeAxisMapping before(range, 100.0, 1100.0);
        const TimeRange zoomed = before.zoomedAt(pixel, factor, hourMs);
        QCOMPARE(zoomed.span(), expectedSpan);
        const TimeAxisMapping after(zoomed, before.left(), before.right());
        // The time under the cursor stays under the cursor.
        QVERIFY2(std::abs(after.pixelToTime(pixel) - before.pixelToTime(pixel)) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(after.pixelToTime(pixel)).arg(before.pixelToTime(pixel))));
        QVERIFY(std::abs(after.timeToPixel(before.pixelToTime(pixel)) - pixel) <= 0.5);
    }

    void zoomIgnoresBadFactors()
    {
        const TimeAxisMapping mapping(TimeRange{day0, day0 + dayMs}, 0.0, 100.0);
        QCOMPARE(mapping.zoomedAt(30.0, 0.0), mapping.range());
        QCOMPARE(mapping.zoomedAt(30.0, -3.0), mapping.range());
        QCOMPARE(mapping.zoomedAt(30.0, std::numeric_limits<double>::quiet_NaN()), mapping.range());
        QCOMPARE(mapping.zoomedAt(std::numeric_limits<double>::infinity(), 2.0), mapping.range());
    }

    void pan_data()
    {
        QTest::addColumn<TimeRange>("range");
        QTest::addColumn<double>("dx");
        QTest::addColumn<TimeRange>("expected");
        // 1000 px over 10 days: 864,000 ms per pixel.
        const TimeRange tenDays{day0, day0 + 10 * dayMs};
        QTest::newRow("100 px later") << tenDays << 100.0 << TimeRange{day0 + dayMs, day0 + 11 * dayMs};
        QTest::newRow("250 px earlier") << tenDays << -250.0 << TimeRange{day0 - 5 * dayMs / 2, day0 + 15 * dayMs / 2};
        QTest::newRow("a fraction of a pixel")
            << tenDays << 0.5 << TimeRange{day0 + 432'000, day0 + 10 * dayMs + 432'000};
        QTest::newRow("stops at 1970") << tenDays << -1e9 << TimeRange{0, 10 * dayMs};
        QTest::newRow("stops at 2100") << tenDays << 1e12
                                       << TimeRange{saneTimeBounds.to - 10 * dayMs, saneTimeBounds.to};
        QTest::newRow("NaN is no pan") << tenDays << std::numeric_limits<double>::quiet_NaN() << tenDays;
    }
    void pan()
    {
        QFETCH(TimeRange, range);
        QFETCH(double, dx);
        QFETCH(TimeRange, expected);
        const TimeAxisMapping mapping(range, 20.0, 1020.0);
        const TimeRange panned = mapping.pannedBy(dx);
        QCOMPARE(panned, expected);
        QCOMPARE(panned.span(), range.span());
        if (std::isfinite(dx) && std::abs(dx) < 1000) {
            // Content moves by exactly -dx: what was at x is now at x - dx.
            const TimeAxisMapping after(panned, 20.0, 1020.0);
            QVERIFY(std::abs(after.timeToPixel(day0 + 5 * dayMs) - (mapping.timeToPixel(day0 + 5 * dayMs) - dx)) <
                    1e-6);
        }
    }

    void ticks_data()
    {
        QTest::addColumn<TimeRange>("range");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<TickStep>("expectedStep");
        const auto days = [](qint64 n) { return TimeRange{oddStart, oddStart + n * dayMs}; };
        QTest::newRow("2 hours") << TimeRange{oddStart, oddStart + 2 * hourMs} << 1920.0 << 100.0
                                 << TickStep{TickUnit::Minute, 10};
        QTest::newRow("2 hours, narrow") << TimeRange{oddStart, oddStart + 2 * hourMs} << 300.0 << 60.0
                                         << TickStep{TickUnit::Minute, 30};
        QTest::newRow("6 hours") << TimeRange{oddStart, oddStart + 6 * hourMs} << 1920.0 << 100.0
                                 << TickStep{TickUnit::Minute, 30};
        QTest::newRow("1 day") << days(1) << 1920.0 << 100.0 << TickStep{TickUnit::Hour, 2};
        QTest::newRow("1 day, 1000 px") << days(1) << 1000.0 << 70.0 << TickStep{TickUnit::Hour, 2};
        QTest::newRow("1 week") << days(7) << 1920.0 << 100.0 << TickStep{TickUnit::Hour, 12};
        QTest::newRow("10 days") << days(10) << 1920.0 << 80.0 << TickStep{TickUnit::Hour, 12};
        QTest::newRow("30 days") << days(30) << 1920.0 << 100.0 << TickStep{TickUnit::Day, 2};
        QTest::newRow("45 days") << days(45) << 1920.0 << 100.0 << TickStep{TickUnit::Week, 1};
        QTest::newRow("90 days") << days(90) << 1920.0 << 100.0 << TickStep{TickUnit::Week, 1};
        QTest::newRow("180 days") << days(180) << 1920.0 << 100.0 << TickStep{TickUnit::Month, 1};
        QTest::newRow("1 year") << days(365) << 1920.0 << 100.0 << TickStep{TickUnit::Month, 1};
        QTest::newRow("2 years over a leap day") << days(730) << 1920.0 << 100.0 << TickStep{TickUnit::Month, 3};
        QTest::newRow("3 years") << days(3 * 365) << 1920.0 << 100.0 << TickStep{TickUnit::Month, 3};
        QTest::newRow("3 years, narrow") << days(3 * 365) << 400.0 << 80.0 << TickStep{TickUnit::Year, 1};
        QTest::newRow("3 years, very narrow") << days(3 * 365) << 125.0 << 80.0 << TickStep{TickUnit::Year, 2};
        QTest::newRow("since 1970") << TimeRange{0, day0} << 1920.0 << 100.0 << TickStep{TickUnit::Year, 5};
        QTest::newRow("since 1970, narrow") << TimeRange{0, day0} << 200.0 << 100.0 << TickStep{TickUnit::Year, 50};
    }
    void ticks()
    {
        QFETCH(TimeRange, range);
        QFETCH(double, width);
        QFETCH(double, spacing);
        QFETCH(TickStep, expectedStep);
        const TimeAxisMapping mapping(range, 40.0, 40.0 + width);
        const TickStep step = mapping.tickStep(spacing);
        QCOMPARE(step, expectedStep);
        const QList<TimeTick> ticks = mapping.ticks(step);
        QVERIFY(!ticks.isEmpty());
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const TimeTick& tick = ticks.at(i);
            QVERIFY(range.contains(tick.time));
            QVERIFY2(isAligned(tick.time, step),
                     qPrintable(QDateTime::fromMSecsSinceEpoch(tick.time, Qt::UTC).toString(Qt::ISODateWithMs)));
            QCOMPARE(tick.pixel, mapping.timeToPixel(tick.time));
            if (i > 0) {
                QVERIFY(tick.time > ticks.at(i - 1).time);
                QVERIFY2(tick.pixel - ticks.at(i - 1).pixel >= spacing,
                         qPrintable(QStringLiteral("ticks %1 and %2 are %3 px apart")
                                        .arg(i - 1)
                                        .arg(i)
                                        .arg(tick.pixel - ticks.at(i - 1).pixel)));
            }
        }
        // No tick is missing: the first comes within one step of from, the last within one step of to.
        const qint64 longest = step.unit == TickUnit::Month  ? step.count * 31 * dayMs
                               : step.unit == TickUnit::Year ? step.count * 366 * dayMs
                                                             : step.minimumLength();
        QVERIFY(ticks.first().time - range.from < longest);
        QVERIFY(range.to - ticks.last().time <= longest);
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks.at(i).time - ticks.at(i - 1).time <= longest);
    }

    // From 2 hours to 3 years in small steps, the chosen step keeps labels apart and is the finest that does.
    void tickSpacingAcrossSpans()
    {
        for (qint64 span = 2 * hourMs; span <= 3 * 365 * dayMs; span = span * 11 / 10) {
            for (const double spacing : {40.0, 90.0, 150.0}) {
                const TimeAxisMapping mapping(TimeRange{oddStart, oddStart + span}, 0.0, 1366.0);
                const QList<TimeTick> ticks = mapping.ticks(mapping.tickStep(spacing));
                QVERIFY2(ticks.size() >= 2, qPrintable(QStringLiteral("span %1 ms").arg(span)));
                QVERIFY(ticks.size() <= qsizetype(1366.0 / spacing) + 1);
                for (qsizetype i = 1; i < ticks.size(); ++i)
                    QVERIFY(ticks.at(i).pixel - ticks.at(i - 1).pixel >= spacing);
            }
        }
    }

    void weekTicksAreMondays()
    {
        const TimeAxisMapping mapping(TimeRange{day0, day0 + 60 * dayMs}, 0.0, 1000.0);
        const QList<TimeTick> ticks = mapping.ticks(TickStep{TickUnit::Week, 1});
        QCOMPARE(ticks.first().time, day0 + 5 * dayMs); // 2025-10-06, the first Monday after Wednesday day0
        for (const TimeTick& tick : ticks)
            QCOMPARE(bucketStart(tick.time, Granularity::Week), tick.time);
    }
};

QTEST_GUILESS_MAIN(TestTimeAxisMapping)
#include "tst_timeaxismapping.moc"
