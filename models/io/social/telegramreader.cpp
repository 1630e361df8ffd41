// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/telegramreader.h"

#include "models/io/social/recordfilereading.h"
#include "models/io/social/socialjson.h"
#include "models/io/social/socialreadcontext.h"
#include "models/io/text/isotime.h"
#include "models/io/text/timestampparsing.h"

#include <QDateTime>

namespace seance::social {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::social::TelegramReader", text);
}

constexpr std::string_view chatPrefixes[] = {"chats.list[]", "left_chats.list[]"};

// The chat a member path belongs to: "name" of a single-chat export, "chats.list[].name" of a full one.
std::string_view chatMember(std::string_view path)
{
    for (std::string_view prefix : chatPrefixes)
        if (path.size() > prefix.size() + 1 && path.substr(0, prefix.size()) == prefix && path[prefix.size()] == '.')
            return path.substr(prefix.size() + 1);
    return path;
}

class TelegramReader
{
public:
    explicit TelegramReader(SocialReadContext& context)
        : m_context(context)
    {
    }

    bool read(const QString& path);

private:
    QString recordName(qint64 index, const Json* message) const;
    void startChat()
    {
        m_account = true;
        ++m_chatIndex;
        m_chatName.clear();
        m_chatId.clear();
        m_chatType.clear();
    }
    void onScalar(const std::string& path, const Json& value);
    bool messageToPost(const Json& message, FieldProblem* problem, bool* skip);
    bool joinText(const Json& text, const QString& field, FieldProblem* problem);
    bool readTime(RecordFields& fields, FieldProblem* problem);

    SocialReadContext& m_context;
    SocialPost m_post;
    bool m_account = false;
    qint64 m_chatIndex = 0;
    std::string m_chatName;
    std::string m_chatId;
    std::string m_chatType;
};

void TelegramReader::onScalar(const std::string& path, const Json& value)
{
    const std::string_view member = chatMember(path);
    if (member == "name" && value.is_string())
        m_chatName = value.get<std::string>();
    else if (member == "type" && value.is_string())
        m_chatType = value.get<std::string>();
    else if (member == "id" && value.is_number_integer())
        m_chatId = std::to_string(value.get<qint64>());
    else if (member == "id" && value.is_string())
        m_chatId = value.get<std::string>();
}

bool TelegramReader::joinText(const Json& text, const QString& field, FieldProblem* problem)
{
    if (text.is_string()) {
        m_post.text = text.get<std::string>();
        return true;
    }
    if (!text.is_array())
        return problem->wrongType(field, "a string or an array", text);
    m_post.text.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const Json& part = text[i];
        if (part.is_string()) {
            m_post.text += part.get_ref<const std::string&>();
            continue;
        }
        const QString partName = field + QStringLiteral("[%1]").arg(i);
        if (!part.is_object())
            return problem->wrongType(partName, "a string or an entity object", part);
        std::string entityText;
        if (!RecordFields(part, problem, partName + QLatin1Char('.')).string("text", &entityText, false))
            return false;
        m_post.text += entityText;
    }
    return true;
}

bool TelegramReader::readTime(RecordFields& fields, FieldProblem* problem)
{
    std::optional<qint64> seconds;
    if (!fields.integer("date_unixtime", &seconds, false))
        return false;
    if (seconds) {
        m_post.postedAtMs = *seconds * 1000;
        if (*seconds < 0 || !isSupportedTime(m_post.postedAtMs))
            return fields.fail("date_unixtime", tr("impossible time: %1 seconds since 1970").arg(*seconds));
        return true;
    }
    // Old exports have only "date": the exporting machine's local time, without an offset.
    std::string date;
    if (!fields.string("date", &date, false))
        return false;
    if (date.empty())
        return problem->set(QStringLiteral("date_unixtime"), tr("missing, and no \"date\" either"));
    const std::optional<qint64> asUtc = parseIsoTimestamp(date);
    if (!asUtc)
        return fields.fail("date", tr("not a valid time: \"%1\"").arg(QString::fromStdString(date).left(40)));
    if (date.size() != 19) { // an explicit offset or Z: not local time
        m_post.postedAtMs = *asUtc;
        return true;
    }
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(*asUtc, Qt::UTC);
    m_post.postedAtMs = QDateTime(wall.date(), wall.time(), Qt::LocalTime).toMSecsSinceEpoch();
    ++m_context.report().localTimes;
    return true;
}

bool TelegramReader::messageToPost(const Json& message, FieldProblem* problem, bool* skip)
{
    if (!message.is_object())
        return problem->wrongType({}, "a message object", message);
    RecordFields fields(message, problem);
    std::string type;
    if (!fields.string("type", &type, false))
        return false;
    if (type == "service" || type == "unsupported") {
        ++m_context.report().skippedService;
        *skip = true;
        return true;
    }
    std::optional<qint64> id;
    if (!fields.integer("id", &id, true) || !readTime(fields, problem))
        return false;
    if (const Json* text = fields.value("text")) {
        if (!joinText(*text, QStringLiteral("text"), problem))
            return false;
    } else if (const Json* entities = fields.value("text_entities")) {
        if (!joinText(*entities, QStringLiteral("text_entities"), problem))
            return false;
    } else {
        return problem->missing(QStringLiteral("text"));
    }
    if (!fields.string("from", &m_post.author, false) || !fields.sumCounts("reactions", &m_post.engagement))
        return false;
    if (m_chatId.empty())
        return problem->set(QStringLiteral("id"), tr("the chat's \"id\" must come before its \"messages\""));
    m_post.id = "tg:" + m_chatId + ":" + std::to_string(*id);
    if (!m_chatName.empty())
        m_post.source = m_chatName;
    else if (m_chatType == "saved_messages")
        m_post.source = tr("Saved Messages").toStdString();
    else
        m_post.source = tr("Telegram chat %1").arg(QString::fromStdString(m_chatId)).toStdString();
    if (m_post.text.empty()) { // a sticker, a photo or a file without a caption
        ++m_context.report().skippedEmpty;
        *skip = true;
    }
    return true;
}

QString TelegramReader::recordName(qint64 index, const Json* message) const
{
    QString name = m_account ? tr("chat %1, message %2").arg(m_chatIndex).arg(index) : tr("message %1").arg(index);
    if (message && message->is_object() && message->contains("id") && (*message)["id"].is_number_integer())
        name += tr(" (id %1)").arg((*message)["id"].get<qint64>());
    return name;
}

bool TelegramReader::read(const QString& path)
{
    JsonRecordStream::Hooks hooks;
    hooks.isRecordArray = [](const std::string& arrayPath) { return chatMember(arrayPath) == "messages"; };
    hooks.onObject = [this](const std::string& objectPath) {
        for (std::string_view prefix : chatPrefixes)
            if (objectPath == prefix)
                startChat();
    };
    hooks.onScalar = [this](const std::string& valuePath, const Json& value) { onScalar(valuePath, value); };
    return readJsonRecords(
        path, std::move(hooks), m_context,
        [this](qint64 index, const Json* message) { return recordName(index, message); },
        [this](const Json& message, FieldProblem* problem, bool* skip) {
            return messageToPost(message, problem, skip);
        },
        m_post);
}

} // namespace

bool readTelegramExport(const QString& path, SocialReadContext& context)
{
    return TelegramReader(context).read(path);
}

} // namespace seance::social
