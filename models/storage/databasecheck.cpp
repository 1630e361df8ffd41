// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/databasecheck.h"

#include "models/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatabaseCheckText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatabaseCheck)
};

struct ProgressState
{
    sqlite3* handle = nullptr;
    qint64 pages = 1;
    int lastPercent = -1;
    const std::function<void(int)>* report = nullptr;
};

// SQLite calls this every few thousand virtual-machine steps. integrity_check reads every page once or more, and
// with a small cache nearly every read is a miss: misses against the page count estimate how far it has come.
int onProgress(void* context)
{
    auto* state = static_cast<ProgressState*>(context);
    int misses = 0;
    int highwater = 0;
    sqlite3_db_status(state->handle, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highwater, 0);
    const int percent = static_cast<int>(std::min<qint64>(99, misses * 100 / state->pages));
    if (percent > state->lastPercent) {
        state->lastPercent = percent;
        (*state->report)(percent);
    }
    return 0;
}

} // namespace

DatabaseCheckReport checkDatabaseFile(const QString& path, const std::function<void(int)>& progress, int maxProblems)
{
    DatabaseCheckReport report;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        report.error = DatabaseCheckText::tr("%1 does not exist or is not a file.").arg(path);
        return report;
    }
    sqlite3* handle = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    if (sqlite3_open_v2(encoded.constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        report.error = DatabaseCheckText::tr("Cannot open %1: %2").arg(path, sqliteFailure(handle));
        sqlite3_close(handle);
        return report;
    }
    sqlite3_busy_timeout(handle, Database::busyTimeoutMs);
    // A small cache keeps the miss count close to the number of pages read, which the progress is made of.
    execSql(handle, "PRAGMA cache_size = 64");
    sqlite3_stmt* stmt = nullptr;
    ProgressState state;
    state.handle = handle;
    state.report = &progress;
    if (sqlite3_prepare_v2(handle, "PRAGMA page_count", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        state.pages = std::max<qint64>(1, sqlite3_column_int64(stmt, 0));
    else
        report.error = DatabaseCheckText::tr("%1 is not a Seance workspace: %2").arg(path, sqliteFailure(handle));
    sqlite3_finalize(stmt);
    if (!report.error.isEmpty()) {
        sqlite3_close(handle);
        return report;
    }
    if (progress)
        sqlite3_progress_handler(handle, 10000, &onProgress, &state);
    const QByteArray sql = "PRAGMA integrity_check(" + QByteArray::number(std::max(1, maxProblems)) + ")";
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        report.problems.append(sqliteFailure(handle));
    } else {
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW)
            report.problems.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
        if (step != SQLITE_DONE)
            report.problems.append(sqliteFailure(handle));
        sqlite3_finalize(stmt);
    }
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    sqlite3_close(handle);
    report.ok = report.problems == QStringList{QStringLiteral("ok")};
    if (report.ok)
        report.problems.clear();
    if (progress)
        progress(100);
    return report;
}

} // namespace seance
