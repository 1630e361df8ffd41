// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace seance {

class Database;
struct DialogSeam;

// File › Import… for a CoinGecko or CoinMarketCap historical CSV (known by its header): asks which token the
// prices belong to (the token the file name suggests comes first, but the user picks), imports all or nothing
// and reports the outcome. Returns true when something was imported.
bool isMarketFile(const QString& file);
bool runMarketFileImport(QWidget* parent, const Database& db, const DialogSeam& dialogs, const QString& file);

} // namespace seance
