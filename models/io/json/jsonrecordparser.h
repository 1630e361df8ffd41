// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace seance::dataset {

// One record of a dataset file as the streaming reader built it. Ordered, so that a saved view's state
// keeps its members in the order the file gave them.
using Json = nlohmann::ordered_json;

// Why a record was rejected: the field's path inside the record ("links[1].url") and the reason.
struct FieldError
{
    QString field;
    QString reason;
};

// Each function checks one record object against the dataset format, version 1 (docs/dataset-format.md):
// no unknown fields, required fields present, every value of the right type and range. Cross-record rules
// (unique ids, references) are the importer's.
bool parseToken(const Json& object, TokenRecord* token, FieldError* error);
bool parseNarrative(const Json& object, NarrativeRecord* narrative, FieldError* error);
bool parseEvent(const Json& object, EventRecord* event, FieldError* error);
// A dataset post: the record, and the further subjects of a post about several tokens or narratives (the
// file's "tokens" and "narratives" after their first), each once.
struct DatasetPost
{
    PostRecord post;
    QStringList moreTokenIds;
    QStringList moreNarrativeIds;
};
bool parsePost(const Json& object, DatasetPost* post, FieldError* error);
bool parseSeries(const Json& object, SeriesRecord* series, FieldError* error);
bool parseSavedView(const Json& object, SavedViewRecord* view, FieldError* error);

// A post's text is capped below the reader's general 1 MiB string cap: a post is short by nature.
inline constexpr qsizetype maxPostTextBytes = 64 * 1024;

// Used in error messages: a value as JSON text, shortened so a huge value cannot flood the message.
QString describeValue(const Json& value);

} // namespace seance::dataset
