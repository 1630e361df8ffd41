// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace seance::social {

// The tweet files of an unpacked X archive folder (its data/ subfolder, or the folder itself): tweets.js or
// tweet.js, then tweets-part1.js, tweets-part2.js … in number order. Empty when there are none.
QStringList xArchiveTweetFiles(const QString& folder);

// account.js beside a tweet file, or "" when there is none.
QString xArchiveAccountFile(const QString& tweetFile);

} // namespace seance::social
