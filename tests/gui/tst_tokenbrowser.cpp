// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The token browser on the sample workspace: the tag filter, and the sentiment columns with their sparklines.
#include "models/io/sample/sampledatabase.h"
#include "models/items/tokentablemodel.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/workspacescoring.h"
#include "models/sentimentcolors.h"
#include "models/storage/database.h"
#include "ui/tokens/sparklinedelegate.h"
#include "ui/tokens/tokenbrowser.h"
#include "sampleworkspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

class TestTokenBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString path;
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &path, &error), qPrintable(error));
        QVERIFY(m_db.open(path, &error));
    }

    void tagFilterListsTagsAndFilters()
    {
        TokenBrowser browser;
        browser.reload(m_db.connection());
        QComboBox* tags = browser.tagFilter();
        QCOMPARE(tags->itemData(0).toString(), QString());
        QVERIFY(tags->findData(QStringLiteral("frog")) > 0);
        QVERIFY(tags->findData(QStringLiteral("ghost")) > 0);
        QCOMPARE(browser.visibleTokenCount(), 7);
        tags->setCurrentIndex(tags->findData(QStringLiteral("hypothetical")));
        QCOMPARE(browser.visibleTokenCount(), 2);
        tags->setCurrentIndex(tags->findData(QStringLiteral("frog")));
        QCOMPARE(browser.visibleTokenCount(), 1);
        // A reload (after an edit, say) keeps the chosen tag.
        browser.reload(m_db.connection());
        QCOMPARE(tags->currentData().toString(), QStringLiteral("frog"));
        QCOMPARE(browser.visibleTokenCount(), 1);
        tags->setCurrentIndex(0);
        QCOMPARE(browser.visibleTokenCount(), 7);
    }

    void sentimentColumnsAndSparklinesAreDrawn()
    {
        TokenBrowser browser;
        browser.resize(1200, 400);
        browser.reload(m_db.connection());
        QString error;
        const auto summaries = BucketQuery(m_db).tokenSummaries(Metric::Mean, &error);
        QVERIFY2(summaries, qPrintable(error));
        browser.setSentimentSummaries(*summaries, Metric::Mean);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));

        QTableView* table = browser.tableView();
        table->sortByColumn(TokenTableModel::VolumeColumn, Qt::DescendingOrder);
        const QModelIndex busiest = table->model()->index(0, TokenTableModel::VolumeColumn);
        QVERIFY(busiest.data(TokenTableModel::SortRole).toDouble() > 0);
        QVERIFY(table->model()->index(0, TokenTableModel::LatestColumn).data().toString() != QStringLiteral("—"));

        // The trend cell of the busiest token has a line: pixels of the rising or falling colour.
        table->setColumnWidth(TokenTableModel::TrendColumn, 140);
        const QModelIndex trend = table->model()->index(0, TokenTableModel::TrendColumn);
        const QRect cell = table->visualRect(trend);
        QVERIFY(!cell.isEmpty());
        const QImage image = table->viewport()->grab(cell).toImage();
        int lineish = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                const auto near = [&c](const QColor& line) {
                    return std::abs(c.red() - line.red()) + std::abs(c.green() - line.green())
                               + std::abs(c.blue() - line.blue())
                           < 60;
                };
                lineish += near(risingColor()) || near(fallingColor());
            }
        }
        QVERIFY2(lineish > 20, qPrintable(QStringLiteral("%1 line pixels").arg(lineish)));
    }

    void sparklineRunsBreakAtGaps()
    {
        const double gap = std::nan("");
        const QList<QPolygonF> runs =
            SparklineDelegate::sparklineRuns({0.0, 1.0, gap, gap, -1.0, 0.5}, QRectF(0, 0, 50, 20), -1, 1);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).size(), 2);
        QCOMPARE(runs.at(1).size(), 2);
        QCOMPARE(runs.at(0).at(0), QPointF(0, 10));  // zero is the middle
        QCOMPARE(runs.at(0).at(1), QPointF(10, 0));  // the top is +1
        QCOMPARE(runs.at(1).at(0), QPointF(40, 20)); // the bottom is −1, at the fifth day
        QVERIFY(SparklineDelegate::sparklineRuns({gap, gap}, QRectF(0, 0, 50, 20), -1, 1).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestTokenBrowser)
#include "tst_tokenbrowser.moc"
