// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's workspace notice: "Read-only" for a workspace opened read-only, and "Changed by another
// Seance" with a Reload button once another connection commits; Reload re-reads the panes and hides it.
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"
#include "ui/common/workspacenotice.h"
#include "ui/mainwindow.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace seance;

class TestWorkspaceNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readOnlyWorkspaceSaysSo_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("writable") << false;
        QTest::newRow("read-only") << true;
    }

    void readOnlyWorkspaceSaysSo()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.seance"));
        {
            Database create;
            QVERIFY(create.open(path));
        }
        Database db;
        QVERIFY(db.open(path, nullptr, Database::Check::Full,
                        readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite));
        QWidget statusBar; // as in the window: the notice shows or hides itself inside a visible parent
        WorkspaceNotice notice(&statusBar);
        statusBar.show();
        notice.setDatabase(&db);
        QCOMPARE(notice.showsReadOnly(), readOnly);
        QCOMPARE(notice.isVisible(), readOnly);
        QVERIFY(!notice.showsOutsideChange());
    }

    // The window on a workspace; another connection adds a token; the notice appears; Reload shows the token.
    void outsideChangeOffersReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.seance"));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        auto* notice = window.findChild<WorkspaceNotice*>(QStringLiteral("workspaceNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->showsOutsideChange());
        QVERIFY(!notice->isVisible());

        Database other;
        QVERIFY(other.open(path, nullptr, Database::Check::Skip));
        TokenRecord token;
        token.id = QStringLiteral("outside");
        token.name = QStringLiteral("Outside");
        token.symbol = QStringLiteral("OUT");
        token.chain = QStringLiteral("solana");
        QVERIFY(TokenStore(other).insert(token));

        QTRY_VERIFY_WITH_TIMEOUT(notice->showsOutsideChange(), DatabaseWatcher::intervalMs * 4);
        QVERIFY(notice->isVisible());
        auto* reload = notice->findChild<QPushButton*>();
        QVERIFY(reload && reload->isVisible());
        auto* view = window.tokenBrowser()->findChild<QAbstractItemView*>();
        QVERIFY(view);
        const int before = view->model()->rowCount();
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), before + 1);
        QVERIFY(!notice->showsOutsideChange());
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestWorkspaceNotice)
#include "tst_workspacenotice.moc"
