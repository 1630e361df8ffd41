// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of real exports (Telegram, Reddit, X, Discord) share one property: a read either succeeds with posts
// that each have an id and a supported time, or fails with an error that starts with the file's name; reading twice
// gives the same; and the routed import of the same file is all or nothing, adds nothing the second time, and
// survives an export. Each format's target is this with its format and file name.
#pragma once

#include "models/io/social/socialreader.h"
#include "models/io/social/zstdinputdevice.h"
#include "models/io/text/isotime.h"
#include "models/routing/importfile.h"
#include "models/routing/socialimport.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>

#include <set>
#include <vector>

namespace seance::social {

// In the posts' own namespace, so that comparing vectors of them finds it.
inline bool operator==(const SocialPost& a, const SocialPost& b)
{
    return a.id == b.id && a.postedAtMs == b.postedAtMs && a.author == b.author && a.text == b.text &&
           a.lang == b.lang && a.engagement == b.engagement && a.source == b.source;
}

} // namespace seance::social

namespace seance::fuzz {

// The readers decode a .zst with a window of up to 8 MiB here, not the 2 GiB the product allows for Reddit dumps:
// libzstd allocates the whole window as soon as a frame header asks for it, and under ASan a 2 GiB allocation costs
// seconds, on every execution of an input that asks for it. A frame over the bound must fail like any broken input.
inline constexpr int fuzzZstdWindowLog = 23;

// Writes the input to `fileName` in a folder made once per process, and returns its path.
inline QString writeInputFile(const QByteArray& bytes, const QString& fileName)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size(),
            "the input file is written", file.errorString());
    return path;
}

struct SocialRead
{
    social::SocialReadReport report;
    std::vector<social::SocialPost> posts;
};

inline SocialRead readSocial(const QString& path, social::SocialFormat format, bool excludeBots = false)
{
    SocialRead read;
    social::SocialReadOptions options;
    options.excludeBots = excludeBots;
    options.zstdWindowLogMax = fuzzZstdWindowLog;
    read.report = social::readSocialFile(path, format, options, [&](const social::SocialPost& post) {
        read.posts.push_back(post);
        return true;
    });
    return read;
}

// The reader's own promises about one read of the file `fileName`.
inline void checkSocialRead(const SocialRead& read, const QString& fileName)
{
    const social::SocialReadReport& report = read.report;
    if (!report.ok) {
        require(report.error.startsWith(fileName + QStringLiteral(": ")) && report.error.size() > fileName.size() + 2,
                "a failed read names the file and says why", report.error);
        require(!report.cancelled, "a read nobody cancelled is not cancelled", report.error);
        return;
    }
    require(report.error.isEmpty(), "a successful read has no error", report.error);
    require(report.posts == static_cast<qint64>(read.posts.size()), "the report counts every post handed over");
    for (const social::SocialPost& post : read.posts) {
        require(!post.id.empty(), "every post has an id");
        require(isSupportedTime(post.postedAtMs), "every post has a supported time", QString::number(post.postedAtMs));
        require(post.engagement >= 0, "engagement is never negative", QString::number(post.engagement));
        require(report.firstMs <= post.postedAtMs && post.postedAtMs <= report.lastMs, "firstMs…lastMs spans posts");
    }
}

// socialFileSource() with the fuzz build's window bound.
inline SocialSource boundedFileSource(const QString& path, social::SocialFormat format)
{
    return [path, format](const social::SocialReadOptions& options, const social::SocialPostHandler& handler) {
        social::SocialReadOptions bounded = options;
        bounded.zstdWindowLogMax = fuzzZstdWindowLog;
        return social::readSocialFile(path, format, bounded, handler);
    };
}

inline qint64 socialPostCount(const Database& db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM posts")) && query.next() ? query.value(0).toLongLong() : -1;
}

// Imports the file, every post routed to the token "ghost-icp": all or nothing, each distinct id stored once,
// a second import adds nothing, and what was stored survives an export.
inline void checkSocialImport(const QString& path, social::SocialFormat format, const SocialRead& read)
{
    static FuzzWorkspace workspace;
    static QThreadPool pool; // one routing thread, started once
    pool.setMaxThreadCount(1);
    SocialImportOptions options;
    options.routing.mode = RouteMode::Token;
    options.routing.target = QStringLiteral("ghost-icp");
    options.pool = &pool;
    options.batchSize = 16; // several batches from a small input
    const QByteArray before = workspace.fingerprint();
    const SocialImportReport report = importSocialPosts(workspace.db(), boundedFileSource(path, format), path, options);
    require(report.ok == read.report.ok, "the import fails exactly when the read does", report.error);
    if (!checkAllOrNothing(workspace, before, report.ok, report.error))
        return;
    std::set<std::string> ids;
    for (const social::SocialPost& post : read.posts)
        ids.insert(post.id);
    require(report.posts == static_cast<qint64>(read.posts.size()), "the import reads what the reader reads");
    require(report.inserted == static_cast<qint64>(ids.size()), "each distinct post id is stored once",
            QStringLiteral("%1 inserted, %2 ids").arg(report.inserted).arg(ids.size()));
    require(socialPostCount(workspace.db()) == report.inserted, "every post reported inserted is stored");
    const SocialImportReport again = importSocialPosts(workspace.db(), boundedFileSource(path, format), path, options);
    require(again.ok && again.inserted == 0, "importing the same file again adds nothing", again.error);
    checkExportRoundTrip(workspace);
}

// Reads the input as `fileName` twice (the same both times), then imports it.
inline void fuzzSocialReader(const uint8_t* data, size_t size, social::SocialFormat format, const QString& fileName)
{
    const QString path = writeInputFile(bytesOf(data, size), fileName);
    const SocialRead first = readSocial(path, format);
    checkSocialRead(first, fileName);
    const SocialRead second = readSocial(path, format);
    require(second.report.ok == first.report.ok && second.report.error == first.report.error &&
                second.posts == first.posts,
            "reading twice gives the same", first.report.error + QStringLiteral(" / ") + second.report.error);
    checkSocialImport(path, format, first);
}

} // namespace seance::fuzz
