// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's crosshair and its date label are there while the pointer is over the plot and gone when it leaves
// (to another pane, or out of the window) and when the selection changes. Checked on pixels: the chart's picture
// afterwards equals its picture before the pointer came.
#include "models/viewstate.h"
#include "samplewindow.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/tokens/tokenbrowser.h"

#include <QTableView>
#include <QTest>

using namespace seance;

namespace {

const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");
const QString icGhost = QStringLiteral("icp-ghost");

} // namespace

class TestCrosshair final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_window = testing::openSampleWindow(m_dir);
        QVERIFY(m_window);
        m_window->viewState()->setSelectedTokens({ghostCoin, icGhost});
        QTRY_COMPARE(m_window->chartPane()->visibleSeriesCount(), 2);
        QTRY_VERIFY(!m_window->chartPane()->isLoading());
    }
    void cleanup() { m_window.reset(); }

    void goneWhenThePointerLeaves_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("to the token list") << QStringLiteral("pane");
        QTest::newRow("out of the window") << QStringLiteral("window");
        QTest::newRow("off the plot, onto the axis") << QStringLiteral("axis");
    }

    void goneWhenThePointerLeaves()
    {
        QFETCH(QString, how);
        SentimentChartPane* chart = m_window->chartPane();
        QWidget* viewport = chart->chartViewport();
        const QImage before = settledPicture(viewport);
        hoverPlot();
        QVERIFY(viewport->grab().toImage() != before); // the crosshair and its label are drawn

        if (how == QLatin1String("pane")) {
            QWidget* other = m_window->tokenBrowser()->tableView()->viewport();
            QTest::mouseMove(other, other->rect().center());
        } else if (how == QLatin1String("window")) {
            QTest::mouseMove(m_window.get(), QPoint(-20, -20)); // outside every widget
            QEvent leave(QEvent::Leave);
            QCoreApplication::sendEvent(m_window.get(), &leave);
            QCoreApplication::sendEvent(viewport, &leave);
        } else {
            QTest::mouseMove(
                viewport, chart->chartViewport()->mapFrom(chart, QPoint(chart->plotLeft() / 2, chart->height() / 2)));
        }
        QTRY_VERIFY(!m_window->viewState()->hoverTime().has_value());
        QTest::qWaitFor([&] { return viewport->grab().toImage() == before; });
        const QImage after = viewport->grab().toImage();
        if (after != before) {
            before.save(QDir::temp().filePath(QStringLiteral("crosshair-before.png")));
            after.save(QDir::temp().filePath(QStringLiteral("crosshair-after.png")));
        }
        QVERIFY2(after == before, "the chart looks as before the pointer came (pictures in the temporary folder)");
    }

    void goneWhenTheSelectionChanges()
    {
        SentimentChartPane* chart = m_window->chartPane();
        QWidget* viewport = chart->chartViewport();
        hoverPlot();
        m_window->viewState()->setSelectedTokens({ghostCoin});
        QTRY_COMPARE(chart->visibleSeriesCount(), 1);
        QTRY_VERIFY(!chart->isLoading());
        QVERIFY(!m_window->viewState()->hoverTime().has_value());
        const QImage after = settledPicture(viewport);
        // The same chart with the pointer never having been there: no crosshair, no date label.
        m_window->viewState()->setSelectedTokens({});
        m_window->viewState()->setSelectedTokens({ghostCoin});
        QTRY_COMPARE(chart->visibleSeriesCount(), 1);
        QTRY_VERIFY(!chart->isLoading());
        QCOMPARE(settledPicture(viewport), after);
    }

private:
    // The chart once it has stopped changing: Qt Charts lays its legend out a moment after the lines.
    static QImage settledPicture(QWidget* viewport)
    {
        QImage previous = viewport->grab().toImage();
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(50);
            QImage next = viewport->grab().toImage();
            if (next == previous)
                return next;
            previous = std::move(next);
        }
        return previous;
    }

    void hoverPlot()
    {
        SentimentChartPane* chart = m_window->chartPane();
        const QPoint inPlot((chart->plotLeft() + chart->plotRight()) / 2, chart->height() / 2);
        QTest::mouseMove(chart->chartViewport(), chart->chartViewport()->mapFrom(chart, inPlot));
        QTRY_VERIFY(m_window->viewState()->hoverTime().has_value());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCrosshair)
#include "tst_crosshair.moc"
