// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/json/jsonfieldreader.h"
#include "models/io/json/jsonrecordparser.h"

#include "models/io/text/isotime.h"
#include "models/io/text/timestampparsing.h"
#include "models/storage/utf8text.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>

namespace seance::dataset {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatasetReaderText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatasetReader)
};

bool fitsInt64(const Json& v)
{
    return v.is_number_integer() && (!v.is_number_unsigned() || v.get<std::uint64_t>() <= std::uint64_t(INT64_MAX));
}

} // namespace

QString fromUtf8(const std::string& text)
{
    return utf8ToQString(text); // a value's leading U+FEFF is kept, so that a file imports as it was exported
}

QString jsonTypeName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return DatasetReaderText::tr("a string");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return DatasetReaderText::tr("a number");
    case Json::value_t::boolean:
        return DatasetReaderText::tr("true or false");
    case Json::value_t::object:
        return DatasetReaderText::tr("an object");
    case Json::value_t::array:
        return DatasetReaderText::tr("an array");
    default:
        return DatasetReaderText::tr("null");
    }
}

JsonFieldReader::JsonFieldReader(const Json& object, QString prefix, FieldError* error)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_error(error)
{
}

bool JsonFieldReader::allowOnly(std::initializer_list<const char*> names)
{
    for (const auto& member : m_object.get_ref<const Json::object_t&>()) {
        bool known = false;
        for (const char* name : names)
            known = known || member.first == std::string_view(name);
        if (known)
            continue;
        QStringList allowed;
        for (const char* name : names)
            allowed << QString::fromLatin1(name);
        return fail(fromUtf8(member.first),
                    DatasetReaderText::tr("unknown field (allowed: %1)").arg(allowed.join(QLatin1String(", "))));
    }
    return true;
}

// A linear scan with length-first comparison: records have a dozen members, where this beats ordered_map::find's
// comparisons against a C string.
const Json* JsonFieldReader::value(const char* name) const
{
    const std::string_view wanted(name);
    for (const auto& member : m_object.get_ref<const Json::object_t&>()) {
        if (member.first == wanted)
            return member.second.is_null() ? nullptr : &member.second;
    }
    return nullptr;
}

bool JsonFieldReader::fail(const QString& field, const QString& reason)
{
    m_error->field = m_prefix + field;
    m_error->reason = reason;
    return false;
}

bool JsonFieldReader::missing(const char* name)
{
    return fail(name, DatasetReaderText::tr("required field is missing"));
}

bool JsonFieldReader::wrongType(const char* name, const QString& expected, const Json& got)
{
    // The bad value itself, quoted, after its type: "expected a string, got a number (5)".
    return fail(name,
                DatasetReaderText::tr("expected %1, got %2 (%3)").arg(expected, jsonTypeName(got), describeValue(got)));
}

bool JsonFieldReader::string(const char* name, QString* out, bool required)
{
    const Json* v = value(name);
    if (!v)
        return !required || missing(name);
    if (!v->is_string())
        return wrongType(name, DatasetReaderText::tr("a string"), *v);
    *out = fromUtf8(v->get_ref<const std::string&>());
    if (required && out->isEmpty())
        return fail(name, DatasetReaderText::tr("must not be empty"));
    return true;
}

bool JsonFieldReader::oneOf(const char* name, QString* out, std::initializer_list<const char*> allowed)
{
    const Json* v = value(name);
    if (!v)
        return true;
    if (!string(name, out, false))
        return false;
    if (out->isEmpty())
        return true;
    QStringList names;
    for (const char* candidate : allowed) {
        if (*out == QLatin1String(candidate))
            return true;
        names << QString::fromLatin1(candidate);
    }
    return fail(name,
                DatasetReaderText::tr("%1 is not one of %2").arg(describeValue(*v), names.join(QLatin1String(", "))));
}

bool JsonFieldReader::stringList(const char* name, QStringList* out, bool unique)
{
    const Json* v = value(name);
    if (!v)
        return true;
    if (!v->is_array())
        return wrongType(name, DatasetReaderText::tr("an array of strings"), *v);
    QSet<QString> seen;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
        const Json& item = (*v)[i];
        if (!item.is_string())
            return fail(
                field,
                DatasetReaderText::tr("expected a string, got %1 (%2)").arg(jsonTypeName(item), describeValue(item)));
        QString text = fromUtf8(item.get_ref<const std::string&>());
        if (text.isEmpty())
            return fail(field, DatasetReaderText::tr("must not be empty"));
        if (unique && seen.contains(text))
            return fail(field, DatasetReaderText::tr("%1 is listed twice").arg(describeValue(item)));
        if (unique)
            seen.insert(text);
        out->append(std::move(text));
    }
    return true;
}

