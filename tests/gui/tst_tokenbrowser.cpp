// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The token browser on the sample workspace: the tag filter, and the sentiment columns with their sparklines.
#include "models/io/sample/sampledatabase.h"
#include "models/items/tokentablemodel.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/metrics.h"
#include "models/sentiment/workspacescoring.h"
#include "models/sentimentcolors.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "samplewindow.h"
#include "ui/mainwindow.h"
#include "ui/tokens/sparklinedelegate.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace seance;

class TestTokenBrowser : public QObject
{
    Q_OBJECT
private:
    // Shows the window and opens the sample workspace in it.
    bool openOnSample(MainWindow& window)
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window) && window.openDatabase(m_db.path());
    }

    // Whether a cell's text is drawn whole: it sits between the style's focus-frame margins, one pixel more each
    // side (QCommonStyle). Says what it needs and has when it is not.
    static bool fitsItsColumn(const QTableView* table, int row, int column)
    {
        const QString text = table->model()->index(row, column).data().toString();
        const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const int needed = table->fontMetrics().horizontalAdvance(text) + margins;
        if (table->columnWidth(column) >= needed)
            return true;
        qWarning("\"%s\" needs %d px, its column has %d", qPrintable(text), needed, table->columnWidth(column));
        return false;
    }

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

    // The sparkline's colour says what the 7-day Δ says: rising-coloured when the change is positive, falling when
    // negative, for every token and metric.
    void sparklineColourAgreesWithChange_data()
    {
        QTest::addColumn<int>("metric");
        QTest::newRow("mean") << int(Metric::Mean);
        QTest::newRow("positive share") << int(Metric::PositiveShare);
        QTest::newRow("volume") << int(Metric::Volume);
    }

    void sparklineColourAgreesWithChange()
    {
        QFETCH(int, metric);
        TokenBrowser browser;
        browser.resize(1400, 400);
        browser.reload(m_db.connection());
        QString error;
        const auto summaries = BucketQuery(m_db).tokenSummaries(Metric(metric), &error);
        QVERIFY2(summaries, qPrintable(error));
        browser.setSentimentSummaries(*summaries, Metric(metric));
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTableView* table = browser.tableView();
        table->setColumnWidth(TokenTableModel::TrendColumn, 140);
        int compared = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QVariant change =
                table->model()->index(row, TokenTableModel::ChangeColumn).data(TokenTableModel::SortRole);
            if (!change.isValid() || std::abs(change.toDouble()) < 1e-9)
                continue;
            const QRect cell = table->visualRect(table->model()->index(row, TokenTableModel::TrendColumn));
            const QImage image = table->viewport()->grab(cell).toImage();
            const int rising = testing::pixelsNear(image, risingColor(), 39);
            const int falling = testing::pixelsNear(image, fallingColor(), 39);
            const QString name = table->model()->index(row, TokenTableModel::NameColumn).data().toString();
            QVERIFY2(change.toDouble() > 0 ? rising > falling : falling > rising,
                     qPrintable(QStringLiteral("%1: Δ %2, %3 rising and %4 falling pixels")
                                    .arg(name)
                                    .arg(change.toDouble())
                                    .arg(rising)
                                    .arg(falling)));
            ++compared;
        }
        QVERIFY2(compared >= 2, "the sample has tokens with a 7-day change");
    }

    // Numbers that are better when larger sort largest first on the first click; names sort A to Z.
    void firstClickSortsBestFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("firstOrder");
        QTest::newRow("7-day change") << int(TokenTableModel::ChangeColumn) << int(Qt::DescendingOrder);
        QTest::newRow("latest") << int(TokenTableModel::LatestColumn) << int(Qt::DescendingOrder);
        QTest::newRow("posts (7d)") << int(TokenTableModel::VolumeColumn) << int(Qt::DescendingOrder);
        QTest::newRow("chain") << int(TokenTableModel::ChainColumn) << int(Qt::AscendingOrder);
    }

    void firstClickSortsBestFirst()
    {
        QFETCH(int, column);
        QFETCH(int, firstOrder);
        TokenBrowser browser;
        browser.resize(1400, 400);
        browser.reload(m_db.connection());
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QHeaderView* header = browser.tableView()->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(int(header->sortIndicatorOrder()), firstOrder);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(int(header->sortIndicatorOrder()),
                 firstOrder == Qt::AscendingOrder ? int(Qt::DescendingOrder) : int(Qt::AscendingOrder));
    }

    // At the pane's default width every default column is in sight: none hides behind the scrollbar. The sample
    // has prices, so Price and its 7-day change sit right after the sentiment's latest value and change, and Posts
    // and Chain still fit; Status and Tags (in sight without prices) give them their place. The dock is no wider
    // for it.
    void defaultColumnsFitTheDefaultWidth()
    {
        TokenBrowser browser;
        browser.reload(m_db.connection());
        QString error;
        const auto summaries = BucketQuery(m_db).tokenSummaries(Metric::Mean, &error);
        QVERIFY2(summaries, qPrintable(error));
        browser.setSentimentSummaries(*summaries, Metric::Mean);
        browser.resize(browser.sizeHint().width(), 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QHeaderView* header = browser.tableView()->horizontalHeader();
        const int visibleWidth = browser.tableView()->viewport()->width();
        const QList<int> inSight = {TokenTableModel::NameColumn,        TokenTableModel::TrendColumn,
                                    TokenTableModel::LatestColumn,      TokenTableModel::ChangeColumn,
                                    TokenTableModel::VolumeColumn,      TokenTableModel::PriceColumn,
                                    TokenTableModel::PriceChangeColumn, TokenTableModel::ChainColumn};
        for (const int column : inSight) {
            QVERIFY(!header->isSectionHidden(column));
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= visibleWidth + 1,
                     qPrintable(QStringLiteral("%1 ends at %2 of %3 px")
                                    .arg(header->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(right)
                                    .arg(visibleWidth)));
        }
        QVERIFY(header->visualIndex(TokenTableModel::PriceColumn) < header->visualIndex(TokenTableModel::VolumeColumn));
        QVERIFY(header->isSectionHidden(TokenTableModel::StatusColumn));
        QVERIFY(header->isSectionHidden(TokenTableModel::TagsColumn));
        QVERIFY2(browser.sizeHint().width() <= 720, "the pane leaves room for the chart");
        // Without prices the same width holds every budgeted column but the price ones (13+8+9+9+12+11+10+13
        // characters): the name and the sentiment's change gave a character each, so that the price columns fit
        // the window's default token dock.
        int characters = 0;
        for (const auto& [column, width] : TokenBrowser::defaultColumnBudgets())
            characters += TokenBrowser::priceColumns().contains(column) ? 0 : width;
        QCOMPARE(characters, 85);
    }

    // The window at its default size (no saved geometry: 1440×900) on the sample, which has prices: every column the
    // token table shows is wholly in sight, none half behind the edge or the vertical scrollbar, the default view's
    // columns (name to chain) among them, and no number is elided ("$0.00086…" for $0.0008669).
    void defaultWindowShowsWholeColumns()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MainWindow window;
        QVERIFY(openOnSample(window));
        QCOMPARE(window.size(), QSize(1440, 900));
        QTableView* table = window.tokenBrowser()->tableView();
        QHeaderView* header = table->horizontalHeader();
        QVERIFY(table->isVisible());
        const int viewportWidth = table->viewport()->width();
        for (const int column :
             {TokenTableModel::NameColumn, TokenTableModel::TrendColumn, TokenTableModel::LatestColumn,
              TokenTableModel::ChangeColumn, TokenTableModel::PriceColumn, TokenTableModel::PriceChangeColumn,
              TokenTableModel::VolumeColumn, TokenTableModel::ChainColumn})
            QVERIFY(!header->isSectionHidden(column));
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int left = header->sectionViewportPosition(column);
            const int right = left + header->sectionSize(column);
            QVERIFY2(left >= 0 && right <= viewportWidth,
                     qPrintable(QStringLiteral("%1 spans %2–%3 of %4 px")
                                    .arg(header->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(left)
                                    .arg(right)
                                    .arg(viewportWidth)));
        }
        int prices = 0;
        for (const int column :
             {TokenTableModel::LatestColumn, TokenTableModel::ChangeColumn, TokenTableModel::PriceColumn,
              TokenTableModel::PriceChangeColumn, TokenTableModel::VolumeColumn}) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString text = table->model()->index(row, column).data().toString();
                prices += column == TokenTableModel::PriceColumn && text.startsWith(u'$');
                QVERIFY2(fitsItsColumn(table, row, column), qPrintable(text));
            }
        }
        QCOMPARE(prices, 5); // the sample's tokens with a price series
        // SEANCE_SCREENSHOT_DIR=… keeps a picture of the window for a person to look at.
        if (const QString dir = qEnvironmentVariable("SEANCE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/default-window.png")));
    }

    // The next start restores the saved column widths (they count as the user's from then on); a metric whose
    // figures are wider ("100.0 %", "+12.5 pts") still shows them whole.
    void restoredWidthsStillShowWholeNumbers()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        {
            MainWindow first;
            QVERIFY(openOnSample(first));
            first.close(); // saves the layout, the token table's header with it
        }
        MainWindow window;
        QVERIFY(openOnSample(window));
        window.viewState()->setMetric(Metric::PositiveShare);
        QTableView* table = window.tokenBrowser()->tableView();
        QTRY_VERIFY(table->model()->index(0, TokenTableModel::LatestColumn).data().toString().contains(u'%'));
        int percentages = 0;
        for (const int column : {TokenTableModel::LatestColumn, TokenTableModel::ChangeColumn}) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString text = table->model()->index(row, column).data().toString();
                percentages += text.contains(u'%');
                QVERIFY2(fitsItsColumn(table, row, column), qPrintable(text));
            }
        }
        QVERIFY(percentages > 0);
    }

    // The user hides a price column through the header's menu: a reload of the workspace and a restart (a new
    // pane, settings kept) leave it hidden; Default Columns brings it back. The models stay consistent throughout.
    void hiddenPriceColumnStaysHidden_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("other");
        QTest::newRow("Price") << int(TokenTableModel::PriceColumn) << int(TokenTableModel::PriceChangeColumn);
        QTest::newRow("7-day price change")
            << int(TokenTableModel::PriceChangeColumn) << int(TokenTableModel::PriceColumn);
    }
    void hiddenPriceColumnStaysHidden()
    {
        QFETCH(int, column);
        QFETCH(int, other);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString headerText;
        {
            TokenBrowser browser;
            QAbstractItemModelTester proxyTester(browser.tableView()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto* proxy = qobject_cast<QSortFilterProxyModel*>(browser.tableView()->model());
            QVERIFY(proxy);
            QAbstractItemModelTester tester(proxy->sourceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            browser.reload(m_db.connection());
            browser.show();
            QVERIFY(QTest::qWaitForWindowExposed(&browser));
            QHeaderView* header = browser.tableView()->horizontalHeader();
            headerText = header->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY(!header->isSectionHidden(column)); // the sample has prices
            chooseFromColumnMenu(header, headerText);
            QVERIFY(header->isSectionHidden(column));
            browser.reload(m_db.connection()); // an import or an edit reloads the workspace
            QVERIFY(header->isSectionHidden(column));
            QVERIFY(!header->isSectionHidden(other));
        }
        {
            TokenBrowser restarted; // no saved header layout: only the setting remembers
            restarted.reload(m_db.connection());
            restarted.show();
            QVERIFY(QTest::qWaitForWindowExposed(&restarted));
            QHeaderView* header = restarted.tableView()->horizontalHeader();
            QVERIFY(header->isSectionHidden(column));
            QVERIFY(!header->isSectionHidden(other));
            chooseFromColumnMenu(header, QStringLiteral("Default Columns"));
            QVERIFY(!header->isSectionHidden(column));
            restarted.reload(m_db.connection());
            QVERIFY(!header->isSectionHidden(column));
        }
    }

    // The chain filter names chains ("XRP Ledger"), keeping the id as its value.
    void chainFilterShowsNames()
    {
        TokenBrowser browser;
        browser.reload(m_db.connection());
        auto* chains = browser.findChild<QComboBox*>(QStringLiteral("chainFilter"));
        QVERIFY(chains);
        const int xrpl = chains->findData(QStringLiteral("xrpl"));
        QVERIFY(xrpl > 0);
        QCOMPARE(chains->itemText(xrpl), QStringLiteral("XRP Ledger"));
        QCOMPARE(chains->itemText(chains->findData(QStringLiteral("icp"))), QStringLiteral("Internet Computer"));
        chains->setCurrentIndex(xrpl);
        QCOMPARE(browser.visibleTokenCount(), 1);
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
    // Opens the header's context menu as a right click does and triggers the entry with that text.
    static void chooseFromColumnMenu(QHeaderView* header, const QString& text)
    {
        bool found = false;
        QTimer::singleShot(0, header, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions()) {
                if (action->text() == text) {
                    found = true;
                    action->trigger();
                }
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY2(found, qPrintable(text));
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestTokenBrowser)
#include "tst_tokenbrowser.moc"
