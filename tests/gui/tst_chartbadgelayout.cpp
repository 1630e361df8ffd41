// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "SAMPLE DATA" badge and the chart's legend never overlap: with 1 to 6 tokens and their prices, in English and
// in Korean, no legend entry's text or mark meets the badge, and the badge stays above the plot.
#include "chartpanetesting.h"
#include "models/i18n/translationloader.h"
#include "ui/chart/sentimentchartview.h"

#include <QGraphicsItem>
#include <QSettings>
#include <QStandardPaths>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

using namespace seance;
using namespace seance::testing;

namespace {

// Every drawn leaf of the legend (an entry's mark or text), in scene coordinates.
QList<QRectF> legendLeaves(QLegend* legend)
{
    QList<QRectF> rects;
    QList<QGraphicsItem*> items = legend->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeLast();
        if (!item->isVisible())
            continue;
        if (!item->childItems().isEmpty()) {
            items += item->childItems();
            continue;
        }
        const QRectF rect = item->sceneBoundingRect();
        if (rect.width() > 0 && rect.height() > 0)
            rects.append(rect);
    }
    return rects;
}

QString describe(const QRectF& rect)
{
    return QStringLiteral("(%1, %2, %3×%4)").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

} // namespace

class TestChartBadgeLayout : public QObject, private ChartTestWorkspaces
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        create();
    }
    void cleanupTestCase() { installTranslations(Language::English); }

    void legendAndBadgeNeverOverlap_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("tokens");
        for (const Language language : {Language::English, Language::Korean}) {
            for (int tokens = 1; tokens <= 6; ++tokens) {
                QTest::addRow("%s, %d tokens", language == Language::English ? "en" : "ko", tokens)
                    << int(language) << tokens;
            }
        }
    }
    void legendAndBadgeNeverOverlap()
    {
        QFETCH(int, language);
        QFETCH(int, tokens);
        installTranslations(Language(language));
        // Five tokens with a sample price and one imagined one: up to 6 lines, 5 prices and Posts in the legend.
        const QStringList all = {ghostCoin,
                                 icGhost,
                                 QStringLiteral("dogecoin-doge"),
                                 QStringLiteral("ethereum-shib"),
                                 QStringLiteral("ethereum-pepe"),
                                 QStringLiteral("ghostai-hypothetical")};
        auto f = makePane(m_samplePath, all.mid(0, tokens), {sampleWindowStart(), sampleWindowEnd()});
        QVERIFY(f);
        f->pane.setSampleData(true);
        f->pane.setPriceOverlay(true);
        QCoreApplication::processEvents();
        QVERIFY(f->pane.isPriceAxisShown());
        auto* view = f->pane.findChild<SentimentChartView*>();
        QVERIFY(view);
        QVERIFY(view->decorations().isBadgeVisible());
        const QRectF badge = view->decorations().badgeRect();
        const QList<QRectF> leaves = legendLeaves(view->chart()->legend());
        QVERIFY(leaves.size() >= 2 * (1 + tokens)); // a mark and a text per entry, Posts and the tokens at least
        for (const QRectF& leaf : leaves) {
            QVERIFY2(
                !leaf.intersects(badge),
                qPrintable(
                    QStringLiteral("a legend item at %1 meets the badge at %2").arg(describe(leaf), describe(badge))));
        }
        QVERIFY2(badge.bottom() <= view->plotArea().top(), qPrintable(describe(view->plotArea())));
        QVERIFY(view->chart()->geometry().contains(badge));
        // One token leaves the badge room beside the legend: no row is spent on it.
        if (tokens == 1) {
            double legendTop = badge.bottom();
            for (const QRectF& leaf : leaves)
                legendTop = std::min(legendTop, leaf.top());
            QVERIFY2(legendTop < badge.bottom(), "the legend shares the badge's row");
        }
    }
};

QTEST_MAIN(TestChartBadgeLayout)
#include "tst_chartbadgelayout.moc"
