// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <string_view>

namespace seance {

// The list-valued columns (aliases, keywords, links, sources) hold compact JSON arrays as UTF-8 text:
// ["a","b"] and [{"label":"…","url":"…"}]. One small table per list would cost a join on every read of
// data that is only ever read and written whole.
QByteArray encodeStringListColumn(const QStringList& values);
QByteArray encodeLinksColumn(const QList<Link>& links);

// Return false when the column does not hold the expected JSON shape (a file edited by other tools).
bool decodeStringListColumn(std::string_view text, QStringList* values);
bool decodeLinksColumn(std::string_view text, QList<Link>* links);

} // namespace seance
