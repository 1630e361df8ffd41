// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace seance::social {

class SocialReadContext;

// Reads an X (Twitter) archive: tweets.js, tweet.js or tweets-partN.js ("window.YTD.tweets.part0 = [ … ]",
// with or without a trailing ';' and with or without each tweet's {"tweet": …} wrapper), or an unpacked
// archive folder, whose tweet files are read in order. full_text is HTML-unescaped, favorite_count plus
// retweet_count is the engagement, the id is "x:<id_str>"; the author is the username in account.js beside
// the tweets, when there is one.
bool readXArchive(const QString& path, SocialReadContext& context);

// "Wed Oct 10 20:19:24 +0000 2018" as UTC milliseconds, or nothing when it is not a valid time.
std::optional<qint64> parseXTime(std::string_view text);

} // namespace seance::social
