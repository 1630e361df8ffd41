// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sentiment chart pane: series, gaps, empty states, loading, plot area and rendering.
#include "chartpanetesting.h"
#include "ui/chart/chartpalette.h"

#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <QImage>
#include <QPainter>
#include <QToolButton>
#include <QWheelEvent>

using namespace seance;
using namespace seance::testing;

class TestSentimentChart : public QObject, private ChartTestWorkspaces
{
    Q_OBJECT
private slots:
    void initTestCase() { create(); }
    void twoTokensGiveTwoLines();
    void legendTogglesSeries();
    void linesArePaintedInTheirColours();
    void gapsStayGaps();
    void noPostsShowsImportHint();
    void emptySelectionShowsHint();
    void emptyWorkspaceSaysSo();
    void followsVisibleRange();
    void panInsideWindowDoesNotQuery();
    void staleLoadsAreDropped();
    void announcesPlotArea();
    void renders();
    void screenshots();
};

void TestSentimentChart::twoTokensGiveTwoLines()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QCOMPARE(f->pane.visibleSeriesCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const QList<QPointF> points = f->pane.seriesPoints(i);
        QVERIFY(points.size() > 10);
        for (const QPointF& p : points)
            QVERIFY(std::isnan(p.y()) || (p.y() >= -1 && p.y() <= 1));
    }
    QVERIFY(f->pane.emptyStateText().isEmpty());

    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setSelectedTokens({ghostCoin});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(f->pane.visibleSeriesCount(), 1);
}

void TestSentimentChart::legendTogglesSeries()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    auto* view = f->pane.findChild<QChartView*>();
    QVERIFY(view);
    QList<QLegendMarker*> shown;
    const auto markers = view->chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->isVisible())
            shown.append(marker);
    }
    // One entry per token however many runs its line has, plus the posts bars.
    QCOMPARE(shown.size(), 3);
    QLegendMarker* ghost = nullptr;
    for (QLegendMarker* marker : shown) {
        if (marker->label() == m_names.value(ghostCoin))
            ghost = marker;
    }
    QVERIFY(ghost);
    emit ghost->clicked();
    QCOMPARE(f->pane.visibleSeriesCount(), 1);
    QVERIFY(ghost->isVisible()); // still there, to switch the line back on
    emit ghost->clicked();
    QCOMPARE(f->pane.visibleSeriesCount(), 2);
    int visibleAfter = 0;
    for (QLegendMarker* marker : view->chart()->legend()->markers())
        visibleAfter += marker->isVisible() ? 1 : 0;
    QCOMPARE(visibleAfter, 3);
}

// The lines are painted by the chart's own layer, not by Qt Charts: each visible token's colour must be in the
// plot, and a token switched off in the legend must leave none of its colour behind.
void TestSentimentChart::linesArePaintedInTheirColours()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    const ChartPalette palette = f->pane.chartPalette();
    // Each token's own colour, the same whatever else is selected (ChartPalette::tokenColor).
    const QColor ghostColour = palette.tokenColor(ghostCoin, m_names.keys());
    const QColor icColour = palette.tokenColor(icGhost, m_names.keys());
    QVERIFY(ghostColour != icColour);
    const QRect plot(f->pane.plotLeft(), 0, f->pane.plotRight() - f->pane.plotLeft(), f->pane.height());
    const auto pixelsOf = [&](const QColor& colour) {
        const QImage image = f->pane.grab().toImage();
        int count = 0;
        for (int y = plot.top(); y < plot.bottom(); ++y) {
            for (int x = plot.left(); x < plot.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                                 + std::abs(c.blue() - colour.blue()) < 24 ? 1 : 0;
            }
        }
        return count;
    };
    QVERIFY(pixelsOf(ghostColour) > 50);
    QVERIFY(pixelsOf(icColour) > 50);

    auto* view = f->pane.findChild<QChartView*>();
    QVERIFY(view);
    QLegendMarker* ghost = nullptr;
    for (QLegendMarker* marker : view->chart()->legend()->markers()) {
        if (marker->label() == m_names.value(ghostCoin))
            ghost = marker;
    }
    QVERIFY(ghost);
    emit ghost->clicked();
    QCOMPARE(pixelsOf(ghostColour), 0);
    QVERIFY(pixelsOf(icColour) > 50);
}

