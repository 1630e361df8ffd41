// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sentiment chart pane's input: wheel, rubber band, keys, marker clicks and hover, as intents.
#include "chartpanetesting.h"

#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <QImage>
#include <QPainter>
#include <QToolButton>
#include <QWheelEvent>

using namespace seance;
using namespace seance::testing;

class TestSentimentChartInput : public QObject, private ChartTestWorkspaces
{
    Q_OBJECT
private slots:
    void initTestCase() { create(); }
    void wheelZoomsAboutPointer();
    void rubberBandRequestsSpan();
    void keysAndResetButtonRequestRanges();
    void clickingMarkerActivatesEvent();
    void hoverIsRequestedAndFollowedWithoutEcho();
};

void TestSentimentChartInput::wheelZoomsAboutPointer()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy requested(&f->pane, &SentimentChartPane::rangeRequested);
    const int x = f->pane.plotLeft() + (f->pane.plotRight() - f->pane.plotLeft()) / 3;
    const QPoint at = toViewport(f->pane, QPoint(x, f->pane.height() / 2));
    const qint64 cursorTime = timeAt(f->pane, x);
    const TimeRange before = f->pane.axisRange();
    QWheelEvent wheel(at, f->pane.chartViewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f->pane.chartViewport(), &wheel);
    QCOMPARE(requested.count(), 1);
    const auto range = requested.first().first().value<TimeRange>();
    QVERIFY(range.span() < before.span());
    QVERIFY(range.contains(cursorTime));
    // The time under the pointer stays under it (to within a pixel's worth).
    const double fraction = double(cursorTime - range.from) / double(range.span());
    const double beforeFraction = double(cursorTime - before.from) / double(before.span());
    QVERIFY(std::abs(fraction - beforeFraction) < 1.0 / (f->pane.plotRight() - f->pane.plotLeft()));
    // The mediator applied it, and the chart followed.
    QCOMPARE(f->pane.axisRange(), f->state.visibleRange());
}

void TestSentimentChartInput::rubberBandRequestsSpan()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy requested(&f->pane, &SentimentChartPane::rangeRequested);
    const int y = f->pane.height() / 2;
    const int x1 = f->pane.plotLeft() + 200;
    const int x2 = f->pane.plotLeft() + 400;
    const qint64 t1 = timeAt(f->pane, x1);
    const qint64 t2 = timeAt(f->pane, x2);
    QTest::mousePress(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x1, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint((x1 + x2) / 2, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x2, y)));
    QCOMPARE(requested.count(), 0); // nothing until the button is released
    QTest::mouseRelease(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x2, y)));
    QCOMPARE(requested.count(), 1);
    const auto range = requested.first().first().value<TimeRange>();
    const qint64 pixel = f->state.dataRange().span() / (f->pane.plotRight() - f->pane.plotLeft());
    QVERIFY2(std::llabs(range.from - t1) <= pixel && std::llabs(range.to - t2) <= pixel,
             qPrintable(QStringLiteral("%1..%2 vs %3..%4").arg(range.from).arg(range.to).arg(t1).arg(t2)));

    // Shift+drag pans instead: the same span, moved earlier when dragging right.
    requested.clear();
    const TimeRange before = f->pane.axisRange();
    QTest::mousePress(f->pane.chartViewport(), Qt::LeftButton, Qt::ShiftModifier, toViewport(f->pane, QPoint(x1, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x2, y)));
    QTest::mouseRelease(f->pane.chartViewport(), Qt::LeftButton, Qt::ShiftModifier, toViewport(f->pane, QPoint(x2, y)));
    QVERIFY(requested.count() >= 1);
    const auto panned = requested.last().first().value<TimeRange>();
    QCOMPARE(panned.span(), before.span());
    QVERIFY(panned.from < before.from);
}

void TestSentimentChartInput::keysAndResetButtonRequestRanges()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    const TimeRange all = f->state.visibleRange();
    QSignalSpy requested(&f->pane, &SentimentChartPane::rangeRequested);
    QTest::keyClick(f->pane.chartViewport()->parentWidget(), Qt::Key_Plus);
    QCOMPARE(requested.count(), 1);
    const auto zoomed = requested.last().first().value<TimeRange>();
    QVERIFY(zoomed.span() < all.span());
    QVERIFY(zoomed.contains(all.from + all.span() / 2)); // about the centre when the pointer is elsewhere

    QTest::keyClick(f->pane.chartViewport()->parentWidget(), Qt::Key_Left);
    QCOMPARE(requested.count(), 2);
    const auto panned = requested.last().first().value<TimeRange>();
    QCOMPARE(panned.span(), zoomed.span());
    QVERIFY(panned.from < zoomed.from);

    QToolButton* reset = nullptr;
    for (QToolButton* button : f->pane.findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("Reset zoom"))
            reset = button;
    }
    QVERIFY(reset);
    reset->click();
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.last().first().value<TimeRange>(), f->state.dataRange());
    QCOMPARE(f->pane.axisRange(), all);
}

void TestSentimentChartInput::clickingMarkerActivatesEvent()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy activated(&f->pane, &SentimentChartPane::eventActivated);
    const QString id = QStringLiteral("karpathy-thread-2025-10-01");
    const std::optional<QPoint> at = f->pane.eventMarkerPosition(id);
    QVERIFY(at);
    QTest::mouseClick(f->pane.chartViewport(), Qt::LeftButton, {}, *at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), id);
    QCOMPARE(f->state.focusedEvent(), id);
    // An event outside the visible range has no marker.
    QVERIFY(!f->pane.eventMarkerPosition(QStringLiteral("dogecoin-launch-2013-12-06")));
}

void TestSentimentChartInput::hoverIsRequestedAndFollowedWithoutEcho()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy requested(&f->pane, &SentimentChartPane::hoverRequested);
    const int x = f->pane.plotLeft() + 300;
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x, f->pane.height() / 2)));
    QVERIFY(requested.count() >= 1);
    const auto time = requested.last().first().value<std::optional<qint64>>();
    QVERIFY(time);
    const qint64 pixel = f->state.visibleRange().span() / (f->pane.plotRight() - f->pane.plotLeft());
    QVERIFY(std::llabs(*time - timeAt(f->pane, x)) <= pixel);
    QCOMPARE(f->state.hoverTime(), time);

    // Another pane moves the hover: the chart follows and asks for nothing.
    requested.clear();
    f->state.setHoverTime(day0);
    f->state.setHoverTime(std::nullopt);
    QCOMPARE(requested.count(), 0);
}

QTEST_MAIN(TestSentimentChartInput)
#include "tst_sentimentchartinput.moc"
