// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"

#include <QIODevice>

#include <string_view>

namespace seance::social {

class SocialReadContext;

// Reads a Pushshift / Arctic Shift dump: NDJSON of comments or submissions (or both), plain or zstd.
// Comments give `body`, submissions `title` + "\n" + `selftext`; `[deleted]` and `[removed]` are skipped and
// counted; the HTML escapes Reddit keeps in its Markdown (&amp; &lt; &gt;) are decoded; `created_utc` may be an
// integer, a float or a decimal string; `score` is the engagement (negative and null count as 0); the id is the
// fullname t1_… / t3_…; the source is the subreddit.
bool readRedditDump(const QString& path, SocialReadContext& context);

// One line: fills *post, or says why not.
enum class RedditLine {
    Post,
    Deleted, // [deleted] or [removed]
    Empty,   // no text at all
    Blank,   // an empty line, which NDJSON writers sometimes leave at the end
    Error,
};
struct RedditLineError
{
    QString field;
    QString reason;
};
class RedditLineParser
{
public:
    RedditLine parse(std::string_view line, SocialPost* post, RedditLineError* error);

private:
    std::string m_id;
    std::string m_title;
    std::string m_selftext;
    std::string m_number;
    std::string m_unescaped;
};

} // namespace seance::social