void TestSentimentChart::gapsStayGaps()
{
    auto f = makePane(m_gapPath, {QStringLiteral("gappy")}, {day0 - 2 * dayMs, day0 + 9 * dayMs});
    QVERIFY(f);
    const QList<QPointF> points = f->pane.seriesPoints(0);
    QVERIFY(hasGap(points));
    QList<QPointF> finite;
    for (const QPointF& p : points) {
        if (!std::isnan(p.y()))
            finite.append(p);
    }
    // One point per day with posts, at the bucket's centre, and nothing drawn as zero for days 3 and 4.
    QCOMPARE(finite.size(), 5);
    QCOMPARE(finite.at(2), QPointF(double(day0 + 2 * dayMs + dayMs / 2), 0.2));
    QCOMPARE(finite.at(3), QPointF(double(day0 + 5 * dayMs + dayMs / 2), 0.5));
    // The break sits exactly between the last bucket before the gap and the first after it.
    const auto gap = std::find_if(points.cbegin(), points.cend(), [](const QPointF& p) { return std::isnan(p.y()); });
    QVERIFY(gap != points.cbegin() && gap + 1 != points.cend());
    QCOMPARE(*(gap - 1), finite.at(2));
    QCOMPARE(*(gap + 1), finite.at(3));
}

void TestSentimentChart::noPostsShowsImportHint()
{
    auto f = makePane(m_gapPath, {QStringLiteral("silent")}, {day0, day0 + 9 * dayMs});
    QVERIFY(f);
    QCOMPARE(f->pane.visibleSeriesCount(), 0);
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("No posts for these tokens yet — File › Import… to add posts"));

    // A token that has posts, just not in view, gets a different hint.
    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setSelectedTokens({QStringLiteral("gappy")});
    QVERIFY(loaded.wait(10000));
    QVERIFY(f->pane.emptyStateText().isEmpty());
    // The background prefetch may already hold this range, so the hint can come without another load.
    f->state.setVisibleRange({day0 + 60 * dayMs, day0 + 70 * dayMs});
    QTRY_COMPARE_WITH_TIMEOUT(f->pane.emptyStateText(), QStringLiteral("No posts in this time range"), 10000);
}

// A workspace without tokens has nothing to select: the chart says so and how to add some, not "select a token".
void TestSentimentChart::emptyWorkspaceSaysSo()
{
    auto f = makePane(m_samplePath, {}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    f->pane.setTokenNames({});
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("This workspace has no tokens yet"));
    f->pane.setTokenNames({{ghostCoin, QStringLiteral("Ghost Coin (GHOST)")}});
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("Select one or more tokens to chart their sentiment"));
}

void TestSentimentChart::emptySelectionShowsHint()
{
    auto f = makePane(m_samplePath, {}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("Select one or more tokens to chart their sentiment"));
    QCOMPARE(f->pane.visibleSeriesCount(), 0);
    QVERIFY(!f->pane.isLoading());
    // No token, no bars: the legend shows no "Posts" entry on its own.
    auto* view = f->pane.findChild<QChartView*>();
    QVERIFY(view);
    const auto markers = view->chart()->legend()->markers();
    for (QLegendMarker* marker : markers)
        QVERIFY2(!marker->isVisible(), qPrintable(marker->label()));
}

void TestSentimentChart::followsVisibleRange()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QCOMPARE(f->pane.axisRange(), TimeRange(sampleWindowStart(), sampleWindowEnd()));
    const TimeRange week{day0, day0 + weekMs};
    f->state.setVisibleRange(week);
    QCOMPARE(f->pane.axisRange(), week);
}

void TestSentimentChart::panInsideWindowDoesNotQuery()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {day0, day0 + 20 * dayMs});
    QVERIFY(f);
    const QList<QPointF> before = f->pane.seriesPoints(0);
    f->state.setVisibleRange({day0 + 3 * dayMs, day0 + 23 * dayMs});
    QVERIFY(!f->pane.isLoading());
    const QList<QPointF> after = f->pane.seriesPoints(0);
    QVERIFY(after != before);
    QVERIFY(after.last().x() > before.last().x());

    // Meanwhile a much wider window loads in the background, and the chart never waits for it.
    QTRY_VERIFY(!f->pane.isPrefetching());
    const TimeRange wide = f->pane.cachedWindow();
    QVERIFY(wide.span() > 100 * 20 * dayMs);
    f->state.setVisibleRange({day0 + 50 * dayMs, day0 + 60 * dayMs});
    QVERIFY(!f->pane.isLoading());

    // Beyond the prefetched window, the chart must wait for a query. Hourly buckets keep the window (one
    // token: eleven years) inside the times the view accepts.
    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setGranularity(Granularity::Hour);
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!f->pane.isPrefetching());
    const TimeRange hourly = f->pane.cachedWindow();
    QVERIFY(hourly.span() > 5 * 365 * dayMs);
    f->state.setVisibleRange({hourly.to + 10 * dayMs, hourly.to + 20 * dayMs});
    QCOMPARE(f->state.visibleRange().from, hourly.to + 10 * dayMs);
    QVERIFY(f->pane.isLoading());
}

