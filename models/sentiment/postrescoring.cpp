// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/postrescoring.h"

#include "models/storage/database.h"
#include "models/storage/postwriter.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>

#include <optional>

namespace seance {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::PostRescoring", text);
}

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
        result.error = tr("no scorer was given");
        return result;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = tr("could not start a transaction");
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

    SqlStatement count(db.handle(), "SELECT count(*) FROM posts");
    const qint64 total = count.next() ? count.int64(0) : 0;
    SqlStatement clear(db.handle(), "DELETE FROM sentiment_buckets");
    QString error;
    if (!clear.exec(&error))
        return fail(error);

    // Rowid order is the order the posts were inserted in, so the bucket sums add up in the same order as
    // an import of the same posts would have added them.
    SqlStatement read(db.handle(), "SELECT id, token_id, narrative_id, posted_at, text, engagement, compound, lang "
                                   "FROM posts ORDER BY id");
    SqlStatement update(db.handle(), "UPDATE posts SET compound = ?1, pos = ?2, neu = ?3, neg = ?4 WHERE id = ?5");
    if (!read.isValid() || !update.isValid())
        return fail(read.isValid() ? update.errorMessage() : read.errorMessage());
    PostWriter buckets(db);
    while (read.next()) {
        // The post's language tag, when its source gave one, picks the rules (Korean, Japanese, English).
        const SentimentScore score = options.score(read.utf8(4), read.isNull(7) ? std::string_view() : read.utf8(7));
        const std::optional<double> stored = read.isNull(6) ? std::nullopt : std::optional<double>(read.real(6));
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
            update.bindInt64(5, read.int64(0));
            if (!update.exec(&error))
                return fail(error);
            ++result.changed;
        }
        PostView post;
        post.tokenId = read.utf8(1);
        post.narrativeId = read.utf8(2);
        post.postedAt = read.int64(3);
        post.engagement = read.int64(5);
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
