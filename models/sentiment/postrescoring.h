// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/sentimentscore.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace seance {

class Database;

struct RescoreOptions
{
    ScoreFunction score; // the workspace's scorer as it is now (workspaceScoreFunction)
    // Called on the calling thread every few thousand posts and once at the end.
    std::function<void(qint64 postsDone, qint64 postsTotal)> progress;
    // Checked with each progress call; when set, everything rolls back and the result says cancelled.
    const std::atomic_bool* cancel = nullptr;
};

struct RescoreResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 posts = 0;    // posts read
    qint64 changed = 0;  // posts whose stored score changed
    qint64 unscored = 0; // posts left unscored (a script the lexicon does not cover)
    QString error;
};

// Scores every stored post again with options.score and rebuilds the sentiment buckets from the new scores,
// in one transaction: after the workspace's names, aliases or keywords changed (they are masked), or the
// extra lexicon did. A cancel or an error leaves the database as it was.
RescoreResult rescoreAllPosts(const Database& db, const RescoreOptions& options);

} // namespace seance
