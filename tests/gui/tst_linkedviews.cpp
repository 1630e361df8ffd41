// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's flows through the real main window: the panes must stay in step through the ViewState.
#include "models/io/sample/sampledatabase.h"
#include "models/items/tokentablemodel.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/storage/savedviewstore.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "tokendialogseam.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/editing/tokeneditdialog.h"
#include "ui/mainwindow.h"
#include "ui/posts/postspane.h"
#include "ui/posts/scoreexplanationview.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/tokens/tokenbrowser.h"
#include "ui/tokens/tokendetailpane.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace seance;

class TestLinkedViews : public QObject
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
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_samplePath));
    }
    void cleanup() { m_window.reset(); }

    void selectingTwoTokensChartsTwoSeries()
    {
        QTableView* table = m_window->tokenBrowser()->tableView();
        table->selectionModel()->clearSelection();
        table->selectRow(1);
        table->selectionModel()->select(table->model()->index(2, 1),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->viewState()->selectedTokens().size(), 2);
        QTRY_COMPARE(m_window->chartPane()->visibleSeriesCount(), 2);
        // The posts pane follows the same selection.
        const QStringList selected = m_window->viewState()->selectedTokens();
        PostListModel* posts = m_window->postsPane()->model();
        QVERIFY(posts->rowCount() > 0);
        const TokenStore tokens(*m_window->database());
        for (int row = 0; row < posts->rowCount(); ++row) {
            const QString id = posts->index(row, 0).data(PostListModel::TokenIdRole).toString();
            QVERIFY(selected.contains(id));
            // The mediator gave the list the tokens' names: a ticker is not an identity.
            QCOMPARE(posts->index(row, PostListModel::TokenColumn).data().toString(), tokens.find(id)->name);
        }
    }

    void zoomingTheChartMovesTheTimeline()
    {
        ViewState* state = m_window->viewState();
        NarrativeTimelinePane* timeline = m_window->timelinePane();
        const TimeRange before = state->visibleRange();
        QVERIFY(!before.isEmpty());
        const TimeRange zoomed{before.from + before.span() / 4, before.to - before.span() / 4};
        emit m_window->chartPane()->rangeRequested(zoomed); // what a wheel or rubber band emits
        QCOMPARE(state->visibleRange(), zoomed);
        QCOMPARE(timeline->axisMapping().range(), zoomed);
    }

    // The timeline's x of an event is the chart's x of its marker, with and without tokens selected.
    void timelineEventsLineUpWithChartMarkers()
    {
        const QString id = QStringLiteral("karpathy-thread-2025-10-01");
        const auto markerXInWindow = [&]() -> std::optional<int> {
            SentimentChartPane* chart = m_window->chartPane();
            const std::optional<int> line = chart->eventLineX(id);
            if (!line)
                return std::nullopt;
            return chart->chartViewport()->mapTo(m_window.get(), QPoint(*line, 0)).x();
        };
        // The marker's true centre: QRect::center() of an even-width rectangle lies half a pixel to its left.
        const auto timelineXInWindow = [&] {
            NarrativeTimelinePane* timeline = m_window->timelinePane();
            return timeline->mapTo(m_window.get(), QPoint(0, 0)).x() + QRectF(timeline->eventRect(id)).center().x();
        };
        QTRY_VERIFY(markerXInWindow().has_value());
        QVERIFY(m_window->viewState()->selectedTokens().isEmpty());
        QTRY_VERIFY2(
            std::abs(*markerXInWindow() - timelineXInWindow()) <= 1.0,
            qPrintable(
                QStringLiteral("no tokens: chart %1, timeline %2").arg(*markerXInWindow()).arg(timelineXInWindow())));

        m_window->tokenBrowser()->tableView()->selectRow(1);
        QTRY_COMPARE(m_window->chartPane()->visibleSeriesCount(), 1);
        QTRY_VERIFY2(
            std::abs(*markerXInWindow() - timelineXInWindow()) <= 1.0,
            qPrintable(
                QStringLiteral("one token: chart %1, timeline %2").arg(*markerXInWindow()).arg(timelineXInWindow())));
    }

    void clickingATimelineEventFocusesItInTheChart()
    {
        NarrativeTimelinePane* timeline = m_window->timelinePane();
        const QString id = QStringLiteral("karpathy-thread-2025-10-01");
        const QRect marker = timeline->eventRect(id);
        QVERIFY2(!marker.isEmpty(), "the sample's Karpathy event is not in the timeline");
        QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center());
        QCOMPARE(m_window->viewState()->focusedEvent(), id);
        QVERIFY(m_window->chartPane()->eventMarkerPosition(id).has_value());
    }

    void selectingAPostShowsItsExplanation()
    {
        m_window->tokenBrowser()->tableView()->selectRow(1);
        PostsPane* posts = m_window->postsPane();
        QVERIFY(posts->model()->rowCount() > 0);
        posts->tableView()->selectRow(0);
        // The scorer is built off the GUI thread after the workspace opens; the explanation follows it.
        const auto explained = [posts] {
            const QString html = posts->explanationView()->toHtml();
            return html.contains(QStringLiteral("compound")) || html.contains(QStringLiteral("Unscored"));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(explained(), qPrintable(posts->explanationView()->toPlainText()), 10000);
    }

    // An edit reloads the token table; the selected row stays selected in the table, as it does in the ViewState.
    void editingASelectedTokenKeepsItSelected()
    {
        m_window->setDialogSeam(renamingTokenDialogs());
        const QString id = QStringLiteral("ethereum-pepe");
        QTableView* table = m_window->tokenBrowser()->tableView();
        const auto selectedInTable = [table] {
            QStringList ids;
            for (const QModelIndex& index : table->selectionModel()->selectedRows())
                ids << index.data(TokenTableModel::TokenIdRole).toString();
            return ids;
        };
        m_window->tokenBrowser()->selectTokens({id});
        m_window->viewState()->setSelectedTokens({id});
        QCOMPARE(selectedInTable(), QStringList{id});

        m_window->editTokenById(id);
        QCOMPARE(selectedInTable(), QStringList{id});
        QCOMPARE(m_window->viewState()->selectedTokens(), QStringList{id});
        m_window->undoStack()->undo();
        QCOMPARE(selectedInTable(), QStringList{id});
        QCOMPARE(m_window->viewState()->selectedTokens(), QStringList{id});
    }

    void undoOfAnEditRestoresTheRow()
    {
        m_window->setDialogSeam(renamingTokenDialogs());
        const QString id = QStringLiteral("ethereum-pepe");
        const std::optional<TokenRecord> before = TokenStore(*m_window->database()).find(id);
        QVERIFY2(before, "the sample has no token with id ethereum-pepe");
        m_window->editTokenById(id);
        QCOMPARE(TokenStore(*m_window->database()).find(id)->name, QStringLiteral("Renamed Coin"));
        QCOMPARE(m_window->undoStack()->count(), 1);
        auto namesInTable = [this] {
            QStringList names;
            QAbstractItemModel* model = m_window->tokenBrowser()->tableView()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                names << model->index(row, 1).data().toString();
            return names;
        };
        QVERIFY(namesInTable().contains(QStringLiteral("Renamed Coin")));
        m_window->undoStack()->undo();
        QCOMPARE(*TokenStore(*m_window->database()).find(id), *before);
        QVERIFY(!namesInTable().contains(QStringLiteral("Renamed Coin")));
        QVERIFY(namesInTable().contains(before->name));
    }

    // The Token pane shows a newly chosen token from the top, where its name is, however far the last one was
    // scrolled; the same token shown again keeps its place.
    void anotherTokenIsShownFromTheTop_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("chosen in the table") << QStringLiteral("table");
        QTest::newRow("a saved view opened") << QStringLiteral("saved view");
    }
    void anotherTokenIsShownFromTheTop()
    {
        QFETCH(QString, how);
        m_window->resize(1000, 500); // a card taller than its pane, so it scrolls
        QScrollBar* scroll = m_window->tokenDetails()->findChild<QScrollArea*>()->verticalScrollBar();
        const QString first = QStringLiteral("xrpl-ghost-coin");
        const QString second = QStringLiteral("ethereum-pepe");
        SavedViewRecord view;
        view.name = QStringLiteral("Pepe alone, ") + how;
        view.state = QStringLiteral(R"({"view": {"version": 1, "selectedTokens": ["%1"]}})").arg(second);
        QVERIFY(SavedViewStore(*m_window->database()).insert(view));
        const auto chooseInTable = [this](const QString& id) {
            QTableView* table = m_window->tokenBrowser()->tableView();
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString() == id)
                    table->selectRow(row);
            }
        };
        chooseInTable(first);
        QCOMPARE(m_window->tokenDetails()->tokenId(), first);
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        m_window->reloadPanes(); // the same token again
        QCOMPARE(scroll->value(), scroll->maximum());

        if (how == QLatin1String("table"))
            chooseInTable(second);
        else
            QVERIFY(m_window->openSavedView(view.name));
        QCOMPARE(m_window->tokenDetails()->tokenId(), second);
        QCOMPARE(scroll->value(), 0);
        QVERIFY(SavedViewStore(*m_window->database()).remove(view.name));
    }

private:
    // Every token dialog renames its token to "Renamed Coin" and is accepted.
    static DialogSeam renamingTokenDialogs()
    {
        return testing::acceptingTokenDialogs([](TokenRecord& record) { record.name = QStringLiteral("Renamed Coin"); });
    }

    QTemporaryDir m_dir;
    QString m_samplePath;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLinkedViews)
#include "tst_linkedviews.moc"
