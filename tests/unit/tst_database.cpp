// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"
#include "models/storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace seance;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Builds a file at an exact schema version with the raw API, as an older or newer Seance would have.
void writeRawDatabase(const QString& path, int version)
{
    sqlite3* handle = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &handle), SQLITE_OK);
    QString error;
    if (version <= schema::currentVersion) {
        QVERIFY2(schema::migrate(handle, 0, version, &error), qPrintable(error));
    } else {
        QVERIFY(execSql(handle, "CREATE TABLE future (x INTEGER)"));
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
        QVERIFY(execSql(handle, pragma.constData()));
    }
    sqlite3_close(handle);
}

int rowCount(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsSchemaInNewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.seance"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), schema::currentVersion);
        const QStringList tables = db.connection().tables();
        for (const char* name : {"tokens", "tags", "narratives", "events", "event_tokens", "posts",
                                 "sentiment_buckets", "series", "series_points", "saved_views", "meta"})
            QVERIFY2(tables.contains(QLatin1String(name)), name);
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery keys(db.connection());
        QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_keys")) && keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
        // New files get large pages: bulk imports write every page through the WAL and a checkpoint.
        QSqlQuery pageSize(db.connection());
        QVERIFY(pageSize.exec(QStringLiteral("PRAGMA page_size")) && pageSize.next());
        QCOMPARE(pageSize.value(0).toInt(), 32768);
    }

    void reopensExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.seance"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.setMetaValue(QStringLiteral("sample_data"), QStringLiteral("1")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.metaValue(QStringLiteral("sample_data")), QStringLiteral("1"));
    }

    void migratesOlderSchemaKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.seance"));
        writeRawDatabase(path, 1);
        {
            sqlite3* handle = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &handle), SQLITE_OK);
            QVERIFY(execSql(handle, "INSERT INTO tokens (id, name, symbol, chain) VALUES ('a', 'A', 'A', 'x')"));
            sqlite3_close(handle);
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), schema::currentVersion);
        QCOMPARE(rowCount(db, QStringLiteral("tokens")), 1);
        QCOMPARE(rowCount(db, QStringLiteral("sentiment_buckets")), 0);
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.seance"));
        writeRawDatabase(path, schema::currentVersion + 1);
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("not a Seance database")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.seance"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            for (int i = 0; i < 400; ++i) {
                query.prepare(QStringLiteral("INSERT INTO tokens (id, name, symbol, chain) VALUES (?, 'n', 's', 'c')"));
                query.addBindValue(QStringLiteral("token-%1").arg(i));
                QVERIFY(query.exec());
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // The page size is a big-endian 16-bit number at offset 16 of the file header, 1 meaning 65536.
        const QByteArray header = file.read(18);
        QCOMPARE(header.size(), 18);
        qint64 pageSize = (static_cast<unsigned char>(header[16]) << 8) | static_cast<unsigned char>(header[17]);
        if (pageSize == 1)
            pageSize = 65536;
        QVERIFY(file.size() > 3 * pageSize);
        // Garble the b-tree page headers of pages 2 and 3 (the first page holds the file header).
        for (qint64 page : {1, 2}) {
            file.seek(page * pageSize);
            file.write(QByteArray(12, '\x7f'));
        }
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("integrity")) || error.contains(QLatin1String("not a Seance")),
                 qPrintable(error));
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("folder")));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.seance"))));
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('a', 'A', 'A', 'x')"));
        }
        QCOMPARE(rowCount(db, QStringLiteral("tokens")), 0);
        {
            Transaction transaction(db);
            QVERIFY(execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('a', 'A', 'A', 'x')"));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(rowCount(db, QStringLiteral("tokens")), 1);
    }

    void tokenIdentityIsChainPlusAddress()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("id.seance"))));
        // Two unrelated GHOST tokens with unknown addresses coexist; the same address on one chain does not.
        QVERIFY(execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('xrpl-ghost', 'Ghost Coin', 'GHOST', 'xrpl')"));
        QVERIFY(execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('xrpl-ghost-2', 'Other', 'GHOST', 'xrpl')"));
        QVERIFY(execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain, address) VALUES ('e1', 'E', 'E', 'ethereum', '0xabc')"));
        QVERIFY(!execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain, address) VALUES ('e2', 'E', 'E', 'ethereum', '0xabc')"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
