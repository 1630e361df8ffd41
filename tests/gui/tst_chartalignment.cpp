// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's plot and the narrative timeline share one time axis: the chart's plot area starts where the
// timeline's time origin is, to the pixel, at the default window size (the Tokens dock at its size hint) and
// after the dock or the window is resized. A difference of one pixel fails.
#include "samplewindow.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/tokens/tokenbrowser.h"

#include <QDockWidget>
#include <QTableView>
#include <QTest>

using namespace seance;

class TestChartAlignment : public QObject
{
    Q_OBJECT
private slots:
    void plotAndTimelineShareTheirOrigin_data();
    void plotAndTimelineShareTheirOrigin();

private:
    QTemporaryDir m_dir;
};

void TestChartAlignment::plotAndTimelineShareTheirOrigin_data()
{
    QTest::addColumn<QSize>("windowSize");    // empty: the window's own default
    QTest::addColumn<int>("tokensDockWidth"); // 0: the dock's default
    QTest::newRow("default window") << QSize() << 0;
    QTest::newRow("tokens dock 421") << QSize() << 421;
    QTest::newRow("tokens dock 611") << QSize() << 611;
    QTest::newRow("1280x800, dock 477") << QSize(1280, 800) << 477;
    QTest::newRow("1701x1003, dock 533") << QSize(1701, 1003) << 533;
}

void TestChartAlignment::plotAndTimelineShareTheirOrigin()
{
    QFETCH(QSize, windowSize);
    QFETCH(int, tokensDockWidth);
    std::unique_ptr<MainWindow> window = testing::openSampleWindow(m_dir);
    QVERIFY(window);
    if (windowSize.isEmpty())
        window->resize(1440, 900); // the default of a first start (MainWindow::restoreWindowState)
    else
        window->resize(windowSize);
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("tokensDock"));
    QVERIFY(dock);
    if (tokensDockWidth > 0)
        window->resizeDocks({dock}, {tokensDockWidth}, Qt::Horizontal);
    // The first start selects the ghost tokens, so the chart has lines, axes and a plot area.
    window->tokenBrowser()->tableView()->selectRow(1);
    SentimentChartPane* chart = window->chartPane();
    NarrativeTimelinePane* timeline = window->timelinePane();
    QTRY_VERIFY(chart->visibleSeriesCount() > 0);
    const auto chartEdges = [&] {
        const QRectF plot = chart->plotRectInPane();
        const double origin = chart->mapTo(window.get(), QPoint(0, 0)).x();
        return std::pair{origin + plot.left(), origin + plot.right()};
    };
    const auto timelineEdges = [&] {
        const double origin = timeline->mapTo(window.get(), QPoint(0, 0)).x();
        return std::pair{origin + timeline->axisMapping().left(), origin + timeline->axisMapping().right()};
    };
    const auto describe = [&] {
        return QStringLiteral("chart plot %1…%2, timeline %3…%4 (window %5 px, tokens dock %6 px)")
            .arg(chartEdges().first)
            .arg(chartEdges().second)
            .arg(timelineEdges().first)
            .arg(timelineEdges().second)
            .arg(window->width())
            .arg(dock->width());
    };
    // The timeline maps whole pixels: the chart's plot edges rounded, exactly, so one pixel off fails.
    const auto aligned = [&] {
        return timelineEdges().first == double(std::lround(chartEdges().first)) &&
               timelineEdges().second == double(std::lround(chartEdges().second));
    };
    QTRY_VERIFY2(aligned(), qPrintable(describe()));
    // And it stays so once everything has settled.
    QTest::qWait(100);
    QVERIFY2(aligned(), qPrintable(describe()));
    qInfo("%s", qPrintable(describe()));
}

QTEST_MAIN(TestChartAlignment)
#include "tst_chartalignment.moc"
