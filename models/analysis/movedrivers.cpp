// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/movedrivers.h"

#include "models/sentiment/scoring/scorer.h"
#include "models/storage/poststore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

struct TermSums
{
    QString written;
    double shares[2] = {0, 0};
    qint64 posts[2] = {0, 0};
};

struct Accumulator
{
    QHash<QString, TermSums> terms;
    qint64 posts[2] = {0, 0};
    qint64 scored[2] = {0, 0};
    double compounds[2] = {0, 0};
    double unattributed[2] = {0, 0}; // compounds of posts whose terms sum to zero
    QList<DriverPost> top;           // of B, kept sorted, most engaged first
    int maxPosts = 10;

    void addExplained(int side, const ScoreExplanation& explanation)
    {
        ++scored[side];
        compounds[side] += explanation.score.compound;
        double sum = 0;
        for (const TermContribution& term : explanation.terms)
            sum += term.contribution;
        if (sum == 0) {
            // English: the compound is 0 too ('!' and '?' only emphasise a non-zero sum); a rule without a term
            // (if any) leaves its part unattributed.
            unattributed[side] += explanation.score.compound;
            return;
        }
        const double scale = explanation.score.compound / sum;
        QHash<QString, bool> seen;
        for (const TermContribution& term : explanation.terms) {
            TermSums& sums = terms[term.term];
            if (sums.written.isEmpty())
                sums.written = term.text;
            sums.shares[side] += term.contribution * scale;
            if (!seen.contains(term.term)) {
                seen.insert(term.term, true);
                ++sums.posts[side];
            }
        }
    }

    void offerTopPost(DriverPost post)
    {
        const auto before = [](const DriverPost& a, const DriverPost& b) {
            return a.engagement != b.engagement ? a.engagement > b.engagement
                                                : (a.postedAt != b.postedAt ? a.postedAt > b.postedAt : a.id > b.id);
        };
        if (top.size() >= maxPosts && !before(post, top.constLast()))
            return;
        top.insert(std::upper_bound(top.begin(), top.end(), post, before), std::move(post));
        if (top.size() > maxPosts)
            top.removeLast();
    }
};

} // namespace

std::optional<double> MoveDrivers::change() const
{
    if (!meanBefore || !meanAfter)
        return std::nullopt;
    return *meanAfter - *meanBefore;
}

MoveDriversRequest moveDriversRequest(SubjectKind kind, const QString& subjectId, const TimeRange& range)
{
    MoveDriversRequest request;
    request.kind = kind;
    request.subjectId = subjectId;
    request.after = range;
    request.before = {range.from - (range.to - range.from), range.from};
    return request;
}

MoveDrivers computeMoveDrivers(const Database& db, const Scorer& scorer, const MoveDriversRequest& request,
                               const DriversProgress& progress)
{
    MoveDrivers result;
    result.request = request;
    const PostStore store(db);
    const TimeRange ranges[2] = {request.before, request.after};
    qint64 total = 0;
    for (const TimeRange& range : ranges) {
        const auto count =
            store.countForSubjectIn(request.kind, request.subjectId, range.from, range.to, &result.error);
        if (!count)
            return result;
        total += *count;
    }
    Accumulator sums;
    sums.maxPosts = request.maxPosts;
    qint64 done = 0;
    for (int side = 0; side < 2; ++side) {
        SqlStatement scan = store.subjectPostsScan(request.kind, request.subjectId, ranges[side].from, ranges[side].to);
        while (scan.next()) {
            ++sums.posts[side];
            const ScoreExplanation explanation =
                scorer.explain(scan.utf8(PostStore::SubjectPostText), scan.utf8(PostStore::SubjectPostLang));
            if (explanation.score.scored)
                sums.addExplained(side, explanation);
            if (side == 1) {
                DriverPost post;
                post.engagement = scan.int64(PostStore::SubjectPostEngagement);
                post.id = scan.int64(PostStore::SubjectPostId);
                post.postedAt = scan.int64(PostStore::SubjectPostPostedAt);
                if (sums.top.size() < request.maxPosts || post.engagement >= sums.top.constLast().engagement) {
                    post.author = scan.text(PostStore::SubjectPostAuthor);
                    post.text = scan.text(PostStore::SubjectPostText);
                    if (!scan.isNull(PostStore::SubjectPostCompound))
                        post.compound = scan.real(PostStore::SubjectPostCompound);
                    sums.offerTopPost(std::move(post));
                }
            }
            if (++done % 256 == 0 && progress && !progress(done, total)) {
                result.cancelled = true;
                return result;
            }
        }
        if (scan.failed()) {
            result.error = scan.errorMessage();
            return result;
        }
    }
    result.postsBefore = sums.posts[0];
    result.postsAfter = sums.posts[1];
    result.scoredBefore = sums.scored[0];
    result.scoredAfter = sums.scored[1];
    if (sums.scored[0] > 0)
        result.meanBefore = sums.compounds[0] / double(sums.scored[0]);
    if (sums.scored[1] > 0)
        result.meanAfter = sums.compounds[1] / double(sums.scored[1]);
    if (sums.scored[0] > 0 && sums.scored[1] > 0)
        result.unattributedChange =
            sums.unattributed[1] / double(sums.scored[1]) - sums.unattributed[0] / double(sums.scored[0]);
    QList<DriverTerm> terms;
    terms.reserve(sums.terms.size());
    for (auto it = sums.terms.cbegin(); it != sums.terms.cend(); ++it) {
        DriverTerm term;
        term.term = it.key();
        term.written = it->written;
        term.before = sums.scored[0] > 0 ? it->shares[0] / double(sums.scored[0]) : 0;
        term.after = sums.scored[1] > 0 ? it->shares[1] / double(sums.scored[1]) : 0;
        term.change = term.after - term.before;
        term.postsBefore = it->posts[0];
        term.postsAfter = it->posts[1];
        terms.append(term);
    }
    std::sort(terms.begin(), terms.end(), [](const DriverTerm& a, const DriverTerm& b) {
        const double x = std::fabs(a.change);
        const double y = std::fabs(b.change);
        return x != y ? x > y : a.term < b.term;
    });
    for (qsizetype i = request.maxTerms; i < terms.size(); ++i)
        result.otherTermsChange += terms.at(i).change;
    if (terms.size() > request.maxTerms)
        terms.resize(request.maxTerms);
    result.terms = terms;
    result.topPosts = sums.top;
    if (progress)
        progress(total, total);
    return result;
}

} // namespace seance
