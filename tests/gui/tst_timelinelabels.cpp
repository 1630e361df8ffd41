// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Labels never hide data: for every lane title, edge badge and event label the timeline lays out, at every width,
// left margin (the chart's y-axis decides it) and range, no event marker with its focus ring lies under it. Then
// the same on pixels: a focused event at the very left of the plot shows its marker and ring in the picture.
#include "samplewindow.h"
#include "timelinetesting.h"
#include "ui/common/elidedtext.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/timeline/timelinelayout.h"

#include <QFontMetrics>
#include <QImage>
#include <QTest>

using namespace seance;
using namespace seance::testing;

namespace {

// Five lanes with long titles, events a few hours to days apart, some bunched at the start of the range.
TimelineContent crowdedContent(const TimeRange& range)
{
    TimelineContent content;
    const QStringList titles = {QStringLiteral("Summoning ghosts: Karpathy answers Sutton"),
                                QStringLiteral("Ghost-themed tokens"),
                                QStringLiteral("Dogecoin: the original meme coin"), QStringLiteral("Shiba Inu"),
                                QStringLiteral("Other events")};
    for (int i = 0; i < titles.size(); ++i)
        content.lanes.append({QStringLiteral("n%1").arg(i), titles.at(i), QColor::fromHsv(i * 60, 200, 220)});
    const qint64 span = range.to - range.from;
    const QList<double> shares = {-0.2, 0.0, 0.001, 0.004, 0.01, 0.03, 0.05, 0.1, 0.3, 0.31, 0.6, 0.95, 0.999, 1.2};
    for (int lane = 0; lane < titles.size(); ++lane) {
        for (int k = lane % 2; k < shares.size(); ++k) {
            TimelineItem item;
            item.time = range.from + qint64(shares.at(k) * double(span));
            item.lane = lane;
            item.label = QStringLiteral("Event %1.%2 with a title long enough to need eliding").arg(lane).arg(k);
            item.shape = k % 3 == 0 ? MarkerShape::Diamond : MarkerShape::Dot;
            content.items.append(item);
        }
    }
    std::sort(content.items.begin(), content.items.end(),
              [](const TimelineItem& a, const TimelineItem& b) { return a.time < b.time; });
    return content;
}

} // namespace

class TestTimelineLabels final : public QObject
{
    Q_OBJECT
private slots:
    void nothingWrittenCoversAnEvent_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("plotLeft");
        QTest::addColumn<int>("rightMargin");
        for (const int width : {420, 800, 1400, 2400}) {
            for (const int plotLeft : {8, 40, 64, 100, 150}) {
                for (const int rightMargin : {4, 40})
                    QTest::addRow("%d px wide, plot from %d, right margin %d", width, plotLeft, rightMargin)
                        << width << plotLeft << rightMargin;
            }
        }
    }

    void nothingWrittenCoversAnEvent()
    {
        QFETCH(int, width);
        QFETCH(int, plotLeft);
        QFETCH(int, rightMargin);
        const QFont font;
        const QFontMetrics metrics(font);
        const TimelineContent content = crowdedContent(sampleRange);
        const TimelineViewport viewport{QSize(width, 200), plotLeft, width - rightMargin, sampleRange};
        const TimelineGeometry geometry = layoutTimeline(content, viewport, metrics, metrics);
        QVERIFY(!geometry.events.isEmpty());
        for (const PlacedEvent& event : geometry.events) {
            const QRectF halo = markerWithHalo(event);
            const int laneIndex = content.items.at(event.item).lane;
            const PlacedLane& lane = geometry.lanes.at(laneIndex);
            const auto where = [&](const char* what) {
                return qPrintable(QStringLiteral("%1 covers the event at x=%2 in lane %3")
                                      .arg(QLatin1String(what))
                                      .arg(event.x)
                                      .arg(laneIndex));
            };
            const int backing = lane.titleInPlot ? 3 : 0; // the painter's backing behind a title in the plot
            if (!lane.elidedTitle.isEmpty())
                QVERIFY2(!halo.intersects(QRectF(lane.titleRect.adjusted(-backing, 0, backing, 0))),
                         where("the lane title"));
            QVERIFY2(lane.beforeBadge.isEmpty() || !halo.intersects(QRectF(lane.beforeBadge)), where("the ◂ badge"));
            QVERIFY2(lane.afterBadge.isEmpty() || !halo.intersects(QRectF(lane.afterBadge)), where("the ▸ badge"));
            for (const PlacedEvent& other : geometry.events) {
                if (&other != &event && !other.labelRect.isEmpty())
                    QVERIFY2(!event.marker.intersects(QRectF(other.labelRect)), where("another event's label"));
            }
        }
    }

    // A title that holds "…" itself, cut anywhere, gets one ellipsis: never "animals … …".
    void oneEllipsisOnly()
    {
        const QString title = QStringLiteral("Karpathy: “not about building animals … summoning ghosts”");
        const QFontMetrics metrics{QFont()};
        const QFontMetricsF metricsF{QFont()};
        for (int width = 8; width < metrics.horizontalAdvance(title) + 10; ++width) {
            for (const QString& text : {elidedText(metrics, title, width), elidedText(metricsF, title, width)}) {
                QVERIFY2(metrics.horizontalAdvance(text) <= width + 1, qPrintable(text));
                const bool doubled =
                    text.endsWith(QStringLiteral(" \u2026")) || text.endsWith(QStringLiteral("\u2026\u2026"));
                QVERIFY2(!doubled, qPrintable(text));
            }
        }
    }

    // The pixels: a focused event just inside the plot's left edge, where the lane titles and the "before"
    // badges were, keeps its marker and focus ring visible.
    void focusedEventAtTheLeftEdgeIsVisible()
    {
        const QList<NarrativeRecord> narratives = {
            makeNarrative(QStringLiteral("a"), QStringLiteral("A narrative with a title far too long for the margin"))};
        const QList<EventRecord> events = {
            makeEvent(QStringLiteral("early"), QStringLiteral("a"), sampleRange.from - 5 * dayMs),
            makeEvent(QStringLiteral("edge"), QStringLiteral("a"), sampleRange.from + dayMs / 4),
            makeEvent(QStringLiteral("later"), QStringLiteral("a"), sampleRange.from + 20 * dayMs)};
        Fixture fixture(narratives, events);
        fixture.pane.setPlotSpan(40, 1360);
        fixture.state.setFocusedEvent(QStringLiteral("edge"));
        const QRect markerRect = fixture.pane.eventRect(QStringLiteral("edge"));
        QVERIFY(!markerRect.isEmpty());
        const QImage picture = fixture.pane.grab().toImage();
        // The focus ring's colour must show on both sides of the marker, not only where nothing covers it.
        const QColor ring = fixture.pane.timelinePalette().focusRing;
        const auto ringPixelsIn = [&](const QRect& area) { return pixelsNear(picture, ring, 59, area); };
        const QRect box = markerRect.adjusted(-7, -7, 7, 7).intersected(picture.rect());
        const int centre = markerRect.center().x();
        const bool ringSeen =
            ringPixelsIn(QRect(QPoint(box.left(), box.top()), QPoint(centre - 4, box.bottom()))) > 0 &&
            ringPixelsIn(QRect(QPoint(centre + 4, box.top()), box.bottomRight())) > 0;
        if (!ringSeen)
            picture.save(QDir::temp().filePath(QStringLiteral("timeline-left-edge.png")));
        QVERIFY2(ringSeen, "the focused event's ring is visible at the plot's left edge");
    }
};

QTEST_MAIN(TestTimelineLabels)
#include "tst_timelinelabels.moc"
