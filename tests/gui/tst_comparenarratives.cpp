// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's flow through the real main window on the sample workspace: two narratives aligned on their anchor
// events, the shared hover line, and the event impact table sorting and focusing an event.
#include "models/items/eventimpactmodel.h"
#include "models/items/eventimpactsortproxy.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/comparerowseditor.h"
#include "ui/compare/compareviews.h"
#include "ui/impact/impactpane.h"
#include "ui/mainwindow.h"
#include "ui/timeline/narrativetimelinepane.h"

#include <QTimeZone>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

const QString ghosts = QStringLiteral("summoning-ghosts");
const QString ghostTokens = QStringLiteral("ghost-tokens");
const QString karpathyThread = QStringLiteral("karpathy-thread-2025-10-01");
const QString karpathyPodcast = QStringLiteral("karpathy-dwarkesh-2025-10-17");

} // namespace

class TestCompareNarratives : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_samplePath, &error), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_samplePath));
        QVERIFY2(EventStore(*m_window->database()).contains(karpathyThread)
                     && EventStore(*m_window->database()).contains(karpathyPodcast),
                 "The sample's Karpathy event ids changed; update the test");
    }
    void cleanup() { m_window.reset(); }

    void addRowOffersASubjectWithItsOwnEvent()
    {
        ComparePane* pane = showCompare();
        QVERIFY(!pane->scene().emptyMessage.isEmpty()); // nothing to compare yet, and it says so
        pane->rowsEditor()->addButton()->click();
        QCOMPARE(pane->setup().rows.size(), 1);
        QVERIFY(!pane->setup().rows.at(0).anchorEventId.isEmpty());
        // Picking another subject in the row's combo box re-aims the anchor at that subject's own first event.
        QComboBox* subject = pane->rowsEditor()->subjectBox(0);
        subject->setCurrentIndex(subject->findData(QString(QStringLiteral("narrative:") + ghosts)));
        QCOMPARE(pane->setup().rows.at(0).subjectId, ghosts);
        QCOMPARE(pane->setup().rows.at(0).anchorEventId, QStringLiteral("sutton-dwarkesh-2025-09-26"));
    }

    // A new row starts on a subject with posts in the range on screen, never on one whose chart would be empty
    // (the sample's first narrative is Dogecoin's, anchored in 2013); every row added in turn has posts in view.
    void newRowsStartWithPostsInView()
    {
        ComparePane* pane = showCompare();
        m_window->viewState()->setVisibleRange(
            {QDateTime(QDate(2025, 9, 20), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
             QDateTime(QDate(2025, 10, 31), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()});
        BucketQuery query(*m_window->database());
        for (int i = 0; i < 2; ++i) {
            pane->rowsEditor()->addButton()->click();
            QCOMPARE(pane->setup().rows.size(), i + 1);
            const CompareRow row = pane->setup().rows.at(i);
            const qint64 anchor = EventStore(*m_window->database()).find(row.anchorEventId)->occurredAt;
            QVERIFY2(m_window->viewState()->visibleRange().contains(anchor), qPrintable(row.anchorEventId));
            const qint64 day0 = bucketStart(anchor, Granularity::Day);
            const auto buckets = query.range(row.kind, row.subjectId, Granularity::Day, day0 - 30 * dayMs,
                                             day0 + 61 * dayMs, BucketQuery::ShareOfVoice::Skip);
            QVERIFY2(buckets && !buckets->isEmpty(), qPrintable(row.subjectId));
        }
        QTRY_VERIFY(pane->scene().emptyMessage.isEmpty());
        // The exports start with a file name that says what is compared.
        const QString name = pane->suggestedFileName(QStringLiteral(".csv"));
        QVERIFY2(name.startsWith(QLatin1String("compare-")) && name.endsWith(QLatin1String(".csv")), qPrintable(name));
        QVERIFY2(name.size() > 12, qPrintable(name));
    }

    // Docked at the default height, the plot keeps room for its values and its rotated axis title.
    void dockedPlotKeepsItsHeight()
    {
        ComparePane* pane = showCompare();
        m_window->resizeDocks({m_window->findChild<QDockWidget*>(QStringLiteral("compareDock"))}, {260}, Qt::Vertical);
        alignTwoNarratives(pane);
        QCoreApplication::processEvents();
        const int height = pane->chartView()->height();
        QVERIFY2(height >= 180, qPrintable(QString::number(height)));
        const int title = pane->chartView()->fontMetrics().horizontalAdvance(metricLabel(pane->scene().metric));
        QVERIFY2(height >= title + 40,
                 qPrintable(QStringLiteral("plot %1 px, axis title %2 px").arg(height).arg(title)));
    }

    void twoNarrativesAlignOnTheirAnchors()
    {
        ComparePane* pane = showCompare();
        alignTwoNarratives(pane);
        const CompareScene& scene = pane->scene();
        QCOMPARE(scene.lines.size(), 2);
        QVERIFY2(scene.emptyMessage.isEmpty(), qPrintable(scene.emptyMessage));
        const qint64 threadTime = EventStore(*m_window->database()).find(karpathyThread)->occurredAt;
        const qint64 podcastTime = EventStore(*m_window->database()).find(karpathyPodcast)->occurredAt;
        QCOMPARE(scene.lines.at(0).series.anchorTime, podcastTime);
        QCOMPARE(scene.lines.at(1).series.anchorTime, threadTime);
        // Day 0 of each line is its anchor's UTC day, so the two points sit on one x although 16 days apart.
        BucketQuery query(*m_window->database());
        const qint64 threadDay = bucketStart(threadTime, Granularity::Day);
        const auto tokenBuckets = query.range(SubjectKind::Narrative, ghostTokens, Granularity::Day, threadDay,
                                              threadDay + dayMs, BucketQuery::ShareOfVoice::Skip);
        QVERIFY(tokenBuckets && tokenBuckets->size() == 1);
        const std::optional<AlignedPoint> zero = scene.lines.at(1).series.pointAt(0);
        QVERIFY(zero && zero->value);
        QCOMPARE(zero->posts, tokenBuckets->at(0).sums.n);
        QCOMPARE(*zero->value, *metricValue(tokenBuckets->at(0).sums, Metric::Mean));
        const auto p0 = pane->chartView()->pointPosition(0, 0);
        const auto p1 = pane->chartView()->pointPosition(1, 0);
        QVERIFY(p0 && p1);
        QCOMPARE(p0->x(), p1->x());
        QCOMPARE(p0->x(), pane->chartView()->dayAxis().dayToPixel(0));
        // Each row's own anchor event sits on day 0 of its lane, where the chart's day 0 is.
        const auto anchorMarker = pane->lanesView()->eventPosition(0, karpathyPodcast);
        QVERIFY(anchorMarker);
        QCOMPARE(anchorMarker->x(), p0->x());
        // The thread is 16 days before the podcast: in the first row's lane it sits at day -16.
        const auto threadMarker = pane->lanesView()->eventPosition(0, karpathyThread);
        QVERIFY(threadMarker);
        QCOMPARE(threadMarker->x(), pane->chartView()->dayAxis().dayToPixel(-16));
        // The second row's anchor belongs to another narrative; its lane shows it all the same, on day 0.
        QVERIFY(!EventStore(*m_window->database()).find(karpathyThread)->narrativeId.isEmpty());
        QVERIFY(EventStore(*m_window->database()).find(karpathyThread)->narrativeId != ghostTokens);
        const auto borrowedAnchor = pane->lanesView()->eventPosition(1, karpathyThread);
        QVERIFY2(borrowedAnchor, "the borrowed anchor is in its row's lane");
        QCOMPARE(borrowedAnchor->x(), p1->x());

        // The setup survives a JSON round trip into a fresh pane state.
        const QJsonObject json = pane->toJson();
        pane->setSetup(CompareSetup());
        QCOMPARE(pane->scene().lines.size(), 0);
        QString error;
        QVERIFY2(pane->fromJson(json, &error), qPrintable(error));
        QCOMPARE(pane->scene().lines.size(), 2);
        QCOMPARE(pane->rowsEditor()->anchorBox(1)->currentData().toString(), karpathyThread);
    }

    void hoverMovesOneLineThroughChartAndLanes()
    {
        ComparePane* pane = showCompare();
        alignTwoNarratives(pane);
        CompareChartView* chart = pane->chartView();
        CompareLanesView* lanes = pane->lanesView();
        QVERIFY(lanes->height() > 0);
        const double x = chart->dayAxis().dayToPixel(5);
        QTest::mouseMove(chart, QPoint(int(x), chart->height() / 2));
        QTRY_COMPARE(pane->hoverDay(), std::optional<int>(5));
        QCOMPARE(chart->hoverLineX(), std::optional<double>(x));
        QCOMPARE(lanes->hoverLineX(), std::optional<double>(x));
        // And from the lanes back to the chart.
        const double x2 = lanes->dayAxis().dayToPixel(-3);
        QTest::mouseMove(lanes, QPoint(int(x2), lanes->height() / 2));
        QTRY_COMPARE(pane->hoverDay(), std::optional<int>(-3));
        QCOMPARE(chart->hoverLineX(), std::optional<double>(x2));
        const QString tip = pane->toolTipForDay(0);
        QVERIFY2(tip.contains(QStringLiteral("post")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("2025-10-17")) && tip.contains(QStringLiteral("2025-10-01")));
        // An event on day 0 comes with its impact on its row's subject. The second row is anchored on an event of
        // another narrative, which its lane shows all the same: two events, two impacts.
        QVERIFY2(tip.count(QStringLiteral("Impact")) == 2, qPrintable(tip));
        QCOMPARE(tip.count(QStringLiteral("Posts: ")), 2); // the impacts' post counts before → after
        QVERIFY(!pane->toolTipForDay(-3).contains(QStringLiteral("Impact")));
    }

    void imageExportUsesThePanePainting()
    {
        ComparePane* pane = showCompare();
        alignTwoNarratives(pane);
        ImageExportOptions options;
        options.size = QSize(800, 450);
        options.scale = 2;
        const QString png = m_dir.filePath(QStringLiteral("compare.png"));
        QString error;
        QVERIFY2(pane->exportImage(png, options, &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        // The first line's colour is somewhere in the picture.
        const QColor first = pane->scene().lines.at(0).color;
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 2) {
            for (int x = 0; x < image.width() && !found; x += 2)
                found = image.pixelColor(x, y) == first;
        }
        QVERIFY(found);
        const QString csv = m_dir.filePath(QStringLiteral("compare.csv"));
        QVERIFY(pane->exportCsv(csv, &error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 1 + 2 * pane->setup().window.dayCount());
    }

    void impactTableSortsAndFocusesTheEvent()
    {
        QDockWidget* dock = m_window->findChild<QDockWidget*>(QStringLiteral("impactDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        ImpactPane* pane = m_window->impactPane();
        QTRY_VERIFY(pane->isVisible());
        QTableView* table = pane->tableView();
        QVERIFY(table->model()->rowCount() >= 6);
        QCOMPARE(pane->model()->days(), 7);
        // Sort by the metric after the event, descending, through the header as a user would. (In the sample only
        // the later Karpathy event has posts on both sides, so "Change" has a single number.)
        table->horizontalHeader()->setSortIndicator(EventImpactModel::AfterColumn, Qt::DescendingOrder);
        QList<double> afters;
        bool sawEmpty = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QVariant v = table->model()->index(row, EventImpactModel::AfterColumn).data(EventImpactModel::SortRole);
            if (!v.isValid()) {
                sawEmpty = true;
                continue;
            }
            QVERIFY2(!sawEmpty, "a number sorted after an empty value");
            afters << v.toDouble();
        }
        QVERIFY(afters.size() >= 2);
        QVERIFY(sawEmpty); // the old reference events have no posts around them in the sample window
        for (int i = 1; i < afters.size(); ++i)
            QVERIFY(afters.at(i - 1) >= afters.at(i));
        // A new N recomputes the table.
        pane->daysSpinBox()->setValue(3);
        QCOMPARE(pane->model()->days(), 3);
        // Double-click the top row: the event is focused in the ViewState through the mediator.
        const int row = 0;
        const QString id = pane->eventAtRow(row);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_window->viewState()->focusedEvent() != id);
        const QRect cell = table->visualRect(table->model()->index(row, EventImpactModel::TitleColumn));
        QVERIFY(cell.isValid());
        // A real double-click starts with a press, which the view needs to know which index is being clicked.
        QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_window->viewState()->focusedEvent(), id);
    }

    void timelineTooltipShowsTheImpact()
    {
        const QString tip = m_window->timelinePane()->eventToolTip(karpathyPodcast);
        QVERIFY2(tip.contains(QStringLiteral("Impact")), qPrintable(tip));
        const int row = m_window->impactPane()->model()->rowOfEvent(karpathyPodcast);
        const QString change =
            m_window->impactPane()->model()->index(row, EventImpactModel::ChangeColumn).data().toString();
        QVERIFY2(tip.contains(change), qPrintable(tip + QStringLiteral(" / ") + change));
        // The same N as the table: changing it there changes the tooltip.
        m_window->impactPane()->daysSpinBox()->setValue(2);
        QVERIFY(m_window->timelinePane()->eventToolTip(karpathyPodcast).contains(QStringLiteral("2 d before")));
    }

    void viewMenuBringsTheComparisonForward()
    {
        QDockWidget* dock = m_window->findChild<QDockWidget*>(QStringLiteral("compareDock"));
        QAction* action = nullptr;
        for (QAction* candidate : m_window->findChildren<QAction*>()) {
            if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C))
                action = candidate;
        }
        QVERIFY(action);
        // By default the comparison is a tab behind the posts: the action brings it forward rather than hiding it.
        QVERIFY(dock->visibleRegion().isEmpty());
        action->trigger();
        QTRY_VERIFY(dock->isVisible() && !dock->visibleRegion().isEmpty());
        QVERIFY(action->isChecked());
        action->trigger();
        QTRY_VERIFY(!dock->isVisible());
    }

private:
    ComparePane* showCompare()
    {
        QDockWidget* dock = m_window->findChild<QDockWidget*>(QStringLiteral("compareDock"));
        if (!dock)
            return nullptr;
        dock->show();
        dock->raise();
        m_window->resizeDocks({dock}, {560}, Qt::Vertical);
        ComparePane* pane = m_window->comparePane();
        QCoreApplication::processEvents();
        return pane;
    }

    // Summoning ghosts aligned on Karpathy's podcast, ghost tokens on Karpathy's thread, through the row widgets.
    void alignTwoNarratives(ComparePane* pane)
    {
        QVERIFY(pane);
        pane->rowsEditor()->addButton()->click();
        pane->rowsEditor()->addButton()->click();
        QCOMPARE(pane->setup().rows.size(), 2);
        const auto pick = [](QComboBox* box, const QString& data) {
            const int index = box->findData(data);
            QVERIFY2(index >= 0, qPrintable(data));
            box->setCurrentIndex(index);
        };
        pick(pane->rowsEditor()->subjectBox(0), QStringLiteral("narrative:%1").arg(ghosts));
        pick(pane->rowsEditor()->anchorBox(0), karpathyPodcast);
        pick(pane->rowsEditor()->subjectBox(1), QStringLiteral("narrative:%1").arg(ghostTokens));
        pick(pane->rowsEditor()->anchorBox(1), karpathyThread);
        QCOMPARE(pane->setup().rows.at(0), (CompareRow{SubjectKind::Narrative, ghosts, karpathyPodcast}));
        QCOMPARE(pane->setup().rows.at(1), (CompareRow{SubjectKind::Narrative, ghostTokens, karpathyThread}));
    }

    QTemporaryDir m_dir;
    QString m_samplePath;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCompareNarratives)
#include "tst_comparenarratives.moc"
