// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one workspace, and work cut short: the real seance executable imports while this test holds
// the workspace open and writes to it; a child is killed with SIGKILL in the middle of an import, a rescore and a
// saved-view write; an import runs into the file size limit. Afterwards integrity_check must be ok, the counts
// exact, and nothing of the interrupted work visible.
#include "models/io/posts/postsimport.h"
#include "models/storage/database.h"
#include "models/storage/savedviewstore.h"
#include "models/storage/tokenstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/resource.h>

#include <csignal>
#include <cstdio>

using namespace seance;

namespace {

const QString seanceExecutable = QStringLiteral(SEANCE_EXECUTABLE);

qint64 scalar(const Database& db, const char* sql)
{
    QSqlQuery query(db.connection());
    return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toLongLong() : -1;
}

QString integrity(const QString& path)
{
    Database db;
    QString error;
    if (!db.open(path, &error, Database::Check::Skip))
        return error;
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                : query.lastError().text();
}

// Posts for token "tok", one JSON line each; every fourth says something the test lexicon turns around.
void writePosts(const QString& path, int count, const QString& prefix)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < count; ++i) {
        const QByteArray text =
            i % 4 == 0 ? QByteArray("wagmi, to the moon") : QByteArray("a calm day for post ") + QByteArray::number(i);
        file.write("{\"id\": \"" + prefix.toUtf8() + QByteArray::number(i) + "\", \"time\": " +
                   QByteArray::number(1'759'276'800 + i * 60) + ", \"token\": \"tok\", \"text\": \"" + text + "\"}\n");
    }
}

bool createWorkspace(const QString& path)
{
    Database db;
    QString error;
    TokenRecord token;
    token.id = QStringLiteral("tok");
    token.name = QStringLiteral("Tok");
    token.symbol = QStringLiteral("TOK");
    token.chain = QStringLiteral("solana");
    return db.open(path, &error) && TokenStore(db).insert(token, &error);
}

QByteArray compoundDigest(const Database& db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT external_id, compound FROM posts ORDER BY id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next())
        hash.addData(QByteArray(query.value(0).toString().toUtf8() + ' ' + query.value(1).toString().toUtf8() + '\n'));
    return hash.result();
}

QProcess* startSeance(QObject* parent, const QStringList& arguments)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process->setProcessEnvironment(environment);
    process->start(seanceExecutable, arguments);
    return process;
}

// Waits until the -wal file beside path has grown past bytes: the child is writing. False if it ended first.
bool waitForWalGrowth(const QString& path, qint64 bytes, QProcess& child)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120'000) {
        if (QFileInfo(path + QStringLiteral("-wal")).size() > bytes)
            return true;
        if (child.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(5);
    }
    return false;
}

} // namespace

class TestWorkspaceProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(seanceExecutable).isExecutable());
    }

    // A CLI import waits while this process writes, then goes on: both writes are there, and the file is sound.
    void importWaitsForAnotherWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.seance"));
        QVERIFY(createWorkspace(path));
        const QString posts = m_dir.filePath(QStringLiteral("shared.jsonl"));
        writePosts(posts, 2000, QStringLiteral("s"));

        Database mine;
        QVERIFY(mine.open(path, nullptr, Database::Check::Skip));
        auto transaction = std::make_unique<Transaction>(mine);
        QVERIFY(transaction->isActive());
        QVERIFY(SavedViewStore(mine).insert({QStringLiteral("held view"), QStringLiteral("{}"), 1}));

        QProcess* child = startSeance(this, {QStringLiteral("--db"), path, QStringLiteral("import"), posts});
        QVERIFY(child->waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(child->state(), QProcess::Running); // waiting for our write lock, within the busy timeout

        // Reads go on meanwhile, from a third connection, under WAL.
        Database reader;
        QVERIFY(reader.open(path, nullptr, Database::Check::Skip));
        QCOMPARE(scalar(reader, "SELECT count(*) FROM tokens"), 1);

        QString error;
        QVERIFY2(transaction->commit(&error), qPrintable(error));
        transaction.reset();
        QVERIFY(child->waitForFinished(120'000));
        QVERIFY2(child->exitCode() == 0, child->readAllStandardError().constData());
        QCOMPARE(scalar(mine, "SELECT count(*) FROM posts"), 2000);
        QCOMPARE(scalar(mine, "SELECT count(*) FROM saved_views"), 1);
        QCOMPARE(scalar(reader, "SELECT count(*) FROM posts"), 2000);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }

    // Held past the busy timeout, the write lock makes the import fail with words, not SQLite's, and unchanged.
    void busyWorkspaceFailsClearly()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.seance"));
        QVERIFY(createWorkspace(path));
        const QString posts = m_dir.filePath(QStringLiteral("busy.jsonl"));
        writePosts(posts, 50, QStringLiteral("b"));
        Database mine;
        QVERIFY(mine.open(path, nullptr, Database::Check::Skip));
        Transaction transaction(mine);
        QVERIFY(transaction.isActive());

        QProcess* child = startSeance(this, {QStringLiteral("--db"), path, QStringLiteral("import"), posts});
        QVERIFY(child->waitForFinished(Database::busyTimeoutMs + 60'000));
        const QString stderrText = QString::fromUtf8(child->readAllStandardError());
        QCOMPARE(child->exitCode(), 1);
        QVERIFY2(stderrText.contains(QStringLiteral("the workspace is busy (another Seance is writing to it)")),
                 qPrintable(stderrText));
        QVERIFY2(!stderrText.contains(QStringLiteral("database is locked")), qPrintable(stderrText));
        transaction.rollback();
        QCOMPARE(scalar(mine, "SELECT count(*) FROM posts"), 0);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }

    // SIGKILL in the middle of a CLI import: nothing of it is visible, and the file is sound.
    void killedImportLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed-import.seance"));
        QVERIFY(createWorkspace(path));
        const QString posts = m_dir.filePath(QStringLiteral("many.jsonl"));
        writePosts(posts, 400'000, QStringLiteral("k"));
        QProcess* child = startSeance(this, {QStringLiteral("--db"), path, QStringLiteral("import"), posts});
        QVERIFY2(waitForWalGrowth(path, 2 * 1024 * 1024, *child), "the import ended before it could be killed");
        ::kill(static_cast<pid_t>(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished());
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, "SELECT count(*) FROM posts"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sentiment_buckets"), 0);
    }

    // SIGKILL in the middle of a rescore that would change scores: every stored score is as before.
    void killedRescoreLeavesScores()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed-rescore.seance"));
        QVERIFY(createWorkspace(path));
        const QString posts = m_dir.filePath(QStringLiteral("rescore.jsonl"));
        writePosts(posts, 150'000, QStringLiteral("r"));
        QByteArray before;
        {
            Database db;
            QVERIFY(db.open(path));
            const PostsImportResult imported = importPosts(db, posts);
            QVERIFY2(imported.ok, qPrintable(imported.error));
            before = compoundDigest(db);
        }
        const QString lexicon = m_dir.filePath(QStringLiteral("flip.tsv"));
        QFile file(lexicon);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("wagmi\t-4\ncalm\t-3\n");
        file.close();
        QProcess* child = startSeance(
            this, {QStringLiteral("--db"), path, QStringLiteral("rescore"), QStringLiteral("--lexicon"), lexicon});
        QVERIFY2(waitForWalGrowth(path, 1024 * 1024, *child), "the rescore ended before it could be killed");
        ::kill(static_cast<pid_t>(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(compoundDigest(db), before);
    }

    // SIGKILL while a saved view is being written (the child: this executable, in its writer role, stopped
    // between the write and the commit): the view is not there.
    void killedSavedViewWriteLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed-view.seance"));
        QVERIFY(createWorkspace(path));
        auto* child = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SEANCE_TEST_WRITE_VIEW"), path);
        child->setProcessEnvironment(environment);
        child->start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child->waitForReadyRead(60'000));
        QCOMPARE(child->readLine().trimmed(), QByteArray("written"));
        ::kill(static_cast<pid_t>(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, "SELECT count(*) FROM saved_views"), 0);
    }

    // The file size limit (ulimit -f) stops an import half-way, as a full disk would: a clear error, exit 1, and
    // the workspace as before.
    void fullDiskRollsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.seance"));
        QVERIFY(createWorkspace(path));
        const QString posts = m_dir.filePath(QStringLiteral("full.jsonl"));
        writePosts(posts, 100'000, QStringLiteral("f"));
        QFile main(path);
        QVERIFY(main.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(main.readAll(), QCryptographicHash::Sha256);
        main.close();

        auto* child = new QProcess(this);
        child->setChildProcessModifier([] {
            // A write past the limit then fails with EFBIG instead of killing the process with SIGXFSZ.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{2 * 1024 * 1024, 2 * 1024 * 1024};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        child->start(seanceExecutable, {QStringLiteral("--db"), path, QStringLiteral("import"), posts});
        QVERIFY(child->waitForFinished(180'000));
        const QString stderrText = QString::fromUtf8(child->readAllStandardError());
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), 1);
        QVERIFY2(stderrText.contains(QStringLiteral("disk is full")) ||
                     stderrText.contains(QStringLiteral("is the disk full?")),
                 qPrintable(stderrText));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(main.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, "SELECT count(*) FROM posts"), 0);
    }

private:
    QTemporaryDir m_dir;
};

// In its writer role (SEANCE_TEST_WRITE_VIEW=FILE) this executable writes a saved view inside a transaction, says
// "written" and waits to be killed before committing.
int main(int argc, char** argv)
{
    const QByteArray writeView = qgetenv("SEANCE_TEST_WRITE_VIEW");
    if (!writeView.isEmpty()) {
        QCoreApplication app(argc, argv);
        Database db;
        if (!db.open(QString::fromLocal8Bit(writeView), nullptr, Database::Check::Skip))
            return 3;
        Transaction transaction(db);
        if (!SavedViewStore(db).insert({QStringLiteral("never committed"), QStringLiteral("{}"), 1}))
            return 4;
        std::fputs("written\n", stdout);
        std::fflush(stdout);
        QThread::sleep(120);
        return 5;
    }
    QCoreApplication app(argc, argv);
    TestWorkspaceProcesses test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspaceprocesses.moc"
