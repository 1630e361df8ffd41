// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postparser.h"

#include "storage/database.h"
#include "timestampparsing.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cmath>
#include <cstring>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::PostParser", text);
}

QString fieldName(std::string_view name)
{
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

enum class Field { Ignored, Time, Token, Narrative, Text, Author, Lang, Engagement, Id };

// Time keys in order of preference when a record has several.
constexpr std::string_view timeKeys[] = {"time", "posted_at", "timestamp", "date"};

Field fieldOf(std::string_view key, int* timeRank)
{
    for (int i = 0; i < 4; ++i) {
        if (key == timeKeys[i]) {
            *timeRank = i;
            return Field::Time;
        }
    }
    if (key == "text")
        return Field::Text;
    if (key == "token")
        return Field::Token;
    if (key == "narrative")
        return Field::Narrative;
    if (key == "author")
        return Field::Author;
    if (key == "lang")
        return Field::Lang;
    if (key == "engagement")
        return Field::Engagement;
    if (key == "id")
        return Field::Id;
    return Field::Ignored;
}

QString invalidTime()
{
    return tr("not an ISO 8601 time or an epoch number in seconds or milliseconds");
}

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
        m_slot.fail(field, tr("invalid JSON at byte %1: %2").arg(position).arg(detail));
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
                m_slot.fail(keyName(), tr("must not be negative"));
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
        m_slot.fail(keyName(), tr("wrong type: expected %1").arg(QLatin1String(expected)));
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
        m_slot.fail(QString(), tr("not a JSON object"));
        return false;
    }

    PostSlot& m_slot;
    std::string m_lastKey;
    bool m_afterKey = false;
    int m_depth = 0;
    int m_timeRank = 0;
    Field m_field = Field::Ignored;
};

