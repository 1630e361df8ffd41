// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/socialjson.h"

#include <QCoreApplication>

#include <charconv>

namespace seance::social {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("seance::social::RecordFields", text);
}
} // namespace

bool FieldProblem::set(const QString& name, const QString& why)
{
    field = name;
    reason = why;
    return false;
}

bool FieldProblem::wrongType(const QString& name, const char* expected, const Json& got)
{
    return set(name, tr("wrong type: expected %1, got %2").arg(tr(expected), jsonKindName(got)));
}

bool FieldProblem::missing(const QString& name)
{
    return set(name, tr("missing"));
}

QString jsonKindName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::object:
        return QStringLiteral("an object");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::boolean:
        return QStringLiteral("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return QStringLiteral("an integer");
    case Json::value_t::number_float:
        return QStringLiteral("a number with a fraction");
    default:
        return QStringLiteral("another value");
    }
}

std::optional<qint64> parseDecimalInteger(const std::string& text)
{
    qint64 value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

const Json* RecordFields::value(const char* name) const
{
    const auto it = m_object.find(name);
    if (it == m_object.end() || it->is_null())
        return nullptr;
    return &*it;
}

bool RecordFields::string(const char* name, std::string* out, bool required)
{
    out->clear();
    const Json* v = value(name);
    if (!v)
        return required ? m_problem->missing(field(name)) : true;
    if (!v->is_string())
        return m_problem->wrongType(field(name), "a string", *v);
    *out = v->get_ref<const std::string&>();
    return true;
}

bool RecordFields::integer(const char* name, std::optional<qint64>* out, bool required)
{
    out->reset();
    const Json* v = value(name);
    if (!v)
        return required ? m_problem->missing(field(name)) : true;
    if (v->is_number_integer()) {
        *out = v->get<qint64>();
        return true;
    }
    if (v->is_string()) {
        *out = parseDecimalInteger(v->get_ref<const std::string&>());
        if (*out)
            return true;
        return m_problem->set(
            field(name),
            tr("not an integer: \"%1\"").arg(QString::fromStdString(v->get_ref<const std::string&>()).left(40)));
    }
    return m_problem->wrongType(field(name), "an integer", *v);
}

bool RecordFields::sumCounts(const char* name, qint64* total)
{
    *total = 0;
    const Json* list = value(name);
    if (!list)
        return true;
    if (!list->is_array())
        return m_problem->wrongType(field(name), "an array", *list);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const QString itemName = field(name) + QStringLiteral("[%1]").arg(i);
        if (!item.is_object())
            return m_problem->wrongType(itemName, "an object", item);
        RecordFields itemFields(item, m_problem, itemName + QLatin1Char('.'));
        std::optional<qint64> count;
        if (!itemFields.integer("count", &count, false))
            return false;
        if (count && *count > 0)
            *total += *count;
    }
    return true;
}

} // namespace seance::social
