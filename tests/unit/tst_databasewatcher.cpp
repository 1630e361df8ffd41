// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The watcher reports commits made through other connections (another Seance, the command line) and stays quiet
// for the watched connection's own writes, while paused, and after a resync.
#include "models/storage/database.h"
#include "models/storage/databasewatcher.h"
#include "models/storage/savedviewstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

class TestDatabaseWatcher : public QObject
{
    Q_OBJECT

private slots:
    void reportsOnlyOtherConnections_data()
    {
        QTest::addColumn<bool>("writeElsewhere");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<bool>("resyncBeforePoll");
        QTest::addColumn<int>("expectedSignals");
        QTest::newRow("another connection commits") << true << false << false << 1;
        QTest::newRow("own write") << false << false << false << 0;
        QTest::newRow("another connection while paused") << true << true << false << 0;
        QTest::newRow("another connection, then a reload") << true << false << true << 0;
    }

    void reportsOnlyOtherConnections()
    {
        QFETCH(bool, writeElsewhere);
        QFETCH(bool, paused);
        QFETCH(bool, resyncBeforePoll);
        QFETCH(int, expectedSignals);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.seance"));
        Database watched;
        Database other;
        QVERIFY(watched.open(path));
        QVERIFY(other.open(path, nullptr, Database::Check::Skip));
        DatabaseWatcher watcher;
        watcher.setDatabase(&watched);
        watcher.setPaused(paused);
        QSignalSpy spy(&watcher, &DatabaseWatcher::changedElsewhere);

        const Database& writer = writeElsewhere ? other : watched;
        QVERIFY(SavedViewStore(writer).insert({QStringLiteral("v"), QStringLiteral("{}"), 1}));
        if (resyncBeforePoll)
            watcher.resync();
        watcher.poll();
        watcher.poll(); // a change is reported once
        QCOMPARE(spy.count(), expectedSignals);
    }

    void pollsWhileIdle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.seance"));
        Database watched;
        Database other;
        QVERIFY(watched.open(path));
        QVERIFY(other.open(path, nullptr, Database::Check::Skip));
        DatabaseWatcher watcher;
        watcher.setDatabase(&watched);
        QSignalSpy spy(&watcher, &DatabaseWatcher::changedElsewhere);
        QVERIFY(SavedViewStore(other).insert({QStringLiteral("v"), QStringLiteral("{}"), 1}));
        QVERIFY(spy.wait(DatabaseWatcher::intervalMs * 3));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWatcher)
#include "tst_databasewatcher.moc"
