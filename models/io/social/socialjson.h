// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace seance::social {

using Json = nlohmann::json;

// What is wrong with one field of a record; the readers put the file and the record in front.
struct FieldProblem
{
    QString field;
    QString reason;

    // Records the problem and returns false, so that checks read `return problem->set(…)`.
    bool set(const QString& name, const QString& why);
    bool wrongType(const QString& name, const char* expected, const Json& got);
    bool missing(const QString& name);
};

// The members of a record object, each read with its type checked. Absent and null both mean "not given".
class RecordFields
{
public:
    RecordFields(const Json& object, FieldProblem* problem, QString prefix = {})
        : m_object(object)
        , m_problem(problem)
        , m_prefix(std::move(prefix))
    {
    }

    const Json* value(const char* name) const;
    QString field(const char* name) const { return m_prefix + QLatin1String(name); }

    // A string member into *out ("" when not given); false on a wrong type, or when required and not given.
    bool string(const char* name, std::string* out, bool required);
    // An integer member, also accepted as a string of digits (exports write ids and counts both ways).
    bool integer(const char* name, std::optional<qint64>* out, bool required);
    // Adds up the "count" members of an array of objects (Telegram and Discord reactions).
    bool sumCounts(const char* name, qint64* total);

    bool fail(const char* name, const QString& reason) { return m_problem->set(field(name), reason); }

private:
    const Json& m_object;
    FieldProblem* m_problem;
    QString m_prefix;
};

QString jsonKindName(const Json& value);
// A string of decimal digits with an optional sign, as an integer.
std::optional<qint64> parseDecimalInteger(const std::string& text);

} // namespace seance::social
