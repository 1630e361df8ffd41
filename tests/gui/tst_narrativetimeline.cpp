// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The narrative timeline: lanes, the shared time mapping, label and title layout, sizes, empty state.
#include "timelinetesting.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>

using namespace seance;
using namespace seance::testing;

class TestNarrativeTimeline : public QObject, private SampleTimeline
{
    Q_OBJECT
private slots:
    void initTestCase() { loadSample(); }

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
};

QTEST_MAIN(TestNarrativeTimeline)
#include "tst_narrativetimeline.moc"
