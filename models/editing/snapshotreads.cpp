// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/snapshotreads.h"

#include "models/storage/eventstore.h"
#include "models/storage/seriesstore.h"

namespace seance {
namespace {

template <typename Record, typename Store>
bool readWhere(const Store& store, const std::function<bool(const Record&)>& keep, QList<Record>* out, QString* error)
{
    QString readError;
    const QList<Record> all = store.all(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    out->clear();
    for (const Record& record : all) {
        if (keep(record))
            out->append(record);
    }
    return true;
}

} // namespace

bool eventsWhere(const Database& db, const std::function<bool(const EventRecord&)>& keep, QList<EventRecord>* out,
                 QString* error)
{
    return readWhere(EventStore(db), keep, out, error);
}

bool seriesWhere(const Database& db, const std::function<bool(const SeriesRecord&)>& keep, QList<SeriesRecord>* out,
                 QString* error)
{
    return readWhere(SeriesStore(db), keep, out, error);
}

QString missingRecordMessage(const QString& readError, const QString& missingText)
{
    return readError.isEmpty() ? missingText : readError;
}

} // namespace seance
