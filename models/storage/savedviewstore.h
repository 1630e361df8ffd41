// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Reads and writes saved views, keyed by name. Lists come back ordered by name.
class SavedViewStore final
{
public:
    explicit SavedViewStore(const Database& db);

    bool insert(const SavedViewRecord& view, QString* error = nullptr) const;
    // Replaces the state and creation time of the view with view.name; fails when there is none.
    bool update(const SavedViewRecord& view, QString* error = nullptr) const;
    bool remove(const QString& name, QString* error = nullptr) const;

    std::optional<SavedViewRecord> find(const QString& name, QString* error = nullptr) const;
    QList<SavedViewRecord> all(QString* error = nullptr) const;
    bool contains(const QString& name) const;

private:
    const Database& m_db;
};

} // namespace seance
