// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Reads and writes narratives. Each write is atomic (a savepoint); lists come back ordered by id.
class NarrativeStore final
{
public:
    explicit NarrativeStore(const Database& db);

    bool insert(const NarrativeRecord& narrative, QString* error = nullptr) const;
    // Replaces every field of the narrative with narrative.id; fails when there is none.
    bool update(const NarrativeRecord& narrative, QString* error = nullptr) const;
    // Removes the narrative together with its events and series (schema cascades). Refused while posts
    // refer to it: deleting them would leave the sentiment buckets stale.
    bool remove(const QString& id, QString* error = nullptr) const;

    std::optional<NarrativeRecord> find(const QString& id, QString* error = nullptr) const;
    QList<NarrativeRecord> all(QString* error = nullptr) const;
    bool contains(const QString& id) const;
    // Every id, sorted; empty with *error when the query failed.
    std::optional<QStringList> ids(QString* error = nullptr) const;

private:
    const Database& m_db;
};

} // namespace seance
