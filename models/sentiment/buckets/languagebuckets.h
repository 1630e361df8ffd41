// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/scoring/postlanguage.h"

namespace seance {

// A subject's buckets counting only posts in one language. sentiment_buckets holds no language, so these are
// folded from the raw posts of [from, to) (PostStore::subjectPostsInLanguage, through posts_token_time and
// post_subjects), the same way PostWriter folds them at import: the same BucketRow shape BucketQuery::range()
// returns, ascending, buckets without posts absent. `language` must not be All (that is BucketQuery's fast
// path). With ShareOfVoice::Include allSubjectsN is the volume of every subject of the kind in that language.
// Run it off the GUI thread: it reads every post of the range.
std::optional<QList<BucketRow>> languageBucketRange(const Database& db, SubjectKind kind, const QString& subjectId,
                                                    Granularity granularity, qint64 from, qint64 to,
                                                    PostLanguage language, BucketQuery::ShareOfVoice shareOfVoice,
                                                    QString* error = nullptr);

// The token table's columns (BucketQuery::tokenSummaries) counting only posts in one language. Each token's
// days end with its latest day with posts in any language, as without a filter, so a token whose chatter in
// this language stopped shows the gap rather than older days. Off the GUI thread: it reads raw posts.
std::optional<QList<TokenSummary>> languageTokenSummaries(const Database& db, Metric metric, PostLanguage language,
                                                          QString* error = nullptr);

} // namespace seance
