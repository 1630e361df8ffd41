// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticworkspace.h"

#include "models/storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace seance::bench {
namespace {

constexpr qint64 begin = 1'704'067'200'000; // 2024-01-01T00:00Z
constexpr int days = 730;

QString stampFor(qint64 posts, int tokens)
{
    return QStringLiteral("synthetic-v1-%1-%2").arg(posts).arg(tokens);
}

bool exec(sqlite3* db, const QString& sql, QString* error)
{
    return execSql(db, sql.toUtf8().constData(), error);
}

// h1..h3 chain a Lehmer generator over the post index; every product stays below 2^63, so SQLite keeps integers.
QString postsInsert(qint64 posts, int tokens)
{
    return QStringLiteral(
               "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < %1), "
               "h AS (SELECT n, (n * 48271 + 11) % 2147483647 AS h1 FROM i), "
               "g AS (SELECT n, h1, (h1 * 48271) % 2147483647 AS h2 FROM h), "
               "f AS (SELECT n, h1, h2, (h2 * 48271) % 2147483647 AS h3 FROM g) "
               "INSERT INTO posts (token_id, posted_at, text, engagement, compound, pos, neu, neg, is_sample) "
               "SELECT 'token-' || (h3 % %2), %3 + (h1 % %4) * 86400000 + (h2 % 86400000), "
               "'synthetic post number ' || n || ' about token ' || (h3 % %2), 0, "
               "CASE WHEN h3 % 20 = 0 THEN NULL ELSE ((h2 / 7) % 2001 - 1000) / 1000.0 END, "
               "0, 0, 0, 1 FROM f")
        .arg(posts)
        .arg(tokens)
        .arg(begin)
        .arg(days);
}

// granularity: 0 hour, 1 day, 2 week (weeks start on Monday; 1970-01-05 was a Monday).
QString bucketsInsert(int granularity)
{
    const QString start = granularity == 0   ? QStringLiteral("posted_at - posted_at % 3600000")
                          : granularity == 1 ? QStringLiteral("posted_at - posted_at % 86400000")
                                             : QStringLiteral("posted_at - (posted_at - 345600000) % 604800000");
    return QStringLiteral(
               "INSERT INTO sentiment_buckets (subject_kind, subject_id, granularity, bucket_start, n, "
               "n_scored, n_pos, n_neg, n_unscored, sum_compound, sum_weight, sum_weighted_compound) "
               "SELECT 0, token_id, %1, %2 AS b, count(*), count(compound), "
               "coalesce(sum(compound >= 0.05), 0), coalesce(sum(compound <= -0.05), 0), count(*) - count(compound), "
               "total(compound), count(compound), total(compound) "
               "FROM posts GROUP BY token_id, b")
        .arg(granularity)
        .arg(start);
}

bool build(const QString& path, qint64 posts, int tokens, QString* error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Database db;
    if (!db.open(path, error))
        return false;
    sqlite3* h = db.handle();
    // A throwaway file: no journal, no syncs. Seance sets WAL again whenever it opens the file.
    if (!exec(h, QStringLiteral("PRAGMA journal_mode = OFF"), error)
        || !exec(h, QStringLiteral("PRAGMA synchronous = OFF"), error) || !exec(h, QStringLiteral("BEGIN"), error))
        return false;
    for (int t = 0; t < tokens; ++t) {
        if (!exec(h, QStringLiteral("INSERT INTO tokens (id, name, symbol, chain) VALUES ('token-%1', 'Token %1', "
                                    "'T%1', 'bench')").arg(t), error))
            return false;
    }
    // Indexes are built once after the rows, by sorting, rather than updated at random 10M times.
    const bool filled = exec(h, QStringLiteral("DROP INDEX posts_token_time"), error)
                        && exec(h, QStringLiteral("DROP INDEX posts_time"), error)
                        && exec(h, postsInsert(posts, tokens), error)
                        && exec(h, QStringLiteral("CREATE INDEX posts_token_time ON posts (token_id, posted_at) "
                                                  "WHERE token_id IS NOT NULL"), error)
                        && exec(h, QStringLiteral("CREATE INDEX posts_time ON posts (posted_at)"), error)
                        && exec(h, bucketsInsert(0), error) && exec(h, bucketsInsert(1), error)
                        && exec(h, bucketsInsert(2), error)
                        && exec(h, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                                  "('bench_synthetic', '%1')").arg(stampFor(posts, tokens)), error)
                        && exec(h, QStringLiteral("COMMIT"), error);
    return filled;
}

bool stampMatches(const QString& path, qint64 posts, int tokens)
{
    if (!QFile::exists(path))
        return false;
    sqlite3* db = nullptr;
    bool matches = false;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'bench_synthetic'", -1, &stmt, nullptr)
                == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            matches = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)))
                      == stampFor(posts, tokens);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return matches;
}

double statusMiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

SyntheticWorkspace syntheticWorkspace(qint64 posts, int tokens, QString* error)
{
    SyntheticWorkspace workspace;
    workspace.posts = posts;
    workspace.tokens = tokens;
    const QString path = QDir::temp().filePath(QStringLiteral("seance-bench-%1.seance").arg(stampFor(posts, tokens)));
    if (!stampMatches(path, posts, tokens)) {
        QElapsedTimer timer;
        timer.start();
        if (!build(path, posts, tokens, error))
            return workspace;
        workspace.buildSeconds = double(timer.elapsed()) / 1000.0;
    }
    workspace.path = path;
    return workspace;
}

double residentMiB()
{
    return statusMiB("VmRSS");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM");
}

} // namespace seance::bench
