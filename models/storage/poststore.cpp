// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/poststore.h"

#include "models/storage/database.h"

#include <QSqlDatabase>

namespace seance {

PostStore::PostStore(const Database& db)
    : m_db(db)
{
}

std::optional<qint64> PostStore::countOf(const char* sql, const QString* id, QString* error) const
{
    SqlStatement s(m_db.handle(), sql);
    if (id)
        s.bindText(1, *id);
    if (!s.next()) {
        failWith(error, s.errorMessage());
        return std::nullopt;
    }
    return s.int64(0);
}

std::optional<qint64> PostStore::count(QString* error) const
{
    return countOf("SELECT count(*) FROM posts", nullptr, error);
}

std::optional<qint64> PostStore::unscoredCount(QString* error) const
{
    return countOf("SELECT count(*) FROM posts WHERE compound IS NULL", nullptr, error);
}

std::optional<qint64> PostStore::countForToken(const QString& tokenId, QString* error) const
{
    return countOf("SELECT (SELECT count(*) FROM posts WHERE token_id = ?1) + "
                   "(SELECT count(*) FROM post_subjects WHERE subject_kind = 0 AND subject_id = ?1)",
                   &tokenId, error);
}

std::optional<qint64> PostStore::countForNarrative(const QString& narrativeId, QString* error) const
{
    return countOf("SELECT (SELECT count(*) FROM posts WHERE narrative_id = ?1) + "
                   "(SELECT count(*) FROM post_subjects WHERE subject_kind = 1 AND subject_id = ?1)",
                   &narrativeId, error);
}

std::optional<qint64> PostStore::bucketCount(QString* error) const
{
    return countOf("SELECT count(*) FROM sentiment_buckets", nullptr, error);
}

std::optional<TimeRange> PostStore::postedSpan(QString* error) const
{
    // Two subqueries, not "min(), max()" in one: SQLite answers a lone min() or max() from the index in a few
    // steps, but both together scan it whole (600 ms on a 10M-post workspace).
    return queryInstantSpan(m_db.handle(),
                            "SELECT (SELECT min(posted_at) FROM posts), (SELECT max(posted_at) FROM posts)", error);
}

bool PostStore::clearBuckets(QString* error) const
{
    SqlStatement s(m_db.handle(), "DELETE FROM sentiment_buckets");
    return s.exec(error);
}

SqlStatement PostStore::rescoreScan() const
{
    // Rowid order is the order the posts were inserted in, so the bucket sums add up in the same order as
    // an import of the same posts would have added them.
    // The further subjects come as "kind:id" joined by U+001F (see PostStore::splitAlsoAbout()); NULL for the
    // usual post with one subject.
    return SqlStatement(m_db.handle(),
                        "SELECT id, token_id, narrative_id, posted_at, text, engagement, compound, lang, "
                        "(SELECT group_concat(subject_kind || ':' || subject_id, char(31)) FROM post_subjects "
                        "WHERE post_id = posts.id) FROM posts ORDER BY id");
}

SqlStatement PostStore::scoreUpdate() const
{
    return SqlStatement(m_db.handle(), "UPDATE posts SET compound = ?1, pos = ?2, neu = ?3, neg = ?4 WHERE id = ?5");
}

SqlStatement PostStore::exportScan() const
{
    // Ties in time are broken by id, then by insertion order, which an import into an empty database keeps.
    // The further subjects as in rescoreScan(), in the order of post_subjects_post: kind, then id.
    return SqlStatement(m_db.handle(),
                        "SELECT external_id, token_id, narrative_id, posted_at, author, lang, text, engagement, "
                        "compound, pos, neu, neg, is_sample, "
                        "(SELECT group_concat(subject_kind || ':' || subject_id, char(31)) FROM post_subjects "
                        "WHERE post_id = posts.id) FROM posts ORDER BY posted_at, external_id, id");
}

namespace {

// The first subject is a column of posts; further subjects are rows of post_subjects. ?1 = id, ?2/?3 = range.
constexpr const char* tokenPostsSql =
    "SELECT id, posted_at, author, text, lang, engagement, compound FROM posts "
    "WHERE token_id = ?1 AND posted_at >= ?2 AND posted_at < ?3 "
    "UNION ALL SELECT p.id, p.posted_at, p.author, p.text, p.lang, p.engagement, p.compound "
    "FROM post_subjects s JOIN posts p ON p.id = s.post_id "
    "WHERE s.subject_kind = 0 AND s.subject_id = ?1 AND s.posted_at >= ?2 AND s.posted_at < ?3 "
    "ORDER BY 2, 1";
constexpr const char* narrativePostsSql =
    "SELECT id, posted_at, author, text, lang, engagement, compound FROM posts "
    "WHERE narrative_id = ?1 AND posted_at >= ?2 AND posted_at < ?3 "
    "UNION ALL SELECT p.id, p.posted_at, p.author, p.text, p.lang, p.engagement, p.compound "
    "FROM post_subjects s JOIN posts p ON p.id = s.post_id "
    "WHERE s.subject_kind = 1 AND s.subject_id = ?1 AND s.posted_at >= ?2 AND s.posted_at < ?3 "
    "ORDER BY 2, 1";
constexpr const char* tokenCountSql =
    "SELECT (SELECT count(*) FROM posts WHERE token_id = ?1 AND posted_at >= ?2 AND posted_at < ?3) + "
    "(SELECT count(*) FROM post_subjects WHERE subject_kind = 0 AND subject_id = ?1 AND posted_at >= ?2 "
    "AND posted_at < ?3)";
constexpr const char* narrativeCountSql =
    "SELECT (SELECT count(*) FROM posts WHERE narrative_id = ?1 AND posted_at >= ?2 AND posted_at < ?3) + "
    "(SELECT count(*) FROM post_subjects WHERE subject_kind = 1 AND subject_id = ?1 AND posted_at >= ?2 "
    "AND posted_at < ?3)";

} // namespace

SqlStatement PostStore::subjectPostsScan(SubjectKind kind, const QString& subjectId, qint64 from, qint64 to) const
{
    SqlStatement s(m_db.handle(), kind == SubjectKind::Token ? tokenPostsSql : narrativePostsSql);
    s.bindText(1, subjectId);
    s.bindInt64(2, from);
    s.bindInt64(3, to);
    return s;
}

std::optional<qint64> PostStore::countForSubjectIn(SubjectKind kind, const QString& subjectId, qint64 from, qint64 to,
                                                   QString* error) const
{
    SqlStatement s(m_db.handle(), kind == SubjectKind::Token ? tokenCountSql : narrativeCountSql);
    s.bindText(1, subjectId);
    s.bindInt64(2, from);
    s.bindInt64(3, to);
    if (!s.next()) {
        failWith(error, s.errorMessage());
        return std::nullopt;
    }
    return s.int64(0);
}

QSqlQuery PostStore::page(const QSqlDatabase& connection, const PostFilter& filter,
                          const std::optional<PostPageCursor>& after, int limit)
{
    // Only placeholders are appended, one per value: no value reaches the SQL text.
    QString sql =
        QStringLiteral("SELECT id, posted_at, token_id, author, text, compound, is_sample, narrative_id FROM posts "
                       "WHERE posted_at >= ? AND posted_at < ?");
    if (!filter.tokenIds.isEmpty()) {
        // A post about several tokens is listed under each: its further tokens are in post_subjects.
        const QString marks = QStringList(filter.tokenIds.size(), QStringLiteral("?")).join(QLatin1Char(','));
        sql +=
            QStringLiteral(" AND (token_id IN (") + marks +
            QStringLiteral(") OR id IN (SELECT post_id FROM post_subjects WHERE subject_kind = 0 AND subject_id IN (") +
            marks + QStringLiteral(") AND posted_at >= ? AND posted_at < ?))");
    }
    if (!filter.text.isEmpty())
        sql += QStringLiteral(" AND text LIKE ? ESCAPE '\\'");
    if (filter.languageCode)
        sql += QStringLiteral(" AND seance_post_language(text, lang, compound IS NOT NULL) = ?");
    if (after)
        sql += QStringLiteral(" AND (posted_at, id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY posted_at DESC, id DESC LIMIT ?");

    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(filter.from);
    query.addBindValue(filter.to);
    if (!filter.tokenIds.isEmpty()) {
        for (const QString& id : filter.tokenIds)
            query.addBindValue(id);
        for (const QString& id : filter.tokenIds)
            query.addBindValue(id);
        query.addBindValue(filter.from);
        query.addBindValue(filter.to);
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        query.addBindValue(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
    if (filter.languageCode)
        query.addBindValue(*filter.languageCode);
    if (after) {
        query.addBindValue(after->postedAt);
        query.addBindValue(after->id);
    }
    query.addBindValue(limit);
    query.exec();
    return query;
}

std::vector<PostSubjectRef> PostStore::splitAlsoAbout(std::string_view joined)
{
    std::vector<PostSubjectRef> subjects;
    while (!joined.empty()) {
        const std::size_t end = std::min(joined.find('\x1f'), joined.size());
        const std::string_view item = joined.substr(0, end);
        if (item.size() > 2 && item[1] == ':')
            subjects.push_back({item[0] == '1' ? SubjectKind::Narrative : SubjectKind::Token, item.substr(2)});
        joined.remove_prefix(std::min(end + 1, joined.size()));
    }
    return subjects;
}

} // namespace seance
