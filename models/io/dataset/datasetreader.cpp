// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetreader.h"

#include "models/io/dataset/datasetsaxhandler.h"
#include "models/io/json/jsonbytesource.h"

#include <QCoreApplication>
#include <QIODevice>

namespace seance {

QString datasetSectionName(DatasetSection section)
{
    switch (section) {
    case DatasetSection::Tokens:
        return QStringLiteral("tokens");
    case DatasetSection::Narratives:
        return QStringLiteral("narratives");
    case DatasetSection::Events:
        return QStringLiteral("events");
    case DatasetSection::Posts:
        return QStringLiteral("posts");
    case DatasetSection::Series:
        return QStringLiteral("series");
    case DatasetSection::SavedViews:
        return QStringLiteral("saved_views");
    }
    return {};
}

QString DatasetRecord::location(const QString& field) const
{
    QString text = QStringLiteral("%1[%2]").arg(datasetSectionName(section)).arg(index);
    if (!field.isEmpty())
        text += QLatin1Char('.') + field;
    return text;
}

DatasetReadResult readDataset(QIODevice& input, const QString& displayName, const DatasetRecordHandler& onRecord,
                              const DatasetReadOptions& options, QString* error)
{
    dataset::JsonByteSource source(input, maxDatasetStringBytes, options.progress, options.cancel);
    dataset::DatasetSaxHandler handler(source, onRecord, options.cancel);
    const bool parsed = dataset::Json::sax_parse(dataset::JsonByteIterator(&source), dataset::JsonByteIterator(),
                                                 &handler, nlohmann::json::input_format_t::json, true, false);
    if (handler.isCancelled() || source.stopReason() == dataset::JsonByteSource::Stop::Cancelled) {
        if (error)
            *error = QCoreApplication::translate("seance::DatasetReader", "%1: reading was cancelled.")
                         .arg(displayName);
        return DatasetReadResult::Cancelled;
    }
    if (!parsed || handler.hasRecordErrors()) {
        if (error)
            *error = displayName + QStringLiteral(": ") + handler.message();
        return DatasetReadResult::Failed;
    }
    source.reportProgress();
    return DatasetReadResult::Finished;
}

} // namespace seance
