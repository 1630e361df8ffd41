// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/postrescoring.h"

#include "models/storage/database.h"
#include "models/storage/poststore.h"
#include "models/storage/postwriter.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>

#include <optional>

namespace seance {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct PostRescoringText
{
    Q_DECLARE_TR_FUNCTIONS(seance::PostRescoring)
};

constexpr qint64 progressEvery = 4096;

// Stored scores are compared exactly: a post whose score did not move is not written again.
bool sameScore(const std::optional<double>& stored, const SentimentScore& fresh)
{
    if (!fresh.scored)
        return !stored.has_value();
    return stored.has_value() && *stored == fresh.compound;
}

} // namespace

RescoreResult rescoreAllPosts(const Database& db, const RescoreOptions& options)
{
    RescoreResult result;
    if (!options.score) {
        result.error = PostRescoringText::tr("no scorer was given");
        return result;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = PostRescoringText::tr("could not start a transaction: %1").arg(transaction.error());
        return result;
    }
    const auto fail = [&](const QString& error) {
        transaction.rollback();
        result.error = error;
        return result;
    };
    // Reports progress and tells whether the user cancelled; a cancel rolls everything back.
    const auto reportAndCheckCancel = [&](qint64 total) {
        if (options.progress)
            options.progress(result.posts, total);
        if (!options.cancel || !options.cancel->load())
            return false;
        transaction.rollback();
        result.cancelled = true;
        return true;
    };

    const PostStore posts(db);
    const qint64 total = posts.count().value_or(0);
    QString error;
    if (!posts.clearBuckets(&error))
        return fail(error);

    SqlStatement read = posts.rescoreScan();
    SqlStatement update = posts.scoreUpdate();
    if (!read.isValid() || !update.isValid())
        return fail(read.isValid() ? update.errorMessage() : read.errorMessage());
    PostWriter buckets(db);
    while (read.next()) {
        // The post's language tag, when its source gave one, picks the rules (Korean, Japanese, English).
        const SentimentScore score =
            options.score(read.utf8(PostStore::RescoreText),
                          read.isNull(PostStore::RescoreLang) ? std::string_view() : read.utf8(PostStore::RescoreLang));
        const std::optional<double> stored = read.isNull(PostStore::RescoreCompound)
                                                 ? std::nullopt
                                                 : std::optional<double>(read.real(PostStore::RescoreCompound));
        if (!sameScore(stored, score)) {
            if (score.scored) {
                update.bindDouble(1, score.compound);
                update.bindDouble(2, score.pos);
                update.bindDouble(3, score.neu);
                update.bindDouble(4, score.neg);
            } else {
                for (int column = 1; column <= 4; ++column)
                    update.bindOptionalInt64(column, std::nullopt); // NULL: unscored
            }
            update.bindInt64(5, read.int64(PostStore::RescoreId));
            if (!update.exec(&error))
                return fail(error);
            ++result.changed;
        }
        PostView post;
        post.tokenId = read.utf8(PostStore::RescoreTokenId);
        post.narrativeId = read.utf8(PostStore::RescoreNarrativeId);
        post.postedAt = read.int64(PostStore::RescorePostedAt);
        post.engagement = read.int64(PostStore::RescoreEngagement);
        const std::vector<PostSubjectRef> alsoAbout = PostStore::splitAlsoAbout(read.utf8(PostStore::RescoreAlsoAbout));
        post.alsoAbout = alsoAbout;
        if (score.scored)
            post.compound = score.compound;
        else
            ++result.unscored;
        buckets.accumulate(post);
        ++result.posts;
        if (result.posts % progressEvery == 0 && reportAndCheckCancel(total))
            return result;
    }
    if (read.failed())
        return fail(read.errorMessage());
    if (!buckets.flushBuckets(&error))
        return fail(error);
    if (reportAndCheckCancel(total))
        return result;
    if (!transaction.commit(&error))
        return fail(error);
    result.ok = true;
    return result;
}

} // namespace seance
