// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's day axis and value ticks.
#include "models/chartmath/dayaxis.h"

#include <QTest>

using namespace seance;

class TestDayAxis : public QObject
{
    Q_OBJECT
private slots:
    void pixelsAndDays_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::newRow("-30..60 over 910 px") << -30 << 60 << 100.0 << 1010.0;
        QTest::newRow("-2..2 over 50 px") << -2 << 2 << 0.0 << 50.0;
        QTest::newRow("0..365 over 300 px") << 0 << 365 << 20.0 << 320.0;
    }
    void pixelsAndDays()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(double, left);
        QFETCH(double, right);
        const DayAxisMapping axis(DayWindow{first, last}, left, right);
        QVERIFY(axis.isValid());
        QCOMPARE(axis.slotWidth(), (right - left) / (last - first + 1));
        for (int day = first; day <= last; ++day) {
            const double x = axis.dayToPixel(day);
            QVERIFY(x > left && x < right);
            QCOMPARE(axis.pixelToDay(x), day);
            QCOMPARE(axis.pixelToDay(x - axis.slotWidth() * 0.49), day);
        }
        QCOMPARE(axis.pixelToDay(left - 500), first);
        QCOMPARE(axis.pixelToDay(right + 500), last);
    }

    void ticksAreSpacedAndHitDayZero()
    {
        const DayAxisMapping axis(DayWindow{-30, 60}, 0, 910); // 10 px a day
        const QList<int> ticks = axis.ticks(45);
        QVERIFY(ticks.contains(0));
        QCOMPARE(ticks.at(1) - ticks.at(0), 5);
        QVERIFY(ticks.first() >= -30 && ticks.last() <= 60);
        QCOMPARE(DayAxisMapping(DayWindow{-30, 60}, 0, 200).ticks(45).at(1) -
                     DayAxisMapping(DayWindow{-30, 60}, 0, 200).ticks(45).at(0),
                 30);
        QVERIFY(DayAxisMapping().ticks(10).isEmpty());
    }

    void niceTicks_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("step");
        QTest::newRow("compound") << -0.37 << 0.81 << -0.5 << 1.0 << 0.5;
        QTest::newRow("share") << 12.0 << 88.0 << 0.0 << 100.0 << 20.0;
        QTest::newRow("volume") << 0.0 << 137.0 << 0.0 << 150.0 << 50.0;
        QTest::newRow("flat") << 0.5 << 0.5 << 0.4 << 0.6 << 0.05;
    }
    void niceTicks()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        QFETCH(double, step);
        const ValueTicks ticks = niceValueTicks(low, high, 6);
        QVERIFY(qFuzzyCompare(ticks.step, step));
        QVERIFY(qFuzzyCompare(ticks.minimum + 10, minimum + 10));
        QVERIFY(qFuzzyCompare(ticks.maximum + 10, maximum + 10));
        QVERIFY(ticks.minimum <= low && ticks.maximum >= high);
        QVERIFY(ticks.values().size() <= 7);
    }
};

QTEST_GUILESS_MAIN(TestDayAxis)
#include "tst_dayaxis.moc"
