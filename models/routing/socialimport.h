// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"
#include "models/routing/routingoptions.h"
#include "models/sentiment/scoring/sentimentscore.h"
#include "models/time/granularity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace seance {

class Database;
class NameIndex;

// Streams SocialPosts to a handler: a reader of one export file (readSocialFile bound to a path and a
// format), or a list in memory for tests.
using SocialSource =
    std::function<social::SocialReadReport(const social::SocialReadOptions&, const social::SocialPostHandler&)>;

struct SocialImportOptions
{
    RoutingOptions routing;
    ScoreFunction score;      // thread-safe; empty: posts are stored unscored
    bool dryRun = false;      // route (and score) every post, write nothing
    bool excludeBots = false; // Discord
    int previewLimit = 0;     // keep the first so many posts with their route and score
    int batchSize = 4096;
    // Called on the importing thread now and then with the bytes read so far.
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress;
    const std::atomic_bool* cancel = nullptr; // checked per batch; the import then rolls back
    QThreadPool* pool = nullptr;              // null: a pool of its own, one thread fewer than the cores
    std::shared_ptr<const NameIndex> names;   // null: read from the database
};

struct SocialSubjectCount
{
    SubjectKind kind = SubjectKind::Token;
    QString id;
    QString label;
    qint64 posts = 0;
};

struct SocialPreviewPost
{
    qint64 postedAtMs = 0;
    QString author;
    QString text;
    QString source;
    QStringList routedTo; // subject labels; empty when the post is not imported
    QStringList ambiguous;
    std::optional<double> compound;
};

struct SocialImportReport
{
    bool ok = false;
    bool cancelled = false;
    bool dryRun = false;
    QString error; // "file: record: field: reason" from the reader, or the database's complaint
    social::SocialReadReport read;
    qint64 posts = 0;  // read from the file
    qint64 routed = 0; // had at least one subject (stored, or would be in a dry run)
    qint64 inserted = 0;
    qint64 duplicates = 0; // already in the workspace or earlier in the file
    qint64 unscored = 0;
    qint64 ambiguous = 0;     // posts with a name several tokens share that nothing decided
    qint64 unmatched = 0;     // posts that named nothing
    qint64 keptUnmatched = 0; // posts with no subject (unmatched or ambiguous) kept under the chosen narrative
    qint64 multiSubject = 0;  // posts routed to more than one subject
    QList<SocialSubjectCount> subjects;           // posts per subject (inserted; routed in a dry run), most first
    QList<QPair<QString, qint64>> ambiguousNames; // name as the workspace spells it, posts
    qint64 firstMs = 0;                           // time span of the routed posts
    qint64 lastMs = 0;
    qint64 elapsedMs = 0;
    QList<SocialPreviewPost> preview;

    qint64 skipped() const { return read.skippedService + read.skippedDeleted + read.skippedEmpty + read.skippedBots; }
    qint64 repaired() const { return read.repairedEscapes + read.repairedDuplicateKeys; }
};

// Reads the source, routes every post (PostRouter), scores the batches on the pool and stores them with
// PostWriter, all in one transaction: any bad record, a cancel, or a database error rolls everything back,
// and the workspace file is as it was. Re-importing the same file adds nothing (posts keep their ids).
SocialImportReport importSocialPosts(const Database& db, const SocialSource& source, const QString& sourceName,
                                     const SocialImportOptions& options);

} // namespace seance
