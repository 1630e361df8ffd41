// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The narrative timeline's input: click, double-click, hover, wheel, drag, keyboard and escaped tooltips.
#include "timelinetesting.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

using namespace seance;
using namespace seance::testing;

class TestNarrativeTimelineInput : public QObject, private SampleTimeline
{
    Q_OBJECT
private slots:
    void initTestCase() { loadSample(); }

    void clickActivatesEvent()
    {
        Fixture f(m_narratives, m_events);
        QSignalSpy activated(&f.pane, &NarrativeTimelinePane::eventActivated);
        const QString id = QStringLiteral("karpathy-dwarkesh-2025-10-17");
        const QRect rect = f.pane.eventRect(id);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(&f.pane, Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), id);
        // The label is part of the event too; empty space is not.
        const QRect label = f.pane.eventLabelRect(id);
        QVERIFY(!label.isEmpty());
        QTest::mouseClick(&f.pane, Qt::LeftButton, {}, label.center());
        QCOMPARE(activated.size(), 2);
        QTest::mouseClick(&f.pane, Qt::LeftButton, {}, QPoint(rect.center().x() - 40, rect.center().y()));
        QCOMPARE(activated.size(), 2);
    }

    void doubleClickRequestsEdit()
    {
        Fixture f(m_narratives, m_events);
        QSignalSpy edit(&f.pane, &NarrativeTimelinePane::eventEditRequested);
        const QString id = QStringLiteral("sutton-dwarkesh-2025-09-26");
        QTest::mouseDClick(&f.pane, Qt::LeftButton, {}, f.pane.eventRect(id).center());
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.at(0).at(0).toString(), id);
    }

    void hoverRequestsTime()
    {
        Fixture f(m_narratives, m_events);
        f.pane.setPlotSpan(200, 1300);
        QSignalSpy hover(&f.pane, &NarrativeTimelinePane::hoverRequested);
        // QTest::mouseMove moves the cursor, which the offscreen platform ignores; send the move itself.
        const auto moveTo = [&f](const QPoint& pos) {
            QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(f.pane.mapToGlobal(pos)), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(&f.pane, &move);
        };
        moveTo(QPoint(700, 60));
        QCOMPARE(hover.size(), 1);
        auto time = hover.last().at(0).value<std::optional<qint64>>();
        QVERIFY(time);
        QCOMPARE(*time, TimeAxisMapping(sampleRange, 200, 1300).pixelToTime(700));
        // Over the lane titles there is no time to show, and leaving the pane clears the hover.
        moveTo(QPoint(50, 60));
        QCOMPARE(hover.size(), 2);
        QVERIFY(!hover.last().at(0).value<std::optional<qint64>>());
        moveTo(QPoint(700, 60));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&f.pane, &leave);
        QCOMPARE(hover.size(), 4);
        QVERIFY(!hover.last().at(0).value<std::optional<qint64>>());
    }

    void followsHoverAndFocus()
    {
        Fixture f(m_narratives, m_events, false);
        f.pane.setPlotSpan(200, 1300);
        const QImage plain = f.pane.grab().toImage();
        f.state.setHoverTime(utc(2025, 10, 10));
        const QImage hovered = f.pane.grab().toImage();
        QVERIFY(hovered != plain);
        // The line is drawn at the hover time's pixel, in a lane with no event there.
        const int x = int(std::floor(TimeAxisMapping(sampleRange, 200, 1300).timeToPixel(utc(2025, 10, 10))));
        const int y = f.pane.eventRect(QStringLiteral("sutton-dwarkesh-2025-09-26")).center().y() - 28;
        QVERIFY(hovered.pixelColor(x, y) != plain.pixelColor(x, y));
        f.state.setHoverTime(std::nullopt);
        QCOMPARE(f.pane.grab().toImage(), plain);
        f.state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
        QVERIFY(f.pane.grab().toImage() != plain);
    }

    void wheelZoomsAboutTheCursor()
    {
        Fixture f(m_narratives, m_events);
        f.pane.setPlotSpan(200, 1300);
        QSignalSpy ranges(&f.pane, &NarrativeTimelinePane::rangeRequested);
        const QPointF at(900, 60);
        QWheelEvent zoomIn(at, f.pane.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                           Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.pane, &zoomIn);
        QCOMPARE(ranges.size(), 1);
        const auto narrower = ranges.at(0).at(0).value<TimeRange>();
        QVERIFY(narrower.span() < sampleRange.span());
        QVERIFY(narrower.from > sampleRange.from);
        QVERIFY(narrower.to < sampleRange.to);
        const qint64 anchor = TimeAxisMapping(sampleRange, 200, 1300).pixelToTime(at.x());
        QVERIFY(std::abs(TimeAxisMapping(narrower, 200, 1300).pixelToTime(at.x()) - anchor) <= 1);

        QWheelEvent zoomOut(at, f.pane.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                            Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.pane, &zoomOut);
        QCOMPARE(ranges.size(), 2);
        QVERIFY(ranges.at(1).at(0).value<TimeRange>().span() > sampleRange.span());
    }

    void dragPans()
    {
        Fixture f(m_narratives, m_events);
        f.pane.setPlotSpan(200, 1300);
        QSignalSpy ranges(&f.pane, &NarrativeTimelinePane::rangeRequested);
        QSignalSpy activated(&f.pane, &NarrativeTimelinePane::eventActivated);
        // Starting on an event: a drag pans and does not activate it.
        const QPoint start = f.pane.eventRect(QStringLiteral("karpathy-thread-2025-10-01")).center();
        QTest::mousePress(&f.pane, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(100, 0)), f.pane.mapToGlobal(start + QPoint(100, 0)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&f.pane, &move);
        QTest::mouseRelease(&f.pane, Qt::LeftButton, {}, start + QPoint(100, 0));
        QVERIFY(!ranges.isEmpty());
        QCOMPARE(ranges.last().at(0).value<TimeRange>(), TimeAxisMapping(sampleRange, 200, 1300).pannedBy(-100));
        QVERIFY(ranges.last().at(0).value<TimeRange>().from < sampleRange.from);
        QCOMPARE(activated.size(), 0);
    }

    void keyboardStepsThroughEvents()
    {
        Fixture f(m_narratives, m_events);
        QSignalSpy activated(&f.pane, &NarrativeTimelinePane::eventActivated);
        QSignalSpy edit(&f.pane, &NarrativeTimelinePane::eventEditRequested);
        // Nothing focused: Right starts at the first event in view.
        QTest::keyClick(&f.pane, Qt::Key_Right);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("sutton-dwarkesh-2025-09-26"));
        f.state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
        QTest::keyClick(&f.pane, Qt::Key_Right);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("karpathy-dwarkesh-2025-10-17"));
        QTest::keyClick(&f.pane, Qt::Key_Left);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("sutton-dwarkesh-2025-09-26"));
        // Left from Sutton reaches the PEPE debut of 2023, off-screen: the mediator will reveal it.
        f.state.setFocusedEvent(QStringLiteral("sutton-dwarkesh-2025-09-26"));
        QTest::keyClick(&f.pane, Qt::Key_Left);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("pepe-debut-2023-04-17"));
        QCOMPARE(edit.size(), 0);
        QTest::keyClick(&f.pane, Qt::Key_Return);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.at(0).at(0).toString(), QStringLiteral("sutton-dwarkesh-2025-09-26"));
    }

    void toolTipIsEscapedPlainText()
    {
        EventRecord event = makeEvent(QStringLiteral("markup"), QStringLiteral("summoning-ghosts"), utc(2025, 10, 3),
                                      QStringLiteral("<b>x</b>"));
        event.kind = QStringLiteral("article");
        event.description = QStringLiteral("<img src=\"http://evil/\"> & <a href=\"x\">y</a>\nsecond line");
        event.tokenIds = {QStringLiteral("icp-ghost"), QStringLiteral("<i>tok</i>")};
        event.sources = {{QStringLiteral("<u>Source</u>"), QStringLiteral("https://example.org/?a=1&b=<2>")}};
        Fixture f(m_narratives, QList<EventRecord>{event});

        const QString tip = f.pane.eventToolTip(QStringLiteral("markup"));
        QVERIFY(!tip.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(!tip.contains(QStringLiteral("<a ")));
        // What the reader sees is the text exactly as it was written.
        QTextDocument shown;
        shown.setHtml(tip);
        const QString text = shown.toPlainText();
        for (const QString& part :
             {QStringLiteral("<b>x</b>"), QStringLiteral("2025-10-03 UTC"), QStringLiteral("Summoning ghosts"),
              QStringLiteral("article"), QStringLiteral("<a href=\"x\">y</a>"), QStringLiteral("<i>tok</i>"),
              QStringLiteral("<u>Source</u>"), QStringLiteral("https://example.org/?a=1&b=<2>")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing from ") + text));

        // The real tooltip path shows the same escaped text.
        const QPoint at = f.pane.eventRect(QStringLiteral("markup")).center();
        QHelpEvent help(QEvent::ToolTip, at, f.pane.mapToGlobal(at));
        QApplication::sendEvent(&f.pane, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
    }

    void laneTitleToolTipIsEscaped()
    {
        NarrativeRecord narrative = makeNarrative(QStringLiteral("n"), QStringLiteral("<i>Ghosts</i>"));
        narrative.summary = QStringLiteral("<script>alert(1)</script> & more");
        Fixture f({narrative}, {makeEvent(QStringLiteral("e"), QStringLiteral("n"), utc(2025, 10, 1))}, false);
        const QPoint title(20, f.pane.eventRect(QStringLiteral("e")).center().y());
        const QString tip = f.pane.laneToolTip(title);
        QVERIFY(!tip.contains(QStringLiteral("<i>")));
        QVERIFY(!tip.contains(QStringLiteral("<script>")));
        QTextDocument shown;
        shown.setHtml(tip);
        QVERIFY(shown.toPlainText().contains(QStringLiteral("<i>Ghosts</i>")));
        QVERIFY(shown.toPlainText().contains(QStringLiteral("<script>alert(1)</script> & more")));
        QVERIFY(f.pane.laneToolTip(QPoint(700, title.y())).isEmpty());
    }
};

QTEST_MAIN(TestNarrativeTimelineInput)
#include "tst_narrativetimelineinput.moc"
