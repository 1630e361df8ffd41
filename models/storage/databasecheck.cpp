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

// The tables, for progress: SQLite checks a whole b-tree inside one step, so progress comes table by table.
QStringList tableNames(sqlite3* handle)
{
    QStringList names;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &stmt,
                           nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return names;
}

// Runs one integrity_check statement; appends what it reports other than "ok".
void runCheck(sqlite3* handle, const QByteArray& sql, QStringList* problems)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        problems->append(sqliteFailure(handle));
        return;
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        if (line != QLatin1String("ok") && !problems->contains(line))
            problems->append(line);
    }
    if (step != SQLITE_DONE)
        problems->append(sqliteFailure(handle));
    sqlite3_finalize(stmt);
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
    const QStringList tables = tableNames(handle);
    if (tables.isEmpty()) {
        report.error = DatabaseCheckText::tr("%1 is not a Seance workspace: %2").arg(path, sqliteFailure(handle));
        sqlite3_close(handle);
        return report;
    }
    // Table by table first, for progress (up to 90 %); then the whole file once more, which also checks what
    // belongs to no table (the free pages, pages used twice or never). The second pass reads pages the first one
    // left in the cache, so it costs less than the first.
    const int limit = std::max(1, maxProblems);
    for (int i = 0; i < tables.size() && report.problems.size() < limit; ++i) {
        if (progress)
            progress(i * 90 / static_cast<int>(tables.size()));
        char* sql = sqlite3_mprintf("PRAGMA integrity_check(\"%w\")", tables.at(i).toUtf8().constData());
        runCheck(handle, QByteArray(sql), &report.problems);
        sqlite3_free(sql);
    }
    if (progress)
        progress(90);
    runCheck(handle, "PRAGMA integrity_check(" + QByteArray::number(limit) + ")", &report.problems);
    sqlite3_close(handle);
    report.ok = report.problems.isEmpty();
    if (progress)
        progress(100);
    return report;
}

} // namespace seance
