// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seam between the readers of real exports (Telegram, Reddit, X, Discord) and the routing import:
// a reader turns a file into SocialPosts, in file order, and knows nothing of tokens or the database.

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <string>

namespace seance::social {

enum class SocialFormat { Telegram, Reddit, X, Discord };

// The largest zstd window a .zst is decoded with, as a power of two: Reddit dumps are written with 2 GiB
// (zstd --long=31), and Pushshift's and Arctic Shift's own tools decode with max_window_size = 2**31.
inline constexpr int dumpZstdWindowLog = 31;

// One post as its export gives it. Text fields are UTF-8, so that the scorer and the router read them
// without conversion.
struct SocialPost
{
    std::string id;        // unique across exports of its kind: "tg:<chat id>:<message id>", "t1_<id>", "t3_<id>",
                           // "x:<id_str>", "discord:<id>"
    qint64 postedAtMs = 0; // UTC
    std::string author;
    std::string text;      // plain text: entities joined, HTML unescaped
    std::string lang;      // "" when the export does not say
    qint64 engagement = 0; // reactions, score or likes + retweets; never negative
    std::string source;    // the chat, subreddit, channel or account it came from
};

struct SocialReadOptions
{
    bool excludeBots = false; // Discord: skip messages whose author.isBot is true
    // Called now and then on the reading thread with the bytes consumed so far (compressed bytes for .zst).
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress;
    const std::atomic_bool* cancel = nullptr; // checked between records; a cancel ends the read with ok = false
    // A .zst frame that asks for a larger window than 2^zstdWindowLogMax fails the read with the reader's error.
    // libzstd allocates the whole window as soon as a frame header asks for it; the fuzz targets lower this so
    // that no input makes every execution allocate gigabytes.
    int zstdWindowLogMax = dumpZstdWindowLog;
};

struct SocialReadReport
{
    bool ok = false;
    bool cancelled = false;
    qint64 posts = 0;                 // handed to the handler
    qint64 skippedService = 0;        // Telegram service and unsupported messages
    qint64 skippedDeleted = 0;        // Reddit [deleted] / [removed]
    qint64 skippedEmpty = 0;          // no text at all (a sticker, an attachment alone)
    qint64 skippedBots = 0;           // Discord bots, when excluded
    qint64 repairedEscapes = 0;       // Telegram's invalid \xHH escapes, rewritten as \u00HH
    qint64 repairedDuplicateKeys = 0; // a key given twice in one object: the last value wins
    qint64 localTimes = 0; // Telegram posts timed from "date" (local time of the exporting machine, no offset)
    qint64 firstMs = 0;    // the time span of the posts handed over
    qint64 lastMs = 0;
    QStringList sources; // chat names, subreddits, channels, in order of first appearance
    // On failure: "file: record: field: reason", the record being "message 12", "line 40" or "tweet 3".
    QString error;
};

// Called once per post in file order; return false to stop (the read then ends cancelled).
using SocialPostHandler = std::function<bool(const SocialPost& post)>;

} // namespace seance::social
