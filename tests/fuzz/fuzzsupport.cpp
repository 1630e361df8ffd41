// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/fuzzsupport.h"

#include "models/io/dataset/datasetimport.h"
#include "models/io/dataset/datasetwriter.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"

#include <QBuffer>
#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace seance::fuzz {

void startQt(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app);
}

void fail(const char* property, const QString& detail)
{
    std::fprintf(stderr, "\n*** property broken: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

FuzzWorkspace::FuzzWorkspace(Content content)
    : m_content(content)
{
    reset();
}

void FuzzWorkspace::reset()
{
    m_db = std::make_unique<Database>();
    QString error;
    require(m_db->open(QStringLiteral(":memory:"), &error), "the fuzz workspace opens", error);
    if (m_content == Content::Empty)
        return;
    TokenRecord ghost;
    ghost.id = QStringLiteral("ghost-icp");
    ghost.name = QStringLiteral("IC GHOST");
    ghost.symbol = QStringLiteral("GHOST");
    ghost.chain = QStringLiteral("icp");
    TokenRecord tok = ghost;
    tok.id = QStringLiteral("tok");
    tok.name = QStringLiteral("Tok");
    tok.symbol = QStringLiteral("TOK");
    tok.chain = QStringLiteral("solana");
    NarrativeRecord summoning;
    summoning.id = QStringLiteral("summoning-ghosts");
    summoning.title = QStringLiteral("Summoning ghosts");
    const TokenStore tokens(*m_db);
    require(tokens.insert(ghost, &error) && tokens.insert(tok, &error) &&
                NarrativeStore(*m_db).insert(summoning, &error),
            "the fuzz workspace is seeded", error);
}

namespace {

// One line per row, columns separated by a byte no text column is compared by; blobs and text as bytes.
std::vector<QByteArray> tableRows(sqlite3* handle, const QByteArray& table)
{
    std::vector<QByteArray> rows;
    char* sql = sqlite3_mprintf("SELECT * FROM \"%w\"", table.constData());
    sqlite3_stmt* stmt = nullptr;
    const int prepared = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
    sqlite3_free(sql);
    require(prepared == SQLITE_OK, "the fingerprint query prepares", QString::fromUtf8(sqlite3_errmsg(handle)));
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QByteArray row;
        for (int column = 0; column < sqlite3_column_count(stmt); ++column) {
            row += QByteArray::number(sqlite3_column_type(stmt, column)) + ':';
            row += QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, column)),
                              sqlite3_column_bytes(stmt, column));
            row += '\x1f';
        }
        rows.push_back(row);
    }
    sqlite3_finalize(stmt);
    std::sort(rows.begin(), rows.end()); // WITHOUT ROWID tables and rowid tables alike: order does not matter
    return rows;
}

} // namespace

QByteArray FuzzWorkspace::fingerprint() const
{
    sqlite3* handle = m_db->handle();
    QByteArray print = "user_version " + QByteArray::number(m_db->schemaVersion()) + '\n';
    std::vector<QByteArray> tables;
    for (const QByteArray& row : tableRows(handle, "sqlite_schema")) {
        print += row + '\n';
        // the third column is the table name: "1:type\x1f" "3:name\x1f" "3:tbl_name\x1f" ...
        const QList<QByteArray> columns = row.split('\x1f');
        if (columns.size() > 2 && columns[0] == "3:table")
            tables.push_back(columns[1].mid(2));
    }
    for (const QByteArray& table : tables) {
        print += "== " + table + '\n';
        for (const QByteArray& row : tableRows(handle, table))
            print += row + '\n';
    }
    return print;
}

bool checkAllOrNothing(const FuzzWorkspace& workspace, const QByteArray& before, bool ok, const QString& error)
{
    if (!ok) {
        require(!error.isEmpty(), "a failed import says why");
        require(error.contains(inputName), "a failed import names the file", error);
        require(workspace.fingerprint() == before, "a failed import leaves the workspace unchanged", error);
        return false;
    }
    return true;
}

namespace {

QByteArray exported(const Database& db)
{
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    QString error;
    require(exportDataset(db, output, {}, nullptr, &error), "a workspace exports", error);
    return output.data();
}

} // namespace

void checkExportRoundTrip(FuzzWorkspace& workspace)
{
    const QByteArray first = exported(workspace.db());
    workspace.reset();
    FuzzWorkspace copy(FuzzWorkspace::Content::Empty);
    QBuffer input;
    input.setData(first);
    input.open(QIODevice::ReadOnly);
    QString error;
    require(importDataset(copy.db(), input, QStringLiteral("export"), {}, nullptr, &error),
            "an export imports into an empty workspace", error + QStringLiteral("\n") + QString::fromUtf8(first));
    const QByteArray second = exported(copy.db());
    require(second == first, "export → import → export gives the same file",
            QString::fromUtf8(first) + QStringLiteral("\n---\n") + QString::fromUtf8(second));
}

} // namespace seance::fuzz