std::string_view trimmedField(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace

void PostSlot::fail(const QString& field, const QString& reason)
{
    if (failed())
        return; // the first problem found is the one reported
    errorField = field;
    errorReason = reason;
}

void PostSlot::reset(qint64 lineNumber)
{
    line = lineNumber;
    raw.clear();
    id.clear();
    token.clear();
    narrative.clear();
    author.clear();
    lang.clear();
    text.clear();
    time.clear();
    engagement.clear();
    postedAt = 0;
    engagementValue = 0;
    compound.reset();
    pos = neu = neg = 0;
    errorField.clear();
    errorReason.clear();
}

bool KnownSubjects::load(const Database& db, QString* error)
{
    tokens.clear();
    narratives.clear();
    const std::pair<const char*, std::unordered_set<std::string>*> tables[] = {
        {"SELECT id FROM tokens", &tokens}, {"SELECT id FROM narratives", &narratives}};
    for (const auto& [sql, target] : tables) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
            return false;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            target->emplace(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    return true;
}

std::optional<PostCsvColumns> PostCsvColumns::fromHeader(const std::vector<std::string_view>& header, QString* error)
{
    PostCsvColumns columns;
    columns.count = static_cast<int>(header.size());
    int timeRank = 4;
    for (int i = 0; i < columns.count; ++i) {
        std::string name(trimmedField(header[static_cast<std::size_t>(i)]));
        for (char& c : name)
            c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        int rank = 0;
        int* target = nullptr;
        switch (fieldOf(name, &rank)) {
        case Field::Time:
            if (rank < timeRank) {
                timeRank = rank;
                columns.time = i;
            }
            break;
        case Field::Token:
            target = &columns.token;
            break;
        case Field::Narrative:
            target = &columns.narrative;
            break;
        case Field::Text:
            target = &columns.text;
            break;
        case Field::Author:
            target = &columns.author;
            break;
        case Field::Lang:
            target = &columns.lang;
            break;
        case Field::Engagement:
            target = &columns.engagement;
            break;
        case Field::Id:
            target = &columns.id;
            break;
        case Field::Ignored:
            break;
        }
        if (target && *target < 0)
            *target = i;
    }
    QString missing;
    if (columns.time < 0)
        missing = tr("time column (time, posted_at, timestamp or date)");
    else if (columns.text < 0)
        missing = tr("text column");
    else if (columns.token < 0 && columns.narrative < 0)
        missing = tr("token or narrative column");
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("the header has no %1").arg(missing);
        return std::nullopt;
    }
    return columns;
}

void PostCsvColumns::assign(const std::vector<std::string_view>& fields, PostSlot& slot) const
{
    if (static_cast<int>(fields.size()) != count) {
        slot.fail(QString(), tr("expected %1 fields as in the header, found %2").arg(count).arg(fields.size()));
        return;
    }
    auto copy = [&](int column, std::string& target) {
        if (column >= 0)
            target.assign(fields[static_cast<std::size_t>(column)]);
    };
    copy(time, slot.time);
    copy(token, slot.token);
    copy(narrative, slot.narrative);
    copy(text, slot.text);
    copy(author, slot.author);
    copy(lang, slot.lang);
    copy(engagement, slot.engagement);
    copy(id, slot.id);
}

PostParser::PostParser(const KnownSubjects& subjects, ScoreFunction score)
    : m_subjects(subjects)
    , m_score(std::move(score))
{
}

void PostParser::parseJson(PostSlot& slot) const
{
    if (slot.failed())
        return;
    JsonHandler handler(slot);
    const bool ok = nlohmann::json::sax_parse(slot.raw.data(), slot.raw.data() + slot.raw.size(), &handler);
    if (!ok || slot.failed()) {
        if (!slot.failed())
            slot.fail(QString(), tr("invalid JSON"));
        return;
    }
    if (!handler.sawTime) {
        slot.fail(QStringLiteral("time"), tr("missing (expected time, posted_at, timestamp or date)"));
        return;
    }
    if (!handler.sawText) {
        slot.fail(QStringLiteral("text"), tr("missing"));
        return;
    }
    validate(slot);
}

void PostParser::parseCsv(PostSlot& slot) const
{
    if (slot.failed())
        return;
    // Quoted CSV fields carry raw bytes; JSON strings were already checked by the JSON parser.
    const std::pair<const char*, const std::string*> fields[] = {
        {"time", &slot.time},     {"token", &slot.token},   {"narrative", &slot.narrative},
        {"text", &slot.text},     {"author", &slot.author}, {"lang", &slot.lang},
        {"engagement", &slot.engagement}, {"id", &slot.id}};
    for (const auto& [name, value] : fields) {
        if (!isValidUtf8(*value)) {
            slot.fail(QLatin1String(name), tr("invalid UTF-8"));
            return;
        }
    }
    const std::optional<qint64> time = parseTimestamp(slot.time);
    if (!time) {
        slot.fail(QStringLiteral("time"), slot.time.empty() ? tr("missing") : invalidTime());
        return;
    }
    slot.postedAt = *time;
    const std::string_view engagement = trimmedField(slot.engagement);
    qint64 value = 0;
    for (const char c : engagement) {
        if (c < '0' || c > '9' || value > (std::numeric_limits<qint64>::max() - 9) / 10) {
            slot.fail(QStringLiteral("engagement"), tr("must be a non-negative integer"));
            return;
        }
        value = value * 10 + (c - '0');
    }
    slot.engagementValue = value;
    validate(slot);
}

void PostParser::validate(PostSlot& slot) const
{
    if (slot.text.size() > maxPostTextBytes) {
        slot.fail(QStringLiteral("text"), tr("longer than %1 bytes").arg(maxPostTextBytes));
        return;
    }
    const std::pair<const char*, const std::string*> capped[] = {
        {"id", &slot.id}, {"token", &slot.token}, {"narrative", &slot.narrative},
        {"author", &slot.author}, {"lang", &slot.lang}};
    for (const auto& [name, value] : capped) {
        if (value->size() > maxPostFieldBytes) {
            slot.fail(QLatin1String(name), tr("longer than %1 bytes").arg(maxPostFieldBytes));
            return;
        }
    }
    if (slot.token.empty() && slot.narrative.empty()) {
        slot.fail(QStringLiteral("token"), tr("missing: a post needs a token or a narrative"));
        return;
    }
    if (!slot.token.empty() && !m_subjects.tokens.contains(slot.token)) {
        slot.fail(QStringLiteral("token"), tr("unknown token id \"%1\"").arg(QString::fromStdString(slot.token)));
        return;
    }
    if (!slot.narrative.empty() && !m_subjects.narratives.contains(slot.narrative)) {
        slot.fail(QStringLiteral("narrative"),
                  tr("unknown narrative id \"%1\"").arg(QString::fromStdString(slot.narrative)));
        return;
    }
    if (m_score) {
        const SentimentScore score = m_score(slot.text);
        if (score.scored) {
            slot.compound = score.compound;
            slot.pos = score.pos;
            slot.neu = score.neu;
            slot.neg = score.neg;
        }
    }
}

bool isValidUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p != end) {
        // ASCII fast path, eight bytes at a time.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace seance
