// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/time/granularity.h"
#include "models/time/timerange.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace seance {

class Database;
class Scorer;

// What drove a move in a subject's mean sentiment between two ranges ("before" A, "after" B).
//
// Every post is explained again with the workspace's scorer (the explain() that "Why this score?" shows). A post's
// compound is a non-linear normalisation of the sum S of its terms' contributions (S / sqrt(S² + α), plus the
// emphasis of '!' and '?'), so it does not split into per-term parts exactly. Each post's compound is shared
// among its terms in proportion to their contributions: share = contribution × compound / S. The shares of a
// post then add up to its compound, and a term's change,
//     (sum of its shares in B) / nB − (sum of its shares in A) / nA,
// over all terms adds up to the change in the mean compound (n: the scored posts of a range). The split inside
// one post is the approximation: the UI calls it an "approximate share".
struct DriverTerm
{
    QString term;           // the lexicon entry, e.g. "good" or "대박"
    QString written;        // as first written in a post of the ranges, e.g. "GOOOOD"
    double before = 0;      // sum of its shares in A / nA
    double after = 0;       // sum of its shares in B / nB
    double change = 0;      // after − before
    qint64 postsBefore = 0; // posts of A that contain it
    qint64 postsAfter = 0;
};

struct DriverPost
{
    qint64 id = 0;
    qint64 postedAt = 0;
    QString author;
    QString text;
    qint64 engagement = 0;
    std::optional<double> compound; // as stored; empty: unscored
};

struct MoveDriversRequest
{
    SubjectKind kind = SubjectKind::Token;
    QString subjectId;
    TimeRange before; // A
    TimeRange after;  // B
    int maxTerms = 30;
    int maxPosts = 10;
};

struct MoveDrivers
{
    MoveDriversRequest request;
    qint64 postsBefore = 0; // every post of the range, scored or not
    qint64 postsAfter = 0;
    qint64 scoredBefore = 0; // nA, nB: the posts the scorer scores
    qint64 scoredAfter = 0;
    std::optional<double> meanBefore; // mean compound of the scored posts as explained now
    std::optional<double> meanAfter;
    QList<DriverTerm> terms;       // the maxTerms largest |change|, largest first
    double otherTermsChange = 0;   // the change of the terms left out
    double unattributedChange = 0; // of posts with a compound but no term contributions
    QList<DriverPost> topPosts;    // the maxPosts most engaged posts of B, most engaged first
    bool cancelled = false;
    QString error;

    // meanAfter − meanBefore when both ranges have scored posts.
    std::optional<double> change() const;
};

// Called every few hundred posts with (done, total); returning false cancels.
using DriversProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads the posts through PostStore; scorer must be the workspace's (names masked). Runs on any thread that owns db.
MoveDrivers computeMoveDrivers(const Database& db, const Scorer& scorer, const MoveDriversRequest& request,
                               const DriversProgress& progress = {});

// B = range, A = the range of the same length just before it.
MoveDriversRequest moveDriversRequest(SubjectKind kind, const QString& subjectId, const TimeRange& range);

} // namespace seance
