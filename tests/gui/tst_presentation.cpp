// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/viewstate.h"
#include "presentingworkspace.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/presenting/presentationmode.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;
using namespace seance::testing;

class TestPresentation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("present.seance"));
        QString error;
        QVERIFY2(createPresentingWorkspace(m_path, false, &error), qPrintable(error));
        // The story's first event concerns alpha, so the whole story is what alpha's chart is about; an event of
        // another story, years away, is not, and the arrows must never step to it.
        Database db;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        EventRecord early = *EventStore(db).find(QStringLiteral("early"));
        early.tokenIds = {QStringLiteral("alpha")};
        QVERIFY(EventStore(db).update(early));
        EventRecord late = *EventStore(db).find(QStringLiteral("late"));
        late.description = QStringLiteral("Listed on a large exchange after three weeks of threads.");
        QVERIFY(EventStore(db).update(late));
        NarrativeRecord other;
        other.id = QStringLiteral("other-story");
        other.title = QStringLiteral("Another story");
        QVERIFY(NarrativeStore(db).insert(other));
        EventRecord elsewhere;
        elsewhere.id = QStringLiteral("elsewhere");
        elsewhere.narrativeId = other.id;
        elsewhere.occurredAt = presentingDay0 - 900 * dayMs;
        elsewhere.title = QStringLiteral("Unrelated debut");
        elsewhere.kind = QStringLiteral("launch");
        QVERIFY(EventStore(db).insert(elsewhere));
    }

    void f11HidesChromeAndEscRestores()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(m_path));
        window.viewState()->setSelectedTokens({QStringLiteral("alpha"), QStringLiteral("beta")});
        const QList<QDockWidget*> docks = window.findChildren<QDockWidget*>();
        QCOMPARE(docks.size(), 7); // tokens, details, posts, compare narratives, event impact, price lead/lag, drivers
        docks.at(1)->hide(); // a layout of the user's own, which Esc must bring back as it was
        QCoreApplication::processEvents();
        const QByteArray layout = window.saveState();
        const Qt::WindowStates windowState = window.windowState();
        const QRect geometry = window.geometry();

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        for (QDockWidget* dock : docks)
            QVERIFY(dock->isHidden());
        QVERIFY(window.menuBar()->isHidden());
        QVERIFY(window.statusBar()->isHidden());
        QVERIFY(!window.chartPane()->isHeaderVisible());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(window.chartPane()->isVisible());

        // → and ← step through the events in time order, not in the order they are stored.
        QVERIFY(window.viewState()->focusedEvent().isEmpty());
        const QStringList inTimeOrder = {QStringLiteral("early"), QStringLiteral("middle"), QStringLiteral("late")};
        for (const QString& expected : inTimeOrder) {
            QTest::keyClick(&window, Qt::Key_Right);
            QCOMPARE(window.viewState()->focusedEvent(), expected);
        }
        // The focused event's full title, date and description are on screen, with its place among the steps.
        QString caption = window.presentation()->captionText();
        QVERIFY2(caption.contains(QStringLiteral("Late listing")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("three weeks of threads")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("3 of 3")), qPrintable(caption));
        QTest::keyClick(&window, Qt::Key_Right); // the last one stays, and says so
        QCOMPARE(window.viewState()->focusedEvent(), QStringLiteral("late"));
        caption = window.presentation()->captionText();
        QVERIFY2(caption.contains(QStringLiteral("last one")), qPrintable(caption));
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.viewState()->focusedEvent(), QStringLiteral("middle"));
        QVERIFY(!window.presentation()->captionText().contains(QStringLiteral("last one")));
        QTest::keyClick(&window, Qt::Key_Left);
        QTest::keyClick(&window, Qt::Key_Left); // before the first: stays, and says so
        QCOMPARE(window.viewState()->focusedEvent(), QStringLiteral("early"));
        QVERIFY(window.presentation()->captionText().contains(QStringLiteral("first one")));
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.viewState()->focusedEvent(), QStringLiteral("middle"));
        // Menu shortcuts still work with the menu bar hidden: Alt+4 picks the volume metric.
        QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
        QCOMPARE(window.viewState()->metric(), Metric::Volume);
        QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier); // back, so the layout below compares like for like
        QCOMPARE(window.viewState()->metric(), Metric::Mean);

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QCOMPARE(window.windowState(), windowState);
        QCOMPARE(window.geometry(), geometry);
        QVERIFY(!window.menuBar()->isHidden());
        QVERIFY(!window.statusBar()->isHidden());
        QVERIFY(window.chartPane()->isHeaderVisible());
        QVERIFY(!docks.at(0)->isHidden());
        QVERIFY(docks.at(1)->isHidden());
        QVERIFY(!docks.at(2)->isHidden());
        QCOMPARE(window.saveState(), layout);

        // Outside presentation mode the arrows are the chart's again, not event steps.
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.viewState()->focusedEvent(), QStringLiteral("middle"));
    }

    // What is charted decides where the arrows go: with no token selected, every event, the other story's too;
    // with tokens of the story selected, never the other story's.
    void arrowsFollowWhatIsCharted_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QStringList>("expected"); // the events → visits from the first, in order
        QTest::newRow("the story's tokens")
            << QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}
            << QStringList{QStringLiteral("early"), QStringLiteral("middle"), QStringLiteral("late")};
        QTest::newRow("nothing selected") << QStringList()
                                          << QStringList{QStringLiteral("elsewhere"), QStringLiteral("early"),
                                                         QStringLiteral("middle"), QStringLiteral("late")};
        QTest::newRow("a token no event concerns") << QStringList{QStringLiteral("beta")} << QStringList();
    }
    void arrowsFollowWhatIsCharted()
    {
        QFETCH(QStringList, tokens);
        QFETCH(QStringList, expected);
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(m_path));
        window.viewState()->setSelectedTokens(tokens);
        window.viewState()->setFocusedEvent({});
        const TimeRange all = window.viewState()->dataRange();
        window.viewState()->setVisibleRange({all.from - 1000 * dayMs, all.to});
        window.setPresenting(true);
        QStringList visited;
        for (int step = 0; step < 6; ++step) {
            QTest::keyClick(&window, Qt::Key_Right);
            const QString focused = window.viewState()->focusedEvent();
            if (!focused.isEmpty() && !visited.contains(focused))
                visited << focused;
        }
        QCOMPARE(visited, expected);
        if (expected.isEmpty())
            QVERIFY(window.presentation()->captionText().contains(QStringLiteral("No event concerns")));
        window.setPresenting(false);
    }

    void viewMenuActionToggles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* present = nullptr;
        const auto actions = window.findChildren<QAction*>();
        for (QAction* action : actions) {
            if (action->shortcut() == QKeySequence(Qt::Key_F11))
                present = action;
        }
        QVERIFY(present && present->isCheckable());
        present->trigger();
        QVERIFY(window.isPresenting());
        QVERIFY(present->isChecked());
        window.setPresenting(false);
        QVERIFY(!present->isChecked());
        QVERIFY(!window.menuBar()->isHidden());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
