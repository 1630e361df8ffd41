// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/sampledatabase.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/narrativestore.h"
#include "timeline/narrativetimelinepane.h"
#include "viewstate.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

using namespace seance;

namespace {

qint64 utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

const TimeRange sampleRange{utc(2025, 9, 15), utc(2025, 10, 31)};

EventRecord makeEvent(const QString& id, const QString& narrative, qint64 at, const QString& title = QString())
{
    EventRecord event;
    event.id = id;
    event.narrativeId = narrative;
    event.occurredAt = at;
    event.title = title.isEmpty() ? id : title;
    event.kind = QStringLiteral("post");
    return event;
}

NarrativeRecord makeNarrative(const QString& id, const QString& title)
{
    NarrativeRecord narrative;
    narrative.id = id;
    narrative.title = title;
    return narrative;
}

// The pane as the main window would hold it: shown, so real mouse and key events reach it.
struct Fixture
{
    ViewState state;
    NarrativeTimelinePane pane{&state};

    Fixture(const QList<NarrativeRecord>& narratives, const QList<EventRecord>& events, bool show = true)
    {
        pane.resize(1400, 220);
        state.setVisibleRange(sampleRange);
        pane.setData(narratives, events);
        if (show) {
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
        }
    }
};

} // namespace

class TestNarrativeTimeline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sample.seance"));
        QString error;
        QVERIFY2(createSampleDatabase(
                     path, [](std::string_view) { return SentimentScore{}; }, &error),
                 qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        m_narratives = NarrativeStore(db).all(&error);
        m_events = EventStore(db).all(&error);
        QVERIFY(!m_narratives.isEmpty());
        QVERIFY(!m_events.isEmpty());
    }

    void oneLanePerNarrative()
    {
        Fixture f(m_narratives, m_events, false);
        QCOMPARE(f.pane.laneCount(), m_narratives.size());
        QVERIFY(!f.pane.laneTitles().contains(QStringLiteral("Other events")));
    }

    void eventsWithoutNarrativeGetTheOtherLane()
    {
        QList<EventRecord> events = m_events;
        events << makeEvent(QStringLiteral("loose"), QString(), utc(2025, 10, 5))
               << makeEvent(QStringLiteral("orphan"), QStringLiteral("no-such-narrative"), utc(2025, 10, 6));
        Fixture f(m_narratives, events, false);
        QCOMPARE(f.pane.laneCount(), m_narratives.size() + 1);
        QCOMPARE(f.pane.laneTitles().last(), QStringLiteral("Other events"));
        // Both land in the same (last) lane, at the same height.
        QCOMPARE(f.pane.eventRect(QStringLiteral("loose")).center().y(),
                 f.pane.eventRect(QStringLiteral("orphan")).center().y());
        QVERIFY(f.pane.eventRect(QStringLiteral("loose")).center().y() >
                f.pane.eventRect(QStringLiteral("karpathy-thread-2025-10-01")).center().y());
    }

    void eventXIsTheSharedMapping()
    {
        Fixture f(m_narratives, m_events, false);
        f.pane.setPlotSpan(210, 1330);
        const TimeAxisMapping mapping(sampleRange, 210, 1330);
        int onScreen = 0;
        for (const EventRecord& event : std::as_const(m_events)) {
            const std::optional<double> x = f.pane.eventX(event.id);
            if (!sampleRange.contains(event.occurredAt)) {
                QVERIFY2(!x, qPrintable(event.id));
                QVERIFY(f.pane.eventRect(event.id).isEmpty());
                continue;
            }
            ++onScreen;
            QVERIFY2(x, qPrintable(event.id));
            QCOMPARE(*x, mapping.timeToPixel(event.occurredAt));
        }
        QCOMPARE(onScreen, 3); // Sutton, Karpathy's thread, Karpathy on Dwarkesh
    }

    void followsTheVisibleRange()
    {
        Fixture f(m_narratives, m_events, false);
        f.pane.setPlotSpan(200, 1300);
        const QString id = QStringLiteral("karpathy-thread-2025-10-01");
        const double before = *f.pane.eventX(id);
        const TimeRange zoomed{utc(2025, 9, 28), utc(2025, 10, 4)};
        f.state.setVisibleRange(zoomed);
        const std::optional<double> after = f.pane.eventX(id);
        QVERIFY(after);
        QVERIFY(std::abs(*after - before) > 100);
        QCOMPARE(*after, TimeAxisMapping(zoomed, 200, 1300).timeToPixel(utc(2025, 10, 1)));
        // Sutton (09-26) is now before the range and must not be drawn.
        QVERIFY(!f.pane.eventX(QStringLiteral("sutton-dwarkesh-2025-09-26")));
    }

    void plotSpanShiftsEvents()
    {
        Fixture f(m_narratives, m_events, false);
        const QString id = QStringLiteral("karpathy-thread-2025-10-01");
        f.pane.setPlotSpan(200, 1300);
        const double x1 = *f.pane.eventX(id);
        f.pane.setPlotSpan(260, 1360);
        const double x2 = *f.pane.eventX(id);
        QVERIFY(qFuzzyCompare(x2 - x1, 60.0));
        QCOMPARE(f.pane.axisMapping().left(), 260.0);
        QCOMPARE(f.pane.axisMapping().right(), 1360.0);
    }

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

    void rangeToReveal_data()
    {
        QTest::addColumn<qint64>("eventTime");
        QTest::addColumn<bool>("moves");
        QTest::newRow("inside") << utc(2025, 10, 1) << false;
        QTest::newRow("at from") << sampleRange.from << false;
        QTest::newRow("at to (half-open)") << sampleRange.to << true;
        QTest::newRow("before") << utc(2023, 4, 17) << true;
        QTest::newRow("just before") << sampleRange.from - 1 << true;
        QTest::newRow("after") << utc(2026, 2, 1, 12) << true;
    }

    void rangeToReveal()
    {
        QFETCH(qint64, eventTime);
        QFETCH(bool, moves);
        const std::optional<TimeRange> range = NarrativeTimelinePane::rangeToReveal(sampleRange, eventTime);
        QCOMPARE(range.has_value(), moves);
        if (!moves)
            return;
        QCOMPARE(range->span(), sampleRange.span());
        QCOMPARE(range->from, eventTime - sampleRange.span() / 2);
        QVERIFY(range->contains(eventTime));
    }

    void rangeToRevealStaysInBounds()
    {
        const std::optional<TimeRange> range = NarrativeTimelinePane::rangeToReveal(sampleRange, 1000);
        QVERIFY(range);
        QCOMPARE(range->from, saneTimeBounds.from);
        QCOMPARE(range->span(), sampleRange.span());
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

    void labelsNeverOverlap()
    {
        // A crowded lane with long titles: runs of events 15 hours apart, with a few days between the runs.
        QList<EventRecord> events;
        qint64 at = utc(2025, 9, 16);
        for (int i = 0; i < 30; ++i) {
            events << makeEvent(QStringLiteral("e%1").arg(i), QStringLiteral("n"), at,
                                QStringLiteral("A rather long event title number %1 that cannot fit").arg(i));
            at += i % 4 == 3 ? 3 * dayMs : 15 * hourMs;
        }
        Fixture f({makeNarrative(QStringLiteral("n"), QStringLiteral("Crowded"))}, events, false);
        QList<QRect> occupied;
        int labelled = 0;
        for (const EventRecord& event : std::as_const(events)) {
            const QRect marker = f.pane.eventRect(event.id);
            QVERIFY(!marker.isEmpty());
            const QRect label = f.pane.eventLabelRect(event.id);
            if (label.isEmpty())
                continue;
            ++labelled;
            QVERIFY(label.right() < f.pane.width());
            for (const QRect& other : std::as_const(occupied))
                QVERIFY2(!label.intersects(other), qPrintable(event.id));
            occupied << label;
        }
        // Markers of later events must not sit under an earlier label either.
        for (const EventRecord& event : std::as_const(events)) {
            const QRect marker = f.pane.eventRect(event.id);
            for (const EventRecord& other : std::as_const(events)) {
                if (other.id != event.id)
                    QVERIFY(!f.pane.eventLabelRect(other.id).intersects(marker));
            }
        }
        QVERIFY(labelled > 5);
    }

    // With a narrow left margin the title sits inside the plot; a marker there is never drawn under it.
    void laneTitleGivesWayToMarkers_data()
    {
        QTest::addColumn<int>("markerOffset"); // pixels right of the plot's left edge
        QTest::addColumn<bool>("titleKept");
        QTest::newRow("marker far right of the title") << 600 << true;
        QTest::newRow("marker inside the title: shortened") << 70 << true;
        QTest::newRow("marker at the plot's left edge: title gone") << 6 << false;
    }

    void laneTitleGivesWayToMarkers()
    {
        QFETCH(int, markerOffset);
        QFETCH(bool, titleKept);
        const QString longTitle = QStringLiteral("Summoning ghosts, and the tokens named after them");
        Fixture probe({makeNarrative(QStringLiteral("n"), longTitle)}, {}, false);
        probe.pane.setPlotSpan(50, 1350);
        const qint64 at = probe.pane.axisMapping().pixelToTime(50 + markerOffset);
        Fixture f({makeNarrative(QStringLiteral("n"), longTitle)},
                  {makeEvent(QStringLiteral("e"), QStringLiteral("n"), at)}, false);
        f.pane.setPlotSpan(50, 1350);
        const QRect marker = f.pane.eventRect(QStringLiteral("e"));
        QVERIFY(!marker.isEmpty());
        const QRect title = f.pane.laneTitleRect(0);
        QCOMPARE(!title.isEmpty(), titleKept);
        QVERIFY2(title.isEmpty() || title.right() < marker.left(),
                 qPrintable(QStringLiteral("title ends at %1, marker starts at %2").arg(title.right()).arg(marker.left())));
        QVERIFY(title.isEmpty() || title.left() >= 50);
    }

    void sizeHintsFitFiveLanes()
    {
        QList<NarrativeRecord> narratives;
        QList<EventRecord> events;
        for (int i = 0; i < 5; ++i) {
            narratives << makeNarrative(QStringLiteral("n%1").arg(i), QStringLiteral("Narrative %1").arg(i));
            events << makeEvent(QStringLiteral("e%1").arg(i), QStringLiteral("n%1").arg(i), utc(2025, 10, 1 + i));
        }
        Fixture f(narratives, events, false);
        const QSize minimum = f.pane.minimumSizeHint();
        QVERIFY(f.pane.sizeHint().height() >= 5 * 28);
        QVERIFY(f.pane.sizeHint().height() < 5 * 28 + 60);
        QVERIFY(minimum.height() <= f.pane.sizeHint().height());
        // At the minimum height the five lanes are stacked inside the pane, clear of the axis labels.
        f.pane.resize(800, minimum.height());
        int previousBottom = 0;
        for (const EventRecord& event : std::as_const(events)) {
            const QRect marker = f.pane.eventRect(event.id);
            QVERIFY(marker.top() > previousBottom);
            previousBottom = marker.bottom();
        }
        QVERIFY(previousBottom < minimum.height() - f.pane.fontMetrics().height());
    }

    void emptyStateIsPainted()
    {
        ViewState state;
        NarrativeTimelinePane pane(&state);
        pane.resize(900, 160);
        QCOMPARE(pane.laneCount(), 0);
        const QColor background = pane.timelinePalette().background;
        const auto paintedBesidesBackground = [&] {
            const QImage image = pane.grab().toImage();
            int other = 0;
            for (int x = 0; x < image.width(); x += 2)
                other += image.pixelColor(x, image.height() / 2) != background;
            return other;
        };
        // Before any workspace (the window's first frame) the pane is blank: no hint about importing yet.
        QCOMPARE(paintedBesidesBackground(), 0);
        // A workspace without narratives: the hint text.
        pane.setData({}, {});
        QVERIFY(paintedBesidesBackground() > 20);
    }

    void screenshots()
    {
        // Only on request, so a normal test run writes nothing outside its temporary folder.
        const QString folder = qEnvironmentVariable("SEANCE_TIMELINE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("Set SEANCE_TIMELINE_SCREENSHOTS to a folder to save screenshots");
        QList<EventRecord> events = m_events;
        events << makeEvent(QStringLiteral("loose"), QString(), utc(2025, 10, 9),
                            QStringLiteral("An event with no narrative"));
        Fixture f(m_narratives, events, false);
        QVERIFY(f.pane.grab().save(QDir(folder).filePath(QStringLiteral("timeline-default.png"))));
        f.pane.setPlotSpan(72, 1384);
        f.state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
        f.state.setHoverTime(utc(2025, 10, 10, 12));
        QVERIFY(f.pane.grab().save(QDir(folder).filePath(QStringLiteral("timeline-chartspan.png"))));
        f.state.setVisibleRange({utc(2013, 1, 1), utc(2026, 1, 1)});
        QVERIFY(f.pane.grab().save(QDir(folder).filePath(QStringLiteral("timeline-years.png"))));
        f.state.setVisibleRange({utc(2025, 9, 30, 18), utc(2025, 10, 2, 6)});
        QVERIFY(f.pane.grab().save(QDir(folder).filePath(QStringLiteral("timeline-hours.png"))));
        ViewState emptyState;
        NarrativeTimelinePane empty(&emptyState);
        empty.resize(1400, 220);
        QVERIFY(empty.grab().save(QDir(folder).filePath(QStringLiteral("timeline-empty.png"))));
    }

private:
    QTemporaryDir m_dir;
    QList<NarrativeRecord> m_narratives;
    QList<EventRecord> m_events;
};

QTEST_MAIN(TestNarrativeTimeline)
#include "tst_narrativetimeline.moc"
