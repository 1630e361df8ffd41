// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace seance {

class Database;
struct DialogSeam;

// File › Import… for a series file: a CoinGecko or CoinMarketCap historical CSV (known by its header) or a generic
// series CSV (LunarCrush, Santiment: a time column and value columns). Asks which token the series belong to (the
// token the file name suggests comes first, but the user picks), imports all or nothing and reports the outcome,
// an error naming the line and column. Returns true when something was imported.
bool isMarketFile(const QString& file);
bool isSeriesFile(const QString& file);
bool runMarketFileImport(QWidget* parent, const Database& db, const DialogSeam& dialogs, const QString& file);

} // namespace seance
