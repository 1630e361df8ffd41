// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// checkDatabaseFile() (seance check): ok for a sound workspace with progress up to 100 %, the problems for a
// damaged page, and an error naming the file for a file that is missing or not SQLite. Opening a damaged small file
// is refused with a message naming it.
#include "models/storage/database.h"
#include "models/storage/databasecheck.h"
#include "models/storage/savedviewstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

// A workspace of many pages: saved views with long states.
bool createWorkspace(const QString& path)
{
    Database db;
    if (!db.open(path))
        return false;
    Transaction transaction(db);
    const SavedViewStore views(db);
    const QString state = QStringLiteral("{\"pad\": \"%1\"}").arg(QString(4000, QLatin1Char('x')));
    for (int i = 0; i < 400; ++i) {
        if (!views.insert({QStringLiteral("view %1").arg(i), state, i}))
            return false;
    }
    return transaction.commit();
}

} // namespace

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private slots:
    void soundWorkspaceIsOk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sound.seance"));
        QVERIFY(createWorkspace(path));
        QList<int> percents;
        const DatabaseCheckReport report = checkDatabaseFile(path, [&](int percent) { percents.append(percent); });
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n')) + report.error));
        QVERIFY(report.problems.isEmpty());
        QVERIFY(report.error.isEmpty());
        QVERIFY(percents.size() >= 2);
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    }

    void damagedPageIsReported_data()
    {
        QTest::addColumn<qint64>("page");
        QTest::newRow("a page in the middle") << qint64(20);
        QTest::newRow("a late page") << qint64(40);
    }

    void damagedPageIsReported()
    {
        QFETCH(qint64, page);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.seance"));
        QVERIFY(createWorkspace(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 32768;
        QVERIFY(file.size() > (page + 1) * pageSize);
        QVERIFY(file.seek(page * pageSize));
        file.write(QByteArray(64, '\xff')); // the page header: type, free blocks, cell count
        file.close();

        const DatabaseCheckReport report = checkDatabaseFile(path);
        QVERIFY(!report.ok);
        QVERIFY(report.error.isEmpty());
        QVERIFY(!report.problems.isEmpty());

        // Opening it (a small file: quick_check runs) is refused, naming the workspace.
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void uncheckableFileNamesIt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("not SQLite") << QByteArray("hello, this is text and not a database at all, padded out well past "
                                                  "the hundred bytes of a SQLite header so the header check fails")
                                    << true;
    }

    void uncheckableFileNamesIt()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.seance"));
        if (create) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const DatabaseCheckReport report = checkDatabaseFile(path);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(path), qPrintable(report.error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
