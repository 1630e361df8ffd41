// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests that check bucket arithmetic against raw posts: write posts as an import does, and count
// a post into sums the brute-force way, independently of PostWriter's own bucketing.
#pragma once

#include "models/sentiment/buckets/metrics.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"

#include <QList>
#include <QString>

namespace seance::testing {

// Inserts the posts and their buckets in one transaction. False with *error on the first failure.
inline bool writePosts(const Database& db, const QList<PostRecord>& posts, QString* error)
{
    Transaction transaction(db);
    PostWriter writer(db);
    if (!writer.prepare(error))
        return false;
    for (const PostRecord& post : posts) {
        if (writer.insert(post, error) != PostWriter::Result::Inserted)
            return false;
    }
    return writer.flushBuckets(error) && transaction.commit(error);
}

// Counts one post into sums by the rules of docs/design.md: unscored posts count in n and nUnscored only; the
// neutral band decides positive and negative.
inline void countPost(BucketSums& sums, const std::optional<double>& compound)
{
    ++sums.n;
    if (!compound) {
        ++sums.nUnscored;
        return;
    }
    ++sums.nScored;
    sums.sumCompound += *compound;
    if (*compound >= neutralBand)
        ++sums.nPos;
    else if (*compound <= -neutralBand)
        ++sums.nNeg;
}

} // namespace seance::testing
