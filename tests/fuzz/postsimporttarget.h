// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Posts JSON Lines and CSV share one property: all or nothing, errors name the line, a success counts every line
// and survives an export. Each format's target is this with its format.
#pragma once

#include "models/io/posts/postsimport.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QThreadPool>

namespace seance::fuzz {

inline qint64 postCount(const Database& db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM posts")) && query.next() ? query.value(0).toLongLong() : -1;
}

inline void fuzzPostsImport(const uint8_t* data, size_t size, PostsFormat format)
{
    static FuzzWorkspace workspace;
    static QThreadPool pool; // one parsing thread, started once: the import's own pool would start one per input
    pool.setMaxThreadCount(1);
    QByteArray bytes = bytesOf(data, size);
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    const QByteArray before = workspace.fingerprint();
    PostsImportOptions options;
    options.pool = &pool;
    options.batchSize = 64; // several batches from a small input
    const PostsImportResult result = importPosts(workspace.db(), &input, inputName, format, options);
    if (!checkAllOrNothing(workspace, before, result.ok, result.error)) {
        if (result.errorLine > 0)
            require(result.error.contains(QStringLiteral(":%1").arg(result.errorLine)), "the error names its line",
                    result.error);
        return;
    }
    require(result.inserted + result.duplicates <= result.linesRead, "no more posts than lines",
            QStringLiteral("%1 + %2 > %3").arg(result.inserted).arg(result.duplicates).arg(result.linesRead));
    require(postCount(workspace.db()) == result.inserted, "every post reported inserted is in the workspace");
    checkExportRoundTrip(workspace);
}

} // namespace seance::fuzz
