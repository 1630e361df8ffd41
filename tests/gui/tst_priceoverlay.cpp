// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's price overlay: the second axis beside the sentiment axis, its scales, the hover and the legend switch.
#include "chartpanetesting.h"
#include "models/market/marketseries.h"
#include "models/market/priceaxis.h"
#include "tests/unit/markingtranslator.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace seance;
using namespace seance::testing;

namespace {

QStringList verticalAxisTitles(const SentimentChartPane& pane)
{
    QStringList titles;
    const QChartView* view = pane.findChild<QChartView*>();
    for (const QAbstractAxis* axis : view->chart()->axes(Qt::Vertical)) {
        if (axis->isVisible())
            titles.append(axis->titleText());
    }
    return titles;
}

} // namespace

class TestPriceOverlay : public QObject, private ChartTestWorkspaces
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        create();
    }

    void turningItOnDrawsASecondAxis()
    {
        auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
        QVERIFY(f);
        auto* button = f->pane.findChild<QToolButton*>(QStringLiteral("priceOverlayButton"));
        QVERIFY(button);
        if (button->isChecked())
            button->click();
        QVERIFY(!f->pane.isPriceAxisShown());
        QVERIFY(!verticalAxisTitles(f->pane).contains(QStringLiteral("Price (USD)")));
        QVERIFY(!f->pane.priceCaption().contains(QStringLiteral("Price")));

        button->click();
        QCoreApplication::processEvents();
        QVERIFY(f->pane.isPriceAxisShown());
        const QStringList titles = verticalAxisTitles(f->pane);
        QVERIFY2(titles.contains(QStringLiteral("Price (USD)")), qPrintable(titles.join(QLatin1String(" | "))));
        QVERIFY2(titles.contains(f->pane.sentimentAxisTitle()) && !f->pane.sentimentAxisTitle().isEmpty(),
                 qPrintable(titles.join(QLatin1String(" | "))));
        QCOMPARE(f->pane.priceCaption(), QStringLiteral("Price: sample data"));
        QVERIFY(QSettings().value(QStringLiteral("chart/priceOverlay")).toBool());
    }

    void hoverGivesPriceAndSentiment()
    {
        auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
        QVERIFY(f);
        f->pane.setPriceOverlay(true);
        const int x = f->pane.plotLeft() + 300;
        QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x, f->pane.height() / 2)));
        const std::optional<qint64> time = f->state.hoverTime();
        QVERIFY(time);
        Database db;
        QVERIFY(db.open(m_samplePath));
        const std::optional<SeriesRecord> price = tokenPriceSeries(db, ghostCoin);
        QVERIFY(price);
        const std::optional<double> expected = priceAt(price->points, *time);
        QVERIFY(expected);
        const QStringList rows = f->pane.hoverTipRows();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("Ghost Coin (GHOST): ")), qPrintable(rows.at(0)));
        QCOMPARE(
            rows.at(1),
            QStringLiteral("Ghost Coin (GHOST) price: $%1 (sample data)").arg(QLocale().toString(*expected, 'g', 4)));

        // The legend's switch hides the price line, and the tooltip drops it.
        const QChartView* view = f->pane.findChild<QChartView*>();
        QLegendMarker* priceMarker = nullptr;
        for (QLegendMarker* marker : view->chart()->legend()->markers()) {
            if (marker->label() == QStringLiteral("Ghost Coin price"))
                priceMarker = marker;
        }
        QVERIFY(priceMarker);
        emit priceMarker->clicked();
        QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x + 40, f->pane.height() / 2)));
        QCOMPARE(f->pane.hoverTipRows().size(), 1);
        QVERIFY(priceMarker->isVisible()); // the switch stays to turn it back on
    }

    void scalesAndSeveralTokens_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<bool>("log");
        QTest::addColumn<QString>("title");
        QTest::newRow("one token, linear") << QStringList{ghostCoin} << false << QStringLiteral("Price (USD)");
        QTest::newRow("one token, log") << QStringList{ghostCoin} << true << QStringLiteral("Price (USD, log scale)");
        QTest::newRow("two tokens: percent change on one axis")
            << QStringList{ghostCoin, icGhost} << false << QStringLiteral("Price change since 2025-09-01 (%)");
        QTest::newRow("two tokens ignore log")
            << QStringList{ghostCoin, icGhost} << true << QStringLiteral("Price change since 2025-09-01 (%)");
    }
    void scalesAndSeveralTokens()
    {
        QFETCH(QStringList, tokens);
        QFETCH(bool, log);
        QFETCH(QString, title);
        auto f = makePane(m_samplePath, tokens, {sampleWindowStart(), sampleWindowEnd()});
        QVERIFY(f);
        f->pane.setPriceOverlay(true);
        auto* logAction = f->pane.findChild<QAction*>(QStringLiteral("priceLogAction"));
        QVERIFY(logAction);
        logAction->setChecked(log);
        QCoreApplication::processEvents();
        QCOMPARE(f->pane.priceAxisTitle(), title);
        QVERIFY(verticalAxisTitles(f->pane).contains(title));
        logAction->setChecked(false);
    }

    // A language switch (View › Language) names the price lines, titles the price axis and labels the time axis
    // again: they were left in the old language, because Qt Charts keeps the texts it was given.
    void followsALanguageSwitch()
    {
        auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
        QVERIFY(f);
        f->pane.setPriceOverlay(true);
        QCoreApplication::processEvents();
        QVERIFY(f->pane.legendNames().contains(QStringLiteral("Ghost Coin price")));
        QVERIFY(!f->pane.timeAxisLabels().isEmpty());

        MarkingTranslator price("seance::ChartPriceOverlay");
        MarkingTranslator chart("seance::SentimentChartPane");
        QVERIFY(QCoreApplication::installTranslator(&price) && QCoreApplication::installTranslator(&chart));
        const auto uninstall = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&price);
            QCoreApplication::removeTranslator(&chart);
        });
        QCoreApplication::processEvents();
        const QStringList legend = f->pane.legendNames();
        QVERIFY2(legend.contains(QStringLiteral("⟦Ghost Coin price⟧")), qPrintable(legend.join(QLatin1String(" | "))));
        QCOMPARE(f->pane.priceAxisTitle(), QStringLiteral("⟦Price (USD)⟧"));
        const QStringList labels = f->pane.timeAxisLabels();
        QVERIFY(!labels.isEmpty());
        for (const QString& label : labels)
            QVERIFY2(MarkingTranslator::isMarked(label), qPrintable(labels.join(QLatin1String(" | "))));
    }

    void aTokenWithoutPriceDrawsNoAxis()
    {
        auto f = makePane(m_gapPath, {QStringLiteral("gappy")}, {day0, day0 + 7 * dayMs});
        QVERIFY(f);
        f->pane.setPriceOverlay(true);
        QVERIFY(!f->pane.isPriceAxisShown());
        QCOMPARE(f->pane.priceAxisTitle(), QString());
    }
};

QTEST_MAIN(TestPriceOverlay)
#include "tst_priceoverlay.moc"
