// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/mainwindow.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

QStringList visibleColumnTexts(QTableView* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_samplePath, &error), qPrintable(error));
    }

    void showsSampleTokens()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_samplePath));
        QTableView* table = window.tokenBrowser()->tableView();
        QCOMPARE(table->model()->rowCount(), 7);
        const QStringList names = visibleColumnTexts(table, 1);
        QVERIFY2(names.contains(QStringLiteral("Ghost Coin")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("GhostAI")));
        QVERIFY(names.contains(QStringLiteral("Dogecoin")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("sample.seance")));
        const auto badges = window.statusBar()->findChildren<QLabel*>();
        bool sampleBadgeShown = false;
        for (QLabel* label : badges)
            sampleBadgeShown |= label->isVisible() && label->text() == QStringLiteral("SAMPLE DATA");
        QVERIFY(sampleBadgeShown);
    }

    void searchFiltersTheTable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_samplePath));
        TokenBrowser* browser = window.tokenBrowser();
        QTest::keyClicks(browser->searchField(), QStringLiteral("hypothetical"));
        QCOMPARE(browser->visibleTokenCount(), 2);
        browser->searchField()->clear();
        QCOMPARE(browser->visibleTokenCount(), 7);
    }

    void selectionEmitsTokenIds()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_samplePath));
        TokenBrowser* browser = window.tokenBrowser();
        QSignalSpy spy(browser, &TokenBrowser::tokensSelected);
        browser->tableView()->selectRow(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList().size(), 1);
        QCOMPARE(browser->selectedTokenIds().size(), 1);
    }

    void failedOpenKeepsCurrentWorkspace()
    {
        MainWindow window;
        QStringList errors;
        DialogSeam seam = DialogSeam::standard();
        seam.showError = [&errors](QWidget*, const QString&, const QString& text) { errors << text; };
        window.setDialogSeam(seam);
        QVERIFY(window.openDatabase(m_samplePath));
        QVERIFY(!window.openDatabase(m_dir.path())); // a folder, not a file
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("folder")));
        QCOMPARE(window.databasePath(), m_samplePath);
        QCOMPARE(window.tokenBrowser()->visibleTokenCount(), 7);
    }

    void emptyWorkspaceSaysWhatToDo()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("empty.seance"))));
        QCOMPARE(window.tokenBrowser()->visibleTokenCount(), 0);
        // The hint names the menu entry by its real path, so a renamed action fails here instead of going stale.
        QString importPath;
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)) {
            for (QAction* action : menu->actions()) {
                if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                    importPath = QStringLiteral("%1 › %2").arg(menu->title(), action->text()).remove(QLatin1Char('&'));
            }
        }
        QCOMPARE(importPath, QStringLiteral("File › Import…"));
        bool hint = false;
        for (QLabel* label : window.tokenBrowser()->findChildren<QLabel*>())
            hint |= label->isVisible() && label->text().contains(importPath);
        QVERIFY(hint);
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.resize(900, 640);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 640));
    }

    // The view state reaches the settings file while the window is open, so a crash or a kill keeps it.
    void viewStateIsSavedWithoutClosing()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_samplePath));
        const QString id = QStringLiteral("icp-ghost");
        window.viewState()->setSelectedTokens({id});
        window.viewState()->setMetric(Metric::PositiveShare);
        const auto savedOnDisk = [] { return QSettings().value(QStringLiteral("view/state")).toByteArray(); };
        QTRY_VERIFY_WITH_TIMEOUT(savedOnDisk().contains(id.toUtf8()), 10000);
        ViewState reread;
        QVERIFY(reread.fromJson(QJsonDocument::fromJson(savedOnDisk()).object()));
        QCOMPARE(reread.selectedTokens(), QStringList{id});
        QCOMPARE(reread.metric(), Metric::PositiveShare);
    }

    // The chart gets most of the central column by default, and the split the user drags is remembered.
    void chartSplitIsRemembered()
    {
        QList<int> dragged;
        {
            MainWindow window;
            window.resize(1200, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* splitter = qobject_cast<QSplitter*>(window.centralWidget());
            QVERIFY(splitter);
            const QList<int> sizes = splitter->sizes();
            QCOMPARE(sizes.size(), 2);
            splitter->setSizes({sizes.at(0) + sizes.at(1) - 150, 150});
            dragged = splitter->sizes();
            QCOMPARE(dragged.at(1), 150);
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(qobject_cast<QSplitter*>(again.centralWidget())->sizes(), dragged);

        // Reset layout goes back to the default: the chart well above the timeline.
        QAction* reset = nullptr;
        for (QAction* action : again.findChildren<QAction*>()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Reset Layout"), Qt::CaseInsensitive))
                reset = action;
        }
        QVERIFY(reset);
        reset->trigger();
        QTRY_VERIFY(qobject_cast<QSplitter*>(again.centralWidget())->sizes().at(0) > 2 * qobject_cast<QSplitter*>(again.centralWidget())->sizes().at(1));
    }

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
