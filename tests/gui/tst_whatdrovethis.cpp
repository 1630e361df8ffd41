// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "What Drove This": opened from the chart's context menu and from View, its empty state, the result for Ghost Coin
// in the week of Karpathy's thread, cancelling a computation, and a language switch while it computes.
#include "samplewindow.h"

#include "models/i18n/translationloader.h"

#include "models/items/driverpostmodel.h"
#include "models/items/drivertermmodel.h"
#include "models/viewstate.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/drivers/movedriverspane.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>

using namespace seance;
using namespace seance::testing;

namespace {

constexpr qint64 threadDay = 1'759'276'800'000; // 2025-10-01T00:00Z, the day of Karpathy's thread
const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");

// The View menu's entry (the dock's own toggle action has the same text but no key).
QAction* findMenuAction(QMainWindow* window, const QString& text)
{
    const QList<QMenu*> menus = window->menuBar()->findChildren<QMenu*>();
    for (const QMenu* menu : menus) {
        for (QAction* action : menu->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestWhatDroveThis : public QObject
{
    Q_OBJECT
private slots:
    void emptyStateUntilATokenIsSelected()
    {
        auto window = openSampleWindow(m_dir);
        QVERIFY(window);
        window->viewState()->setSelectedTokens({});
        QAction* view = findMenuAction(window.get(), QStringLiteral("What Drove This"));
        QVERIFY(view);
        QCOMPARE(view->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
        view->trigger();
        QTRY_VERIFY(window->driversPane()->isVisible());
        QTRY_COMPARE(window->driversPane()->emptyText(), MoveDriversPane::emptyHint());
        QVERIFY(window->driversPane()->emptyText().startsWith(u"Select a token and a range"));
    }

    void contextMenuExplainsGhostCoinAroundTheThread()
    {
        auto window = openSampleWindow(m_dir);
        QVERIFY(window);
        ViewState* state = window->viewState();
        state->setSelectedTokens({ghostCoin});
        state->setVisibleRange({threadDay, threadDay + 7 * dayMs});
        // The chart's context menu holds the action (Qt::ActionsContextMenu on the chart pane).
        SentimentChartPane* chart = window->findChild<SentimentChartPane*>();
        QVERIFY(chart);
        QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction* explain = nullptr;
        for (QAction* action : chart->actions()) {
            if (action->objectName() == QLatin1String("whatDroveThisAction"))
                explain = action;
        }
        QVERIFY(explain);
        MoveDriversPane* pane = window->driversPane();
        QSignalSpy computed(pane, &MoveDriversPane::computed);
        explain->trigger();
        QVERIFY(window->driversDock()->isVisible());
        QVERIFY(computed.wait(30'000) || !computed.isEmpty());
        QVERIFY(pane->isShowingResult());
        QVERIFY2(pane->summaryText().contains(u"Ghost Coin"), qPrintable(pane->summaryText()));
        DriverTermModel* terms = pane->termModel();
        QVERIFY(terms->rowCount() > 0);
        // Largest |share| first, as the computation ordered them.
        for (int row = 1; row < terms->rowCount(); ++row)
            QVERIFY(std::fabs(terms->terms().at(row - 1).change) >= std::fabs(terms->terms().at(row).change));
        // The posts table: most engaged first.
        QAbstractItemModel* posts = pane->postsView()->model();
        QVERIFY(posts->rowCount() > 0);
        for (int row = 1; row < posts->rowCount(); ++row)
            QVERIFY(
                posts->index(row - 1, DriverPostModel::EngagementColumn).data(DriverPostModel::SortRole).toLongLong() >=
                posts->index(row, DriverPostModel::EngagementColumn).data(DriverPostModel::SortRole).toLongLong());
        // SEANCE_SCREENSHOT_DIR=… keeps a picture of the window for a person to look at.
        if (const QString dir = qEnvironmentVariable("SEANCE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window->resizeDocks({window->driversDock()}, {420}, Qt::Vertical);
            QTest::qWait(300);
            QVERIFY(window->grab().save(dir + QStringLiteral("/what-drove-this.png")));
        }

        // Headers sort the terms.
        pane->termsView()->sortByColumn(DriverTermModel::TermColumn, Qt::AscendingOrder);
        QAbstractItemModel* sorted = pane->termsView()->model();
        for (int row = 1; row < sorted->rowCount(); ++row)
            QVERIFY(QString::localeAwareCompare(sorted->index(row - 1, 0).data().toString(),
                                                sorted->index(row, 0).data().toString()) <= 0);

        // Another range: the pane follows, a moment later.
        state->setVisibleRange({threadDay + 7 * dayMs, threadDay + 14 * dayMs});
        QVERIFY(computed.wait(30'000));
        QVERIFY(pane->summaryText().contains(u"Ghost Coin"));
    }

    void cancelStopsAndSaysSo()
    {
        auto window = openSampleWindow(m_dir);
        QVERIFY(window);
        ViewState* state = window->viewState();
        state->setSelectedTokens({ghostCoin});
        state->resetRange(); // all the data: the largest computation the sample offers
        MoveDriversPane* pane = window->driversPane();
        QSignalSpy computed(pane, &MoveDriversPane::computed);
        window->driversDock()->show();
        window->driversDock()->raise();
        QVERIFY(computed.wait(30'000)); // shown, it computes once the scorer is ready
        computed.clear();
        pane->refresh(); // and again: cancelled before the worker can finish
        QVERIFY(pane->isComputing());
        QVERIFY(pane->cancelButton()->isVisible());
        QTest::mouseClick(pane->cancelButton(), Qt::LeftButton);
        QVERIFY(!pane->isComputing());
        QVERIFY(pane->emptyText().startsWith(u"Cancelled"));
        QTest::qWait(300);
        QVERIFY(computed.isEmpty()); // the cancelled result never arrives
    }

    // The language changes while the pane explains posts: the status line and the progress bar's text are said
    // again in the new language (from the pane's state, not from the text shown), and the job keeps running.
    void languageSwitchWhileComputingSaysTheStatusAgain()
    {
        auto window = openSampleWindow(m_dir);
        QVERIFY(window);
        ViewState* state = window->viewState();
        state->setSelectedTokens({ghostCoin});
        state->resetRange();
        MoveDriversPane* pane = window->driversPane();
        QSignalSpy computed(pane, &MoveDriversPane::computed);
        window->driversDock()->show();
        window->driversDock()->raise();
        QVERIFY(computed.wait(30'000)); // the scorer is ready
        computed.clear();
        pane->refresh();
        QVERIFY(pane->isComputing());
        auto* progress = pane->findChild<QProgressBar*>();
        QVERIFY(progress);
        const QString englishSummary = pane->summaryText();
        QVERIFY2(englishSummary.contains(u": explaining "), qPrintable(englishSummary));
        QCOMPARE(progress->format(), QStringLiteral("Counting posts…"));

        installTranslations(Language::Korean);
        const auto english = qScopeGuard([] { installTranslations(Language::English); }); // also when a check fails
        // Delivered now rather than through the event loop, so the job cannot finish first.
        QEvent languageChange(QEvent::LanguageChange);
        QApplication::sendEvent(pane, &languageChange);
        QVERIFY(pane->isComputing());
        // seance_ko.ts: "%1: %3 대비 %2 설명 중…" and "게시물 세는 중…".
        const QString koreanSummary = pane->summaryText();
        QVERIFY2(koreanSummary.endsWith(u" 설명 중…") && koreanSummary.contains(u" 대비 "), qPrintable(koreanSummary));
        QVERIFY2(koreanSummary.startsWith(englishSummary.section(u':', 0, 0) + u':'), qPrintable(koreanSummary));
        QCOMPARE(progress->format(), QStringLiteral("게시물 세는 중…"));

        installTranslations(Language::English);
        QApplication::sendEvent(pane, &languageChange);
        QCOMPARE(pane->summaryText(), englishSummary);
        QCOMPARE(progress->format(), QStringLiteral("Counting posts…"));
        QVERIFY(computed.wait(30'000) || !computed.isEmpty()); // the switch neither cancelled nor restarted it
        QVERIFY(pane->isShowingResult());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWhatDroveThis)
#include "tst_whatdrovethis.moc"
