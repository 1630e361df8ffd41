// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Reads and writes imported series with their points. Each write is atomic (a savepoint). Lists come back
// ordered by id, points by time.
class SeriesStore final
{
public:
    explicit SeriesStore(const Database& db);

    bool insert(const SeriesRecord& series, QString* error = nullptr) const;
    // Replaces every field and all points of the series with series.id; fails when there is none.
    bool update(const SeriesRecord& series, QString* error = nullptr) const;
    // Adds the series or updates its fields, and adds its points, replacing the values of points at the same
    // times and keeping the others (a re-import of an overlapping file).
    bool merge(const SeriesRecord& series, QString* error = nullptr) const;
    // A token's series of one metric ("price"), with their points.
    QList<SeriesRecord> forToken(const QString& tokenId, const QString& metric, QString* error = nullptr) const;
    // Removes the series and its points.
    bool remove(const QString& id, QString* error = nullptr) const;

    std::optional<SeriesRecord> find(const QString& id, QString* error = nullptr) const;
    QList<SeriesRecord> all(QString* error = nullptr) const;
    bool contains(const QString& id) const;

private:
    const Database& m_db;
};

} // namespace seance
