// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/jsonlayout.h"

namespace seance::dataset {
namespace {

void appendScalar(std::string& out, const Json& value)
{
    out += value.dump(-1, ' ', false, Json::error_handler_t::strict);
}

void appendKey(std::string& out, const std::string& key)
{
    appendScalar(out, Json(key));
    out += ": ";
}

bool holdsOnlyScalars(const Json& value)
{
    for (const Json& item : value) {
        if (item.is_structured())
            return false;
    }
    return true;
}

void appendMembers(std::string& out, const Json& value, int indent)
{
    const bool object = value.is_object();
    out += object ? "{\n" : "[\n";
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out.append(static_cast<std::size_t>(indent + 2), ' ');
        if (object)
            appendKey(out, it.key());
        appendBlock(out, it.value(), indent + 2);
    }
    out += '\n';
    out.append(static_cast<std::size_t>(indent), ' ');
    out += object ? '}' : ']';
}

} // namespace

void appendInline(std::string& out, const Json& value)
{
    if (!value.is_structured()) {
        appendScalar(out, value);
        return;
    }
    const bool object = value.is_object();
    out += object ? '{' : '[';
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += ", ";
        first = false;
        if (object)
            appendKey(out, it.key());
        appendInline(out, it.value());
    }
    out += object ? '}' : ']';
}

void appendBlock(std::string& out, const Json& value, int indent)
{
    if (!value.is_structured() || value.empty() || holdsOnlyScalars(value))
        appendInline(out, value);
    else
        appendMembers(out, value, indent);
}

void appendRecord(std::string& out, const Json& object, int indent)
{
    if (object.empty())
        appendInline(out, object);
    else
        appendMembers(out, object, indent);
}

} // namespace seance::dataset
