// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "presentingworkspace.h"
#include "models/viewstate.h"

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
        QCOMPARE(docks.size(), 6); // tokens, details, posts, compare narratives, event impact, price lead/lag
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
        QTest::keyClick(&window, Qt::Key_Right); // the last one stays
        QCOMPARE(window.viewState()->focusedEvent(), QStringLiteral("late"));
        QTest::keyClick(&window, Qt::Key_Left);
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
