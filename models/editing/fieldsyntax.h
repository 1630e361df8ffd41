// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seance {

// The text forms of record fields that the edit dialogs show and the editor checks.

// Lowercase ASCII letters, digits, '-', '_' and ':', e.g. "xrpl-ghost-coin" or "event:2025-10-01".
bool isValidRecordId(const QString& id);
// A non-negative decimal without sign, exponent or separators ("10000000000", "420.69"); supplies can exceed
// every integer and double type, so they stay exact strings.
bool isDecimalAmount(const QString& text);
// An absolute http or https URL with a host: the only links Seance will open.
bool isWebUrl(const QString& url);
// "#rrggbb".
bool isColorName(const QString& text);

// One link a line, as "label | url". A line with only a label, or only a URL, stands for that half alone.
QString formatLinkLines(const QList<Link>& links);
// Fails, naming the line, when a URL is not http or https.
bool parseLinkLines(const QString& text, QList<Link>* links, QString* error);

// Comma-separated lists for tags, aliases and keywords: items are trimmed, and empty items and repeats dropped.
QString joinCommaList(const QStringList& items);
QStringList splitCommaList(const QString& text);

} // namespace seance
