// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PostStore's reads of posts in one language: what the chart and the posts pane show under a language filter.
// The language is computed per post by seance_post_language() (registerPostLanguageFunction() in
// models/sentiment/scoring/postlanguage), from the post's lang tag, its text and whether it was scored.
#include "models/storage/database.h"
#include "models/storage/poststore.h"

namespace seance {

SqlStatement PostStore::subjectPostsInLanguage(SubjectKind kind) const
{
    // Through posts_token_time (or posts_narrative_time) for the posts whose first subject this is, and through
    // post_subjects' key for the posts that name it as a further subject: both read only the range.
    if (kind == SubjectKind::Token)
        return SqlStatement(m_db.handle(),
                            "SELECT posted_at, compound, engagement FROM posts "
                            "WHERE token_id = ?1 AND posted_at >= ?2 AND posted_at < ?3 "
                            "AND seance_post_language(text, lang, compound IS NOT NULL) = ?4 "
                            "UNION ALL "
                            "SELECT p.posted_at, p.compound, p.engagement FROM post_subjects s "
                            "JOIN posts p ON p.id = s.post_id "
                            "WHERE s.subject_kind = 0 AND s.subject_id = ?1 AND s.posted_at >= ?2 AND s.posted_at < ?3 "
                            "AND seance_post_language(p.text, p.lang, p.compound IS NOT NULL) = ?4");
    return SqlStatement(m_db.handle(),
                        "SELECT posted_at, compound, engagement FROM posts "
                        "WHERE narrative_id = ?1 AND posted_at >= ?2 AND posted_at < ?3 "
                        "AND seance_post_language(text, lang, compound IS NOT NULL) = ?4 "
                        "UNION ALL "
                        "SELECT p.posted_at, p.compound, p.engagement FROM post_subjects s "
                        "JOIN posts p ON p.id = s.post_id "
                        "WHERE s.subject_kind = 1 AND s.subject_id = ?1 AND s.posted_at >= ?2 AND s.posted_at < ?3 "
                        "AND seance_post_language(p.text, p.lang, p.compound IS NOT NULL) = ?4");
}

SqlStatement PostStore::subjectVolumesInLanguage(SubjectKind kind) const
{
    // Every post in the range through posts_time, counted once per subject of `kind` it is about.
    if (kind == SubjectKind::Token)
        return SqlStatement(m_db.handle(),
                            "SELECT posted_at, (token_id IS NOT NULL) + (SELECT count(*) FROM post_subjects s "
                            "WHERE s.post_id = posts.id AND s.subject_kind = 0) FROM posts "
                            "WHERE posted_at >= ?1 AND posted_at < ?2 "
                            "AND seance_post_language(text, lang, compound IS NOT NULL) = ?3");
    return SqlStatement(m_db.handle(),
                        "SELECT posted_at, (narrative_id IS NOT NULL) + (SELECT count(*) FROM post_subjects s "
                        "WHERE s.post_id = posts.id AND s.subject_kind = 1) FROM posts "
                        "WHERE posted_at >= ?1 AND posted_at < ?2 "
                        "AND seance_post_language(text, lang, compound IS NOT NULL) = ?3");
}

} // namespace seance
