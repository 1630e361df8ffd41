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

// The same inside an archive's .zip, from the paths of its entries: the tweet files of one folder (data/ when
// there is one, else the first folder that has any), in the same order. Empty when there are none.
QStringList xArchiveTweetEntries(const QStringList& entries);

// The account.js entry beside a tweet entry, or "" when the zip has none.
QString xArchiveAccountEntry(const QStringList& entries, const QString& tweetEntry);

} // namespace seance::social
