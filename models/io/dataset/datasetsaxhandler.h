// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/dataset/datasetreader.h"
#include "models/io/json/jsonrecordparser.h"

#include <QSet>

#include <optional>
#include <string>
#include <vector>

namespace seance::dataset {

class JsonByteSource;

// The SAX handler behind readDataset(). It checks the top-level object (format, version, known arrays)
// itself, builds each element of the record arrays into a small DOM, turns that into a typed record with
// the jsonrecordparser functions and hands it on. Only one record is ever held.
//
// Depth: 1 = inside the top-level object, 2 = inside a record array, 3 and more = inside a record.
class DatasetSaxHandler
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    DatasetSaxHandler(JsonByteSource& source, const DatasetRecordHandler& onRecord, const std::atomic_bool* cancel);

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool value) { return scalar(Json(value)); }
    bool number_integer(number_integer_t value) { return scalar(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return scalar(Json(value)); }
    bool number_float(number_float_t value, const string_t&) { return scalar(Json(value)); }
    bool string(string_t& value) { return scalar(Json(std::move(value))); }
    bool binary(binary_t&) { return fail({}, QStringLiteral("binary values are not JSON")); }
    bool start_object(std::size_t);
    bool key(string_t& name);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();
    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex);

    // Records whose fields are wrong are reported together, up to this many, so one pass shows what to fix.
    static constexpr int maximumReportedErrors = 20;

    // Without the file name; readDataset() adds it. Every bad record found, then what stopped the reading.
    QString message() const;
    // Bad records were found (and skipped); the reading as a whole has failed even when the parse went on.
    bool hasRecordErrors() const { return !m_recordErrors.isEmpty(); }
    bool isCancelled() const { return m_cancelled; }

private:
    bool scalar(Json&& value);
    bool topLevelValue(Json&& value);
    bool topLevelKey(const std::string& name);
    bool enterContainer(Json&& empty);
    bool addToRecord(Json&& value, Json** inserted);
    bool emitRecord();
    bool fail(const QString& where, const QString& reason);
    QString here() const;
    QString recordLocation(const std::string& field = {}) const;

    JsonByteSource& m_source;
    const DatasetRecordHandler& m_onRecord;
    const std::atomic_bool* m_cancel;

    int m_depth = 0;
    std::string m_topKey;
    QSet<QString> m_topKeysSeen;
    bool m_formatSeen = false;
    bool m_versionSeen = false;
    std::optional<DatasetSection> m_section;
    qint64 m_index = 0;

    Json m_record;
    std::vector<Json*> m_stack; // the open containers of the record, m_record first
    std::string m_pendingKey;
    std::string m_recordKey; // the record's field being read, for error messages
    bool m_afterKey = false;
    qint64 m_recordValues = 0;
    DatasetRecord m_current;

    QString m_message;
    QStringList m_recordErrors;
    bool m_cancelled = false;
};

} // namespace seance::dataset
