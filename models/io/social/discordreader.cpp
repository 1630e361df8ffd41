// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/discordreader.h"

#include "models/io/social/recordfilereading.h"
#include "models/io/social/socialjson.h"
#include "models/io/social/socialreadcontext.h"
#include "models/io/text/timestampparsing.h"

namespace seance::social {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::social::DiscordReader", text);
}

// The message types people write; the others (joins, pins, calls, renames, boosts) are the server's.
bool isUserMessage(const std::string& type)
{
    return type.empty() || type == "Default" || type == "Reply" || type == "ThreadStarterMessage" ||
           type == "ChatInputCommand" || type == "ContextMenuCommand";
}

class DiscordReader
{
public:
    explicit DiscordReader(SocialReadContext& context)
        : m_context(context)
    {
    }

    bool read(const QString& path);

private:
    bool messageToPost(const Json& message, FieldProblem* problem, bool* skip);

    SocialReadContext& m_context;
    SocialPost m_post;
    std::string m_guild;
    std::string m_channel;
};

bool DiscordReader::messageToPost(const Json& message, FieldProblem* problem, bool* skip)
{
    if (!message.is_object())
        return problem->wrongType({}, "a message object", message);
    RecordFields fields(message, problem);
    std::string type;
    if (!fields.string("type", &type, false))
        return false;
    if (!isUserMessage(type)) {
        ++m_context.report().skippedService;
        *skip = true;
        return true;
    }
    std::string id;
    std::string timestamp;
    if (!fields.string("id", &id, true) || !fields.string("timestamp", &timestamp, true))
        return false;
    const std::optional<qint64> time = parseIsoTimestamp(timestamp);
    if (!time)
        return fields.fail("timestamp", tr("not a valid time: \"%1\"").arg(QString::fromStdString(timestamp).left(40)));
    if (!fields.string("content", &m_post.text, true) || !fields.sumCounts("reactions", &m_post.engagement))
        return false;
    m_post.author.clear();
    bool isBot = false;
    if (const Json* author = fields.value("author")) {
        if (!author->is_object())
            return problem->wrongType(QStringLiteral("author"), "an object", *author);
        RecordFields authorFields(*author, problem, QStringLiteral("author."));
        if (!authorFields.string("name", &m_post.author, false))
            return false;
        if (const Json* bot = authorFields.value("isBot")) {
            if (!bot->is_boolean())
                return problem->wrongType(QStringLiteral("author.isBot"), "a boolean", *bot);
            isBot = bot->get<bool>();
        }
    }
    m_post.id = "discord:" + id;
    m_post.postedAtMs = *time;
    m_post.source = m_guild + " #" + m_channel;
    if (isBot && m_context.options().excludeBots) {
        ++m_context.report().skippedBots;
        *skip = true;
    } else if (m_post.text.empty()) { // an attachment, an embed or a sticker alone
        ++m_context.report().skippedEmpty;
        *skip = true;
    }
    return true;
}

bool DiscordReader::read(const QString& path)
{
    JsonRecordStream::Hooks hooks;
    hooks.isRecordArray = [](const std::string& arrayPath) { return arrayPath == "messages"; };
    hooks.onScalar = [this](const std::string& valuePath, const Json& value) {
        if (!value.is_string())
            return;
        if (valuePath == "guild.name")
            m_guild = value.get<std::string>();
        else if (valuePath == "channel.name")
            m_channel = value.get<std::string>();
    };
    return readJsonRecords(
        path, std::move(hooks), m_context, [](qint64 index, const Json*) { return tr("message %1").arg(index); },
        [this](const Json& message, FieldProblem* problem, bool* skip) {
            return messageToPost(message, problem, skip);
        },
        m_post);
}

} // namespace

bool readDiscordExport(const QString& path, SocialReadContext& context)
{
    return DiscordReader(context).read(path);
}

} // namespace seance::social