void TestSentimentChart::staleLoadsAreDropped()
{
    auto f = makePane(m_samplePath, {}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    const int staleBefore = f->pane.staleResultCount();
    f->state.setSelectedTokens({ghostCoin});          // load 1
    f->state.setSelectedTokens({ghostCoin, icGhost}); // load 2 makes load 1 stale
    f->pane.reload();                                 // load 3 makes load 2 stale
    QVERIFY(loaded.wait(10000));
    // Load 3, then the wider window that the chart prefetches after it; nothing else.
    QTRY_COMPARE(loaded.count(), 2);
    QTest::qWait(300); // room for a stale result to (wrongly) arrive
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(f->pane.staleResultCount() - staleBefore, 2);
    QCOMPARE(f->pane.visibleSeriesCount(), 2);
}

void TestSentimentChart::announcesPlotArea()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QVERIFY(f->pane.plotLeft() > 0);
    QVERIFY(f->pane.plotRight() < f->pane.width());
    QSignalSpy changed(&f->pane, &SentimentChartPane::plotAreaChanged);
    f->pane.resize(900, 600);
    QTRY_VERIFY(changed.count() >= 1);
    const int right = changed.last().at(1).toInt();
    QVERIFY(right < 900 && right > 700);
    QCOMPARE(f->pane.plotRight(), right);
}

void TestSentimentChart::renders()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    f->pane.setSampleData(true);
    QVERIFY(f->pane.isSampleBadgeVisible());
    f->state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
    QImage image(1200, 675, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        f->pane.renderTo(&painter, QRectF(image.rect()));
    }
    // The dark background was painted, and the lines' colours are somewhere in it.
    QCOMPARE(image.pixelColor(2, 2).alpha(), 255);
    QVERIFY(image.pixelColor(2, 2).lightness() < 60);
    const QString dir = qEnvironmentVariable("SEANCE_CHART_SCREENSHOTS");
    if (!dir.isEmpty()) {
        image.save(dir + QStringLiteral("/chart-render.png"));
        f->pane.grab().save(dir + QStringLiteral("/chart-pane.png"));
    }
}

// Pictures for a human to look at, written only when SEANCE_CHART_SCREENSHOTS names a folder.
void TestSentimentChart::screenshots()
{
    const QString dir = qEnvironmentVariable("SEANCE_CHART_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("SEANCE_CHART_SCREENSHOTS is not set");
    auto save = [&dir](QWidget& widget, const char* name) {
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(dir + QLatin1String("/chart-") + QLatin1String(name) + QLatin1String(".png")));
    };
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    f->pane.resize(1280, 640);
    f->pane.setSampleData(true);
    f->state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
    save(f->pane, "two-tokens");

    const int y = f->pane.height() / 2;
    const int x = f->pane.plotLeft() + (f->pane.plotRight() - f->pane.plotLeft()) * 36 / 91; // about Oct 6
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x, y)));
    save(f->pane, "hover");

    QTest::mousePress(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x - 150, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x + 60, y)));
    save(f->pane, "rubber-band");
    QTest::mouseRelease(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x + 60, y)));
    QTest::mouseMove(f->pane.chartViewport(), QPoint(-10, -10));

    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setGranularity(Granularity::Hour);
    f->state.setVisibleRange({day0 - 2 * dayMs, day0 + 5 * dayMs});
    QVERIFY(loaded.wait(10000));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(f->pane.plotLeft() + 520, y)));
    save(f->pane, "hourly-zoom");

    f->state.setGranularity(Granularity::Day);
    f->state.setMetric(Metric::PositiveShare);
    f->state.setSelectedTokens({ghostCoin, QStringLiteral("dogecoin-doge"), QStringLiteral("ethereum-pepe"),
                                QStringLiteral("ghostai-hypothetical")});
    f->state.setVisibleRange({sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(loaded.wait(10000));
    QTest::mouseMove(f->pane.chartViewport(), QPoint(-10, -10));
    save(f->pane, "positive-share");

    f->state.setMetric(Metric::ShareOfVoice);
    QVERIFY(loaded.wait(10000));
    save(f->pane, "share-of-voice");

    f->state.setMetric(Metric::Volume);
    save(f->pane, "volume");

    f->state.setSelectedTokens({});
    save(f->pane, "empty");
}

QTEST_MAIN(TestSentimentChart)
#include "tst_sentimentchart.moc"
