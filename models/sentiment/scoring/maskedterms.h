// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace seance {

class Database;

// Every name the scorer should treat as a name rather than a word: token names, symbols and aliases,
// and narrative keywords, each once (compared case-insensitively), in the order the tables hold them.
// Pass the result to Scorer::setMaskedTerms(). Returns what could be read; a failed query is logged.
QStringList maskedTermsFromDatabase(const Database& db);

} // namespace seance
