// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/jsoncolumns.h"

#include "models/storage/utf8text.h"

#include <nlohmann/json.hpp>

namespace seance {
namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString fromUtf8(const std::string& text)
{
    return utf8ToQString(text);
}

QByteArray dumped(const Json& value)
{
    // QString conversions always yield valid UTF-8, so the strict handler cannot throw here.
    const std::string text = value.dump();
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

Json parsed(std::string_view text)
{
    return Json::parse(text.begin(), text.end(), nullptr, false);
}

} // namespace

QByteArray encodeStringListColumn(const QStringList& values)
{
    Json array = Json::array();
    for (const QString& value : values)
        array.push_back(utf8(value));
    return dumped(array);
}

QByteArray encodeLinksColumn(const QList<Link>& links)
{
    Json array = Json::array();
    for (const Link& link : links)
        array.push_back(Json{{"label", utf8(link.label)}, {"url", utf8(link.url)}});
    return dumped(array);
}

bool decodeStringListColumn(std::string_view text, QStringList* values)
{
    values->clear();
    if (text.empty())
        return true;
    const Json array = parsed(text);
    if (!array.is_array())
        return false;
    for (const Json& value : array) {
        if (!value.is_string())
            return false;
        values->append(fromUtf8(value.get_ref<const std::string&>()));
    }
    return true;
}

bool decodeLinksColumn(std::string_view text, QList<Link>* links)
{
    links->clear();
    if (text.empty())
        return true;
    const Json array = parsed(text);
    if (!array.is_array())
        return false;
    for (const Json& value : array) {
        if (!value.is_object())
            return false;
        Link link;
        for (const auto& [key, member] : value.items()) {
            if (!member.is_string())
                return false;
            if (key == "label")
                link.label = fromUtf8(member.get_ref<const std::string&>());
            else if (key == "url")
                link.url = fromUtf8(member.get_ref<const std::string&>());
        }
        links->append(link);
    }
    return true;
}

} // namespace seance
