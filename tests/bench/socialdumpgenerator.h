// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <string>

namespace seance::bench {

// Made-up exports in the real structures (docs/import-formats.md), for the readers' and the import's
// benchmarks. Deterministic: the same arguments give the same bytes on every machine.

// One Reddit comment line as Arctic Shift writes them (sorted keys, ~700 bytes, no body_html), with a body
// of 60–200 bytes mentioning the sample's tokens now and then. One in 40 is [deleted] or [removed]; one in
// 50 has created_utc as a decimal string and one in 50 as a float.
void appendRedditComment(qint64 index, std::string& out);

// Writes `comments` such lines through `zstd --long=31` (the dumps' 2 GiB window; windowLog picks another)
// into zstPath. Returns the uncompressed size in bytes, or -1 with *error set.
qint64 writeRedditZst(const QString& zstPath, qint64 comments, QString* error, int windowLog = 31);

// A Telegram Desktop single-chat export of about `bytes` bytes: pretty-printed like the exporter's, text
// arrays with entities, reactions, service messages, an invalid \xHH escape now and then.
qint64 writeTelegramExport(const QString& path, qint64 bytes, QString* error);

} // namespace seance::bench
