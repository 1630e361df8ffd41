// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoothing on the real chart pane and in the View menu: the drawn line is the smoothed one (hand-worked over
// a token with empty days), points under the minimum-posts threshold are drawn faded, the band is drawn, the
// hover tooltip gives the smoothed and the raw value, and View › Smoothing sets and follows the ViewState.
#include "chartpanetesting.h"
#include "samplewindow.h"

#include "models/appsettings.h"

#include <QMenu>
#include <QMenuBar>

using namespace seance;
using namespace seance::testing;

class TestChartSmoothing : public QObject, private ChartTestWorkspaces
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        create();
    }

    void smoothedLineIsDrawn_data();
    void smoothedLineIsDrawn();
    void thinPointsAreFadedAndTheBandIsDrawn();
    void hoverShowsSmoothedAndRaw();
    void viewMenuSetsAndFollowsTheState();

private:
    static Smoothing smoothing(SmoothingKind kind, int days, int minPosts = 0, bool band = false)
    {
        Smoothing s;
        s.kind = kind;
        s.days = days;
        s.minPosts = minPosts;
        s.band = band;
        return s;
    }
    static QList<double> finiteValues(const QList<QPointF>& points)
    {
        QList<double> out;
        for (const QPointF& p : points) {
            if (std::isfinite(p.y()))
                out.append(std::round(p.y() * 1000) / 1000);
        }
        return out;
    }
};

void TestChartSmoothing::smoothedLineIsDrawn_data()
{
    // "gappy": 3 posts a day on days 0, 1, 2, 5 and 6, each day's compound 0.1 × day; nothing on days 3 and 4.
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<double>>("values");
    QTest::newRow("none") << int(SmoothingKind::None) << 3 << QList<double>{0, 0.1, 0.2, 0.5, 0.6};
    // (s − 3 days, s]: day 3 averages days 1 and 2, day 4 only day 2, day 5 only day 5, day 7 days 5 and 6,
    // day 8 only day 6.
    QTest::newRow("ma3") << int(SmoothingKind::MovingAverage) << 3
                         << QList<double>{0, 0.05, 0.1, 0.15, 0.2, 0.5, 0.55, 0.55, 0.6};
    // alpha 0.5, equal weights: day 1 = (0.5·0 + 0.1) / 1.5, day 2 = (0.05 + 0.2) / 1.75; days 3 and 4 only age
    // them; day 5 = (0.125·0.25 + 0.5) / (0.125·1.75 + 1) = 0.436; day 6 = (0.5·0.53125 + 0.6) / (0.5·1.21875 + 1).
    QTest::newRow("ema3") << int(SmoothingKind::Exponential) << 3
                          << QList<double>{0, 0.067, 0.143, 0.143, 0.143, 0.436, 0.538, 0.538, 0.538, 0.538, 0.538};
}

void TestChartSmoothing::smoothedLineIsDrawn()
{
    QFETCH(int, kind);
    QFETCH(int, days);
    QFETCH(QList<double>, values);
    auto f = makePane(m_gapPath, {QStringLiteral("gappy")}, {day0, day0 + 10 * dayMs});
    QVERIFY(f);
    f->state.setSmoothing(smoothing(SmoothingKind(kind), days));
    QTRY_COMPARE(finiteValues(f->pane.seriesPoints(0)), values);
}

