// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/postwriter.h"
#include "models/storage/sqlstatement.h"
#include "models/time/granularity.h"
#include "models/time/timerange.h"

#include <QSqlQuery>
#include <QStringList>

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

class QSqlDatabase;

namespace seance {

class Database;

// Which posts a list shows: those of the given tokens (or all when empty) in [from, to), newest first.
struct PostFilter
{
    QStringList tokenIds;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    QString text; // case-insensitive substring; empty = any
    // Only posts of this seance_post_language() code (int(PostLanguage)); empty = any. The connection must have
    // the function (registerPostLanguageFunction()).
    std::optional<int> languageCode;
    friend bool operator==(const PostFilter&, const PostFilter&) = default;
};

// Where a page of the post list resumes: after the last row of the page before (keyset pagination).
struct PostPageCursor
{
    qint64 postedAt = 0;
    qint64 id = 0;
};

// The home of the SQL on `posts` and on the bucket table's lifecycle (`sentiment_buckets`): counts, spans,
// the scans of the bulk paths and the post list's pages. Inserting posts and folding them into buckets is
// PostWriter's job (one prepared statement on the hot path); reading buckets is BucketQuery's.
//
// Bulk paths (rescoring, export) get a SqlStatement on the raw handle and read its columns by the enum next to
// it: no QVariant per value over millions of rows. The item model gets a QSqlQuery on its Qt connection.
class PostStore final
{
public:
    explicit PostStore(const Database& db);

    std::optional<qint64> count(QString* error = nullptr) const;
    std::optional<qint64> unscoredCount(QString* error = nullptr) const;
    std::optional<qint64> countForToken(const QString& tokenId, QString* error = nullptr) const;
    std::optional<qint64> countForNarrative(const QString& narrativeId, QString* error = nullptr) const;
    std::optional<qint64> bucketCount(QString* error = nullptr) const;

    // [first posted_at, last posted_at + 1 ms): every post lies inside. Empty when there are no posts (then
    // *error is cleared, or set when the query failed).
    std::optional<TimeRange> postedSpan(QString* error = nullptr) const;

    // Removes every bucket, before a rescoring folds all posts into them again.
    bool clearBuckets(QString* error = nullptr) const;

    // Every post in insertion (rowid) order with what a rescoring reads.
    enum RescoreColumn {
        RescoreId,
        RescoreTokenId,
        RescoreNarrativeId,
        RescorePostedAt,
        RescoreText,
        RescoreEngagement,
        RescoreCompound,
        RescoreLang,
        RescoreAlsoAbout // the post's further subjects, for splitAlsoAbout(); NULL when none
    };
    SqlStatement rescoreScan() const;
    // The RescoreAlsoAbout column as subjects; the views point into `joined`.
    static std::vector<PostSubjectRef> splitAlsoAbout(std::string_view joined);
    // Binds ?1..?4 = compound, pos, neu, neg (NULL: unscored) and ?5 = the post id.
    SqlStatement scoreUpdate() const;

    // Every post in export order: by time, then external id, then insertion order.
    enum ExportColumn {
        ExportExternalId,
        ExportTokenId,
        ExportNarrativeId,
        ExportPostedAt,
        ExportAuthor,
        ExportLang,
        ExportText,
        ExportEngagement,
        ExportCompound,
        ExportPos,
        ExportNeu,
        ExportNeg,
        ExportIsSample,
        ExportAlsoAbout // as RescoreAlsoAbout
    };
    SqlStatement exportScan() const;

    // The posts about one subject (as its first subject or a further one) in [from, to), in time order: what
    // "What Drove This" reads. Columns by SubjectPostColumn.
    enum SubjectPostColumn {
        SubjectPostId,
        SubjectPostPostedAt,
        SubjectPostAuthor,
        SubjectPostText,
        SubjectPostLang,
        SubjectPostEngagement,
        SubjectPostCompound
    };
    SqlStatement subjectPostsScan(SubjectKind kind, const QString& subjectId, qint64 from, qint64 to) const;
    // How many posts subjectPostsScan() would return, for a progress bar.
    std::optional<qint64> countForSubjectIn(SubjectKind kind, const QString& subjectId, qint64 from, qint64 to,
                                            QString* error = nullptr) const;

    // One page of the post list, newest first, on the item model's connection; the columns are, in order:
    // id, posted_at, token_id, author, text, compound, is_sample, narrative_id. Executed: check isActive().
    enum PageColumn {
        PageId,
        PagePostedAt,
        PageTokenId,
        PageAuthor,
        PageText,
        PageCompound,
        PageIsSample,
        PageNarrativeId
    };
    static QSqlQuery page(const QSqlDatabase& connection, const PostFilter& filter,
                          const std::optional<PostPageCursor>& after, int limit);

    // poststorelanguage.cpp. Both need seance_post_language() on the connection (registerPostLanguageFunction()).
    // The subject's posts in one language: bind ?1 = subject id, ?2/?3 = [from, to), ?4 = the language code;
    // columns posted_at, compound (NULL: unscored), engagement. Unordered.
    SqlStatement subjectPostsInLanguage(SubjectKind kind) const;
    // Every post in one language with how many subjects of `kind` it is about (share of voice's denominator):
    // bind ?1/?2 = [from, to), ?3 = the language code; columns posted_at, subject count.
    SqlStatement subjectVolumesInLanguage(SubjectKind kind) const;

private:
    std::optional<qint64> countOf(const char* sql, const QString* id, QString* error) const;

    const Database& m_db;
};

} // namespace seance