bool JsonFieldReader::links(const char* name, QList<Link>* out)
{
    const Json* v = value(name);
    if (!v)
        return true;
    if (!v->is_array())
        return wrongType(name, DatasetReaderText::tr("an array of {\"label\", \"url\"} objects"), *v);
    for (std::size_t i = 0; i < v->size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
        const Json& item = (*v)[i];
        if (!item.is_object())
            return fail(field, DatasetReaderText::tr("expected an object, got %1").arg(jsonTypeName(item)));
        JsonFieldReader link(item, m_prefix + field + QLatin1Char('.'), m_error);
        Link parsed;
        if (!link.allowOnly({"label", "url"}) || !link.string("label", &parsed.label, false)
            || !link.string("url", &parsed.url, false))
            return false;
        if (parsed.label.isEmpty() && parsed.url.isEmpty())
            return fail(field, DatasetReaderText::tr("needs a label, a url or both"));
        out->append(parsed);
    }
    return true;
}

bool JsonFieldReader::time(const char* name, std::optional<qint64>* out, TimeKind kind, bool required)
{
    const Json* v = value(name);
    if (!v)
        return !required || missing(name);
    *out = parseTime(QString::fromLatin1(name), *v, kind);
    return out->has_value();
}

std::optional<qint64> JsonFieldReader::parseTime(const QString& field, const Json& v, TimeKind kind)
{
    if (v.is_number_integer() && kind == TimeKind::Instant) {
        if (!fitsInt64(v) || !isSupportedTime(v.get<qint64>())) {
            fail(field,
                 DatasetReaderText::tr("%1 milliseconds is outside the years 0000 to 9999").arg(describeValue(v)));
            return std::nullopt;
        }
        return v.get<qint64>();
    }
    if (!v.is_string()) {
        fail(field, kind == TimeKind::Date
                        ? DatasetReaderText::tr("expected a date string YYYY-MM-DD, got %1").arg(jsonTypeName(v))
                        : DatasetReaderText::tr("expected an ISO 8601 string or integer milliseconds, got %1")
                              .arg(jsonTypeName(v)));
        return std::nullopt;
    }
    const std::string& text = v.get_ref<const std::string&>();
    const bool dateShaped = text.size() == 10;
    if (kind == TimeKind::Date && !dateShaped) {
        fail(field, DatasetReaderText::tr("%1 is not a date YYYY-MM-DD (use \"time\" for a date and time)")
                        .arg(describeValue(v)));
        return std::nullopt;
    }
    const std::optional<qint64> t = parseIsoTimestamp(text);
    if (!t || !isSupportedTime(*t)) {
        fail(field, dateShaped ? DatasetReaderText::tr("%1 is not a valid date").arg(describeValue(v))
                               : DatasetReaderText::tr("%1 is not a valid ISO 8601 time").arg(describeValue(v)));
        return std::nullopt;
    }
    return t;
}

bool JsonFieldReader::integer(const char* name, qint64* out)
{
    const Json* v = value(name);
    if (!v)
        return true;
    if (!fitsInt64(*v))
        return wrongType(name, DatasetReaderText::tr("an integer"), *v);
    *out = v->get<qint64>();
    return true;
}

bool JsonFieldReader::number(const char* name, std::optional<double>* out, double min, double max)
{
    const Json* v = value(name);
    if (!v)
        return true;
    if (!v->is_number())
        return wrongType(name, DatasetReaderText::tr("a number"), *v);
    const double d = v->get<double>();
    if (!(d >= min && d <= max))
        return fail(name, DatasetReaderText::tr("%1 is outside %2 to %3").arg(describeValue(*v)).arg(min).arg(max));
    *out = d;
    return true;
}

bool JsonFieldReader::boolean(const char* name, bool* out)
{
    const Json* v = value(name);
    if (!v)
        return true;
    if (!v->is_boolean())
        return wrongType(name, DatasetReaderText::tr("true or false"), *v);
    *out = v->get<bool>();
    return true;
}

} // namespace seance::dataset