void TestChartSmoothing::thinPointsAreFadedAndTheBandIsDrawn()
{
    auto f = makePane(m_gapPath, {QStringLiteral("gappy")}, {day0, day0 + 10 * dayMs});
    QVERIFY(f);
    f->state.setSmoothing(smoothing(SmoothingKind::None, 3, 0));
    QTRY_COMPARE(f->pane.seriesFadedRunCount(0), 0);
    // Three posts a day, under a threshold of 5: every point faded, none at full strength, still drawn.
    f->state.setSmoothing(smoothing(SmoothingKind::None, 3, 5));
    QTRY_VERIFY(f->pane.seriesFadedRunCount(0) > 0);
    QVERIFY(finiteValues(f->pane.seriesSolidPoints(0)).isEmpty());
    QCOMPARE(finiteValues(f->pane.seriesPoints(0)), (QList<double>{0, 0.1, 0.2, 0.5, 0.6}));
    QCOMPARE(f->pane.visibleSeriesCount(), 1);
    // With a 3-day window, days 1–3, 6 and 7 hold 6 or 9 posts: those are drawn in full.
    f->state.setSmoothing(smoothing(SmoothingKind::MovingAverage, 3, 5));
    QTRY_COMPARE(finiteValues(f->pane.seriesSolidPoints(0)), (QList<double>{0.05, 0.1, 0.15, 0.55, 0.55}));
    QVERIFY(f->pane.seriesFadedRunCount(0) > 0);
    QCOMPARE(f->pane.seriesBandCount(0), 0);
    f->state.setSmoothing(smoothing(SmoothingKind::MovingAverage, 3, 5, true));
    QTRY_VERIFY(f->pane.seriesBandCount(0) > 0);
}

void TestChartSmoothing::hoverShowsSmoothedAndRaw()
{
    auto f = makePane(m_gapPath, {QStringLiteral("gappy")}, {day0, day0 + 10 * dayMs});
    QVERIFY(f);
    f->state.setSmoothing(smoothing(SmoothingKind::MovingAverage, 3, 5));
    QTRY_VERIFY(!finiteValues(f->pane.seriesPoints(0)).isEmpty());
    // Day 3 (no posts): the line is the average of days 1 and 2; the raw value is missing.
    const QRectF plot = f->pane.plotRectInPane();
    const int x = int(std::lround(plot.left() + plot.width() * 3.5 / 10));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x, int(plot.center().y()))));
    QTRY_VERIFY(!f->pane.hoverTipRows().isEmpty());
    const QString row = f->pane.hoverTipRows().constFirst();
    QVERIFY2(row.contains(QStringLiteral(": +0.15 (3-day moving average · raw —, 0 posts)")), qPrintable(row));
    // Day 5: 3 posts in the window, under 5: the tooltip says why the point is faded.
    const int x5 = int(std::lround(plot.left() + plot.width() * 5.5 / 10));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x5, int(plot.center().y()))));
    QTRY_VERIFY(f->pane.hoverTipRows().constFirst().contains(QStringLiteral("raw +0.50, 3 posts · faded")));
}

void TestChartSmoothing::viewMenuSetsAndFollowsTheState()
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window = openSampleWindow(dir);
    QVERIFY(window);
    QMenu* smoothingMenu = nullptr;
    for (QMenu* menu : window->menuBar()->findChildren<QMenu*>()) {
        if (menu->title() == QLatin1String("&Smoothing"))
            smoothingMenu = menu;
    }
    QVERIFY(smoothingMenu);
    const auto action = [&](const QString& text) -> QAction* {
        for (QAction* a : smoothingMenu->findChildren<QAction*>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    QVERIFY(action(QStringLiteral("&None"))->isChecked());
    action(QStringLiteral("&Moving Average"))->trigger();
    QCOMPARE(window->viewState()->smoothing().kind, SmoothingKind::MovingAverage);
    action(QStringLiteral("14-day window"))->trigger();
    QCOMPARE(window->viewState()->smoothing().days, 14);
    action(QStringLiteral("Standard Error &Band"))->trigger();
    QVERIFY(window->viewState()->smoothing().band);
    // Set from elsewhere (a saved view): the menu follows.
    Smoothing ema = window->viewState()->smoothing();
    ema.kind = SmoothingKind::Exponential;
    ema.days = 30;
    ema.band = false;
    window->viewState()->setSmoothing(ema);
    QVERIFY(action(QStringLiteral("&Exponential Moving Average (EMA)"))->isChecked());
    QVERIFY(action(QStringLiteral("30-day window"))->isChecked());
    QVERIFY(!action(QStringLiteral("Standard Error &Band"))->isChecked());
    // Kept in the settings with the rest of the view, for the next start.
    QTRY_VERIFY_WITH_TIMEOUT(AppSettings::value(Setting::ViewStateJson).toByteArray().contains("\"ema\""), 5000);
}

QTEST_MAIN(TestChartSmoothing)
#include "tst_chartsmoothing.moc"
