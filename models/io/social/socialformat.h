// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance::social {

// The names --format takes: "telegram", "reddit", "x", "discord".
QString socialFormatName(SocialFormat format);
std::optional<SocialFormat> socialFormatFromName(const QString& name);
QList<SocialFormat> allSocialFormats();
// What a user calls the format: "Telegram Desktop JSON", "Reddit dump (NDJSON)", …
QString socialFormatTitle(SocialFormat format);

// Tells the export's kind from its content: the first bytes of the file (decompressed when it is zstd) and
// its first record, not its name. A folder is an X archive when it holds data/tweets.js or tweets.js. A file
// that is none of them sets *error to what was tried and why each did not fit; the returned value then means
// nothing. On success *error is cleared. When given, *fitsNone tells the two failures apart: true when the
// content was read and fit none of the formats (or was empty), false when it was recognised, as a zip or a
// folder, and broke there, or could not be read at all.
SocialFormat detectSocialFormat(const QString& path, QString* error, bool* fitsNone = nullptr);

} // namespace seance::social
