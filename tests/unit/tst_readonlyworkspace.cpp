// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace that cannot be written opens read-only: reads work, every write (a store, a posts import, a dataset
// import) is refused with "read-only" in words, and the file stays byte-identical. Permission cases are skipped
// when running as root, which may write anything; Access::ReadOnly covers the same path for everyone.
#include "models/analysis/workspaceworker.h"
#include "models/io/dataset/datasetimport.h"
#include "models/io/posts/postsimport.h"
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace seance;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

TokenRecord token(const QString& id)
{
    TokenRecord record;
    record.id = id;
    record.name = id;
    record.symbol = id.toUpper();
    record.chain = QStringLiteral("solana");
    return record;
}

} // namespace

class TestReadOnlyWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void refusesEveryWrite_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("opened read-only") << QStringLiteral("access");
        QTest::newRow("file not writable") << QStringLiteral("file");
        QTest::newRow("folder not writable") << QStringLiteral("folder");
    }

    void refusesEveryWrite()
    {
        QFETCH(QString, how);
        if (how != QLatin1String("access") && geteuid() == 0)
            QSKIP("root may write to any file: the permission cannot make it read-only");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ro.seance");
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(TokenStore(db).insert(token(QStringLiteral("tok"))));
        }
        const QString posts = dir.filePath(QStringLiteral("posts.jsonl"));
        QFile postsFile(posts);
        QVERIFY(postsFile.open(QIODevice::WriteOnly));
        postsFile.write(R"({"id": "p1", "time": 1759280400, "token": "tok", "text": "to the moon"})"
                        "\n");
        postsFile.close();
        const QString dataset = QFINDTESTDATA(SEANCE_FIXTURES_DIR "/dataset/golden.json");
        if (how == QLatin1String("file"))
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        if (how == QLatin1String("folder"))
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray before = fileHash(path);

        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error, Database::Check::Full,
                             how == QLatin1String("access") ? Database::Access::ReadOnly : Database::Access::ReadWrite),
                     qPrintable(error));
            QVERIFY(db.isReadOnly());
            QSqlQuery count(db.connection());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM tokens")) && count.next());
            QCOMPARE(count.value(0).toInt(), 1);

            QVERIFY(!TokenStore(db).insert(token(QStringLiteral("other")), &error));
            QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
            const PostsImportResult imported = importPosts(db, posts);
            QVERIFY(!imported.ok);
            QVERIFY2(imported.error.contains(QStringLiteral("read-only")), qPrintable(imported.error));
            error.clear();
            QVERIFY(!importDataset(db, dataset, {}, nullptr, &error));
            QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        }
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // The analyses' background connection reads a writable workspace but can change nothing in it.
    void analysisWorkerConnectionRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rw.seance"));
        Database owner;
        QVERIFY(owner.open(path));
        QVERIFY(TokenStore(owner).insert(token(QStringLiteral("tok"))));
        QVERIFY(!owner.isReadOnly());

        struct Seen
        {
            QString openError;
            bool readOnly = false;
            int tokens = -1;
            bool wrote = true;
            QString writeError;
        };
        WorkspaceWorker worker;
        const Seen seen =
            worker
                .run<Seen>(path,
                           [](const Database* db, const QString& error) {
                               Seen result;
                               result.openError = error;
                               if (!db)
                                   return result;
                               result.readOnly = db->isReadOnly();
                               QSqlQuery query(db->connection());
                               if (query.exec(QStringLiteral("SELECT count(*) FROM tokens")) && query.next())
                                   result.tokens = query.value(0).toInt();
                               result.wrote = query.exec(QStringLiteral("DELETE FROM tokens"));
                               result.writeError = query.lastError().text();
                               return result;
                           })
                .result();
        QVERIFY2(seen.openError.isEmpty(), qPrintable(seen.openError));
        QVERIFY(seen.readOnly);
        QCOMPARE(seen.tokens, 1);
        QVERIFY(!seen.wrote);
        QVERIFY2(seen.writeError.contains(QStringLiteral("readonly")), qPrintable(seen.writeError));
        QSqlQuery count(owner.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM tokens")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }

    void refusesToCreateReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.seance"));
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error, Database::Check::Full, Database::Access::ReadOnly));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyWorkspace)
#include "tst_readonlyworkspace.moc"
