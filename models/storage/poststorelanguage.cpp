// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PostStore's reads of posts in one language: what the chart and the posts pane show under a language filter.
// The language is computed per post by seance_post_language() (registerPostLanguageFunction() in
// models/sentiment/scoring/postlanguage), from the post's lang tag, its text and whether it was scored.
#include "models/storage/database.h"
#include "models/storage/poststore.h"

namespace seance {
namespace {

// The subject's column and post_subjects kind: fixed names from the enum, never a value (values are bound).
QByteArray subjectColumn(SubjectKind kind)
{
    return kind == SubjectKind::Token ? QByteArrayLiteral("token_id") : QByteArrayLiteral("narrative_id");
}

QByteArray subjectKindNumber(SubjectKind kind)
{
    return QByteArray::number(int(kind));
}

} // namespace

SqlStatement PostStore::subjectPostsInLanguage(SubjectKind kind) const
{
    // Through posts_token_time (or posts_narrative_time) for the posts whose first subject this is, and through
    // post_subjects' key for the posts that name it as a further subject: both read only the range.
    const QByteArray sql =
        "SELECT posted_at, compound, engagement FROM posts WHERE " + subjectColumn(kind) +
        " = ?1 AND posted_at >= ?2 AND posted_at < ?3 AND seance_post_language(text, lang, compound IS NOT NULL) = ?4 "
        "UNION ALL SELECT p.posted_at, p.compound, p.engagement FROM post_subjects s JOIN posts p ON p.id = s.post_id "
        "WHERE s.subject_kind = " +
        subjectKindNumber(kind) +
        " AND s.subject_id = ?1 AND s.posted_at >= ?2 AND s.posted_at < ?3 "
        "AND seance_post_language(p.text, p.lang, p.compound IS NOT NULL) = ?4";
    return SqlStatement(m_db.handle(), sql.constData());
}

SqlStatement PostStore::subjectVolumesInLanguage(SubjectKind kind) const
{
    // Every post in the range through posts_time, counted once per subject of `kind` it is about.
    const QByteArray sql = "SELECT posted_at, (" + subjectColumn(kind) +
                           " IS NOT NULL) + (SELECT count(*) FROM post_subjects s WHERE s.post_id = posts.id AND "
                           "s.subject_kind = " +
                           subjectKindNumber(kind) +
                           ") FROM posts WHERE posted_at >= ?1 AND posted_at < ?2 "
                           "AND seance_post_language(text, lang, compound IS NOT NULL) = ?3";
    return SqlStatement(m_db.handle(), sql.constData());
}

} // namespace seance
