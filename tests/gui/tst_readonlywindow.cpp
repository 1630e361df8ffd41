// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a read-only workspace: every action that writes is disabled and says why in its tooltip, edits
// reached another way (a double-click, a dropped file) are refused with the reason, and the file is left as it was.
// The workspace is a chmod 444 copy of the sample. Root may write to any file, so as root the permission row is
// skipped and the "access" row opens the same copy read-only on purpose (as tst_readonlyworkspace does).
#include "models/storage/database.h"
#include "tests/gui/sampleworkspace.h"
#include "ui/common/workspacenotice.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace seance;

namespace {

// Every action of the window that writes to the workspace, by object name; worked out from the menus by hand.
const QStringList writingActions = {
    QStringLiteral("importAction"),
    QStringLiteral("undoAction"),
    QStringLiteral("redoAction"),
    QStringLiteral("newTokenAction"),
    QStringLiteral("editTokenAction"),
    QStringLiteral("removeTokenAction"),
    QStringLiteral("newNarrativeAction"),
    QStringLiteral("editNarrativeAction"),
    QStringLiteral("removeNarrativeAction"),
    QStringLiteral("newEventAction"),
    QStringLiteral("editEventAction"),
    QStringLiteral("removeEventAction"),
    QStringLiteral("rescoreAction"),
    QStringLiteral("saveViewAction"),
    QStringLiteral("deleteViewAction"),
    QStringLiteral("fetchMarketDataAction"),
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QHash<QString, QAction*> namedActions(const MainWindow& window)
{
    QHash<QString, QAction*> actions;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!action->objectName().isEmpty())
            actions.insert(action->objectName(), action);
    }
    return actions;
}

} // namespace

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_writable, &error), qPrintable(error));
        m_readOnly = m_dir.filePath(QStringLiteral("read-only.seance"));
        QVERIFY(QFile::copy(m_writable, m_readOnly));
        QVERIFY(QFile::setPermissions(m_readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        m_hash = fileHash(m_readOnly);
        QVERIFY(!m_hash.isEmpty());
    }

    void writingActionsAreDisabled_data()
    {
        QTest::addColumn<bool>("askReadOnly");
        QTest::newRow("permission") << false; // chmod 444 alone
        QTest::newRow("access") << true;      // chmod 444 and opened read-only on purpose
    }

    void writingActionsAreDisabled()
    {
        QFETCH(bool, askReadOnly);
        if (!askReadOnly && geteuid() == 0)
            QSKIP("root may write to any file: the permission cannot make it read-only");
        QStringList errors;
        MainWindow window;
        DialogSeam seam = DialogSeam::standard();
        seam.showError = [&](QWidget*, const QString&, const QString& text) { errors << text; };
        seam.execDialog = [](QDialog*) {
            QTest::qFail("no dialog may open on a read-only workspace", __FILE__, __LINE__);
            return 0;
        };
        window.setDialogSeam(seam);
        QVERIFY(window.openDatabase(m_readOnly, askReadOnly));
        window.show();
        QVERIFY(window.database()->isReadOnly());
        auto* notice = window.findChild<WorkspaceNotice*>(QStringLiteral("workspaceNotice"));
        QVERIFY(notice && notice->showsReadOnly());

        const QHash<QString, QAction*> actions = namedActions(window);
        for (const QString& name : writingActions) {
            QAction* action = actions.value(name);
            QVERIFY2(action, qPrintable(name + QStringLiteral(" is not in the window (renamed?)")));
            QVERIFY2(!action->isEnabled(), qPrintable(name + QStringLiteral(" writes but is enabled")));
            QVERIFY2(action->toolTip().contains(QLatin1String("read-only")),
                     qPrintable(name + QStringLiteral(": ") + action->toolTip()));
        }
        // The list is complete: every action the window turned off for the read-only workspace is on it.
        for (QAction* action : window.findChildren<QAction*>()) {
            if (!action->isEnabled() && action->toolTip().contains(QLatin1String("read-only")))
                QVERIFY2(writingActions.contains(action->objectName()),
                         qPrintable(action->objectName() + QStringLiteral(" is off but not on the list")));
        }

        // The ways around the menus: a double-click edit and a dropped file are refused with the reason.
        window.editTokenById(QStringLiteral("ghost-icp"));
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors.constLast().contains(QLatin1String("read-only")), qPrintable(errors.constLast()));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(SEANCE_FIXTURES_DIR "/posts/posts.jsonl"))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter); // a drop goes where the drag entered
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(errors.size(), 2);
        QVERIFY2(errors.constLast().contains(QLatin1String("read-only")), qPrintable(errors.constLast()));
        window.close();
        QCOMPARE(fileHash(m_readOnly), m_hash);
    }

    // A writable workspace opened in the same window gets its actions back (the undo stack is empty and there is no
    // saved view, so Undo, Redo and Delete Saved View may stay off for their own reasons).
    void writableWorkspaceEnablesThemAgain()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_readOnly, true));
        QVERIFY(window.openDatabase(m_writable));
        QVERIFY(!window.database()->isReadOnly());
        const QHash<QString, QAction*> actions = namedActions(window);
        const QSet<QString> offForOwnReasons = {QStringLiteral("undoAction"), QStringLiteral("redoAction"),
                                                QStringLiteral("deleteViewAction")}; // no saved view yet
        for (const QString& name : writingActions) {
            QAction* action = actions.value(name);
            QVERIFY2(action, qPrintable(name));
            if (!offForOwnReasons.contains(name))
                QVERIFY2(action->isEnabled(), qPrintable(name + QStringLiteral(" stays disabled")));
            QVERIFY2(!action->toolTip().contains(QLatin1String("read-only")), qPrintable(name));
        }
    }

    void cleanupTestCase() { QFile::setPermissions(m_readOnly, QFile::ReadOwner | QFile::WriteOwner); }

private:
    QTemporaryDir m_dir;
    QString m_writable;
    QString m_readOnly;
    QByteArray m_hash;
};

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
