// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/json/jsonrecordparser.h"

#include <QStringList>

#include <initializer_list>
#include <optional>

namespace seance::dataset {

enum class TimeKind {
    Date,    // "YYYY-MM-DD" only
    Instant, // an ISO 8601 date or date and time, or integer epoch milliseconds
};

QString jsonTypeName(const Json& value);
// Keeps a leading U+FEFF, which QString::fromUtf8() would drop.
QString fromUtf8(const std::string& text);

// Reads the members of one JSON object and records the first problem in a FieldError. Absent and null members
// are the same: both mean "unknown". Every reader returns false once it has recorded a problem.
class JsonFieldReader
{
public:
    JsonFieldReader(const Json& object, QString prefix, FieldError* error);

    bool allowOnly(std::initializer_list<const char*> names);
    const Json* value(const char* name) const;

    bool fail(const QString& field, const QString& reason);
    bool fail(const char* field, const QString& reason) { return fail(QString::fromLatin1(field), reason); }
    bool missing(const char* name);
    bool wrongType(const char* name, const QString& expected, const Json& got);

    // Empty strings count as unknown; a required one must be present and not empty.
    bool string(const char* name, QString* out, bool required);
    bool oneOf(const char* name, QString* out, std::initializer_list<const char*> allowed);
    bool stringList(const char* name, QStringList* out, bool unique);
    bool links(const char* name, QList<Link>* out);
    bool time(const char* name, std::optional<qint64>* out, TimeKind kind, bool required);
    std::optional<qint64> parseTime(const QString& field, const Json& value, TimeKind kind);
    bool integer(const char* name, qint64* out);
    bool number(const char* name, std::optional<double>* out, double min, double max);
    bool boolean(const char* name, bool* out);

private:
    const Json& m_object;
    QString m_prefix;
    FieldError* m_error;
};

} // namespace seance::dataset
