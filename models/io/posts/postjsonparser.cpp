// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Lines half of PostParser.
#include "models/io/json/jsonflatobject.h"
#include "models/io/posts/postfields.h"
#include "models/io/posts/postparser.h"
#include "models/io/text/timestampparsing.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <limits>

namespace seance {
namespace {

using namespace postfields;

// nlohmann's SAX interface: values go straight into the slot's reusable buffers, with no DOM.
class JsonHandler
{
public:
    using json = nlohmann::json;

    explicit JsonHandler(PostSlot& slot)
        : m_slot(slot)
    {
    }

    bool sawText = false;
    bool sawTime = false;

    bool null() { return scalar(Kind::Null); }
    bool boolean(bool) { return scalar(Kind::Other); }
    bool number_integer(json::number_integer_t value) { return integer(value); }
    bool number_unsigned(json::number_unsigned_t value)
    {
        m_afterKey = false;
        if (value > static_cast<json::number_unsigned_t>(std::numeric_limits<qint64>::max()))
            return number_float(static_cast<double>(value), {});
        return integer(static_cast<qint64>(value));
    }
    bool number_float(json::number_float_t value, const json::string_t&)
    {
        m_afterKey = false;
        if (m_depth == 0)
            return notAnObject();
        if (m_depth > 1 || m_field == Field::Ignored)
            return true;
        if (m_field == Field::Time)
            return setTime(timestampFromEpoch(value));
        if (m_field == Field::Engagement && std::isfinite(value) && value >= 0 && value == std::floor(value)
            && value < 9e18) {
            m_slot.engagementValue = static_cast<qint64>(value);
            return true;
        }
        return wrongType();
    }
    bool string(json::string_t& value)
    {
        m_afterKey = false;
        if (m_depth != 1)
            return m_depth > 1 || notAnObject();
        switch (m_field) {
        case Field::Ignored:
            return true;
        case Field::Time:
            return setTime(parseTimestamp(value));
        case Field::Text:
            sawText = true;
            m_slot.text.assign(value);
            return true;
        case Field::Token:
            m_slot.token.assign(value);
            return true;
        case Field::Narrative:
            m_slot.narrative.assign(value);
            return true;
        case Field::Author:
            m_slot.author.assign(value);
            return true;
        case Field::Lang:
            m_slot.lang.assign(value);
            return true;
        case Field::Id:
            m_slot.id.assign(value);
            return true;
        case Field::Engagement:
            return wrongType();
        }
        return true;
    }
    bool binary(json::binary_t&) { return scalar(Kind::Other); }
    bool start_object(std::size_t)
    {
        m_afterKey = false;
        if (m_depth == 1 && m_field != Field::Ignored)
            return wrongType();
        ++m_depth;
        return true;
    }
    bool key(json::string_t& name)
    {
        if (m_depth == 1) {
            m_lastKey.assign(name);
            m_afterKey = true;
            int rank = 0;
            m_field = fieldOf(name, &rank);
            if (m_field == Field::Time) {
                // A lower-ranked time key must not override a preferred one already read.
                if (sawTime && rank > m_timeRank)
                    m_field = Field::Ignored;
                else
                    m_timeRank = rank;
            }
        }
        return true;
    }
    bool end_object()
    {
        --m_depth;
        return true;
    }
    bool start_array(std::size_t)
    {
        m_afterKey = false;
        if (m_depth == 0)
            return notAnObject();
        if (m_depth == 1 && m_field != Field::Ignored)
            return wrongType();
        ++m_depth;
        return true;
    }
    bool end_array()
    {
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
    {
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column N: ".
        QString detail = QString::fromUtf8(ex.what());
        const qsizetype colon = detail.indexOf(QLatin1String(": "));
        if (colon >= 0)
            detail = detail.mid(colon + 2);
        // Right after a key the parser was reading that key's value (a bad string, literal or number).
        const QString field = m_afterKey ? fieldName(m_lastKey) : QString();
        m_slot.fail(field, PostParserText::tr("invalid JSON at byte %1: %2").arg(position).arg(detail));
        return false;
    }

private:
    enum class Kind { Null, Other };

    bool scalar(Kind kind)
    {
        m_afterKey = false;
        if (m_depth == 0)
            return notAnObject();
        if (m_depth > 1 || m_field == Field::Ignored)
            return true;
        // null reads as "absent" for the optional fields; the required ones then fail as missing.
        if (kind == Kind::Null && m_field != Field::Time && m_field != Field::Text)
            return true;
        return wrongType();
    }
    bool integer(qint64 value)
    {
        m_afterKey = false;
        if (m_depth == 0)
            return notAnObject();
        if (m_depth > 1 || m_field == Field::Ignored)
            return true;
        switch (m_field) {
        case Field::Time:
            return setTime(timestampFromEpoch(value));
        case Field::Engagement:
            if (value < 0) {
                m_slot.fail(keyName(), PostParserText::tr("must not be negative"));
                return false;
            }
            m_slot.engagementValue = value;
            return true;
        case Field::Id: {
            // Numeric ids (as many exports write them) are stored as their decimal text.
            char digits[24];
            const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
            m_slot.id.assign(digits, static_cast<std::size_t>(length));
            return true;
        }
        default:
            return wrongType();
        }
    }
    bool setTime(std::optional<qint64> time)
    {
        if (!time) {
            m_slot.fail(keyName(), invalidTime());
            return false;
        }
        sawTime = true;
        m_slot.postedAt = *time;
        return true;
    }
    bool wrongType()
    {
        const char* expected = "a string";
        switch (m_field) {
        case Field::Time:
            expected = "a string or a number";
            break;
        case Field::Engagement:
            expected = "a non-negative integer";
            break;
        case Field::Id:
            expected = "a string or an integer";
            break;
        default:
            break;
        }
        m_slot.fail(keyName(), PostParserText::tr("wrong type: expected %1").arg(QLatin1String(expected)));
        return false;
    }
    // Built only on the failure path: the lexer reuses the key's buffer for the value.
    QString keyName() const
    {
        switch (m_field) {
        case Field::Time:
            return fieldName(timeKeys[m_timeRank]);
        case Field::Text:
            return QStringLiteral("text");
        case Field::Token:
            return QStringLiteral("token");
        case Field::Narrative:
            return QStringLiteral("narrative");
        case Field::Author:
            return QStringLiteral("author");
        case Field::Lang:
            return QStringLiteral("lang");
        case Field::Engagement:
            return QStringLiteral("engagement");
        case Field::Id:
            return QStringLiteral("id");
        case Field::Ignored:
            break;
        }
        return QString();
    }
    bool notAnObject()
    {
        m_slot.fail(QString(), PostParserText::tr("not a JSON object"));
        return false;
    }

    PostSlot& m_slot;
    std::string m_lastKey;
    bool m_afterKey = false;
    int m_depth = 0;
    int m_timeRank = 0;
    Field m_field = Field::Ignored;
};

} // namespace

void PostParser::parseJson(PostSlot& slot) const
{
    if (slot.failed())
        return;
    const auto finish = [&slot, this](bool ok, const JsonHandler& handler) {
        if (!ok || slot.failed()) {
            if (!slot.failed())
                slot.fail(QString(), PostParserText::tr("invalid JSON"));
            return;
        }
        if (!handler.sawTime) {
            slot.fail(QStringLiteral("time"),
                      PostParserText::tr("missing (expected time, posted_at, timestamp or date)"));
            return;
        }
        if (!handler.sawText) {
            slot.fail(QStringLiteral("text"), PostParserText::tr("missing"));
            return;
        }
        validate(slot);
    };
    // Most lines take the flat reader; the rest, and every malformed line, the full parser, which also
    // words the error messages.
    thread_local std::string scratch;
    JsonHandler flatHandler(slot);
    const FlatParse flat = FlatObjectReader<JsonHandler>(slot.raw, flatHandler, scratch).run();
    if (flat != FlatParse::Unsupported) {
        finish(flat == FlatParse::Done, flatHandler);
        return;
    }
    slot.clearParsedFields();
    JsonHandler handler(slot);
    const bool ok = nlohmann::json::sax_parse(slot.raw.data(), slot.raw.data() + slot.raw.size(), &handler);
    finish(ok, handler);
}

} // namespace seance
