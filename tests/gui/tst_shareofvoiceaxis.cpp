// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Share of voice: the value axis reaches just above the highest line instead of always to 100 %, so shares near
// 20 % use the chart's height; and it never cuts a line off.
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/chart/chartseries.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/chart/sentimentchartview.h"
#include "ui/mainwindow.h"

#include <QTest>

#include <cmath>

using namespace seance;

class TestShareOfVoiceAxis final : public QObject
{
    Q_OBJECT
private slots:
    void axisFitsTheLines_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("four tokens") << QStringList{QStringLiteral("xrpl-ghost-coin"), QStringLiteral("icp-ghost"),
                                                    QStringLiteral("dogecoin-doge"), QStringLiteral("ethereum-pepe")};
        QTest::newRow("seven tokens") << QStringList{
            QStringLiteral("xrpl-ghost-coin"),      QStringLiteral("icp-ghost"),
            QStringLiteral("ghostai-hypothetical"), QStringLiteral("karpathyghost-hypothetical"),
            QStringLiteral("dogecoin-doge"),        QStringLiteral("ethereum-shib"),
            QStringLiteral("ethereum-pepe")};
    }

    void axisFitsTheLines()
    {
        QFETCH(QStringList, tokens);
        QTemporaryDir dir;
        QString path;
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(dir, &path, &error), qPrintable(error));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(path));
        window.viewState()->setMetric(Metric::ShareOfVoice);
        window.viewState()->setSelectedTokens(tokens);
        SentimentChartPane* chart = window.chartPane();
        QTRY_VERIFY(chart->visibleSeriesCount() >= 2);
        QTRY_VERIFY(!chart->isLoading());
        double highest = 0;
        for (int i = 0; i < chart->visibleSeriesCount(); ++i) {
            for (const QPointF& point : chart->seriesPoints(i)) {
                if (std::isfinite(point.y()))
                    highest = std::max(highest, point.y());
            }
        }
        auto* view = qobject_cast<SentimentChartView*>(chart->chartViewport()->parentWidget());
        QVERIFY(view);
        const double top = view->seriesSet().yMax();
        QVERIFY2(top >= highest, qPrintable(QStringLiteral("axis %1 %, line %2 %").arg(top).arg(highest)));
        QVERIFY2(top <= 100, qPrintable(QString::number(top)));
        // The lines use at least half of the height: the axis is not 0–100 % for lines under 50 %.
        QVERIFY2(highest >= top / 2 || top <= 20,
                 qPrintable(QStringLiteral("axis %1 %, highest line %2 %").arg(top).arg(highest)));
    }
};

QTEST_MAIN(TestShareOfVoiceAxis)
#include "tst_shareofvoiceaxis.moc"
