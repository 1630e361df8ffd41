// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/socialformat.h"

#include "models/io/social/escaperepair.h"
#include "models/io/social/xarchivefiles.h"
#include "models/io/social/ziparchive.h"
#include "models/io/social/zstdinputdevice.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <set>

namespace seance::social {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SocialFormatText
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::SocialFormat)
};

// Enough to hold the top-level keys of any of the formats and the first record of a dump.
constexpr qint64 headBytes = 256 * 1024;

// Collects the member names near the top of a document, tagged with their depth: "1:messages", "2:tweet".
// The head is cut off mid-document, so the parse always ends in an error; what was seen until then is enough.
class KeyCollector
{
public:
    using json = nlohmann::json;
    std::set<std::string> keys;
    bool rootIsArray = false;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t&) { return true; }
    bool string(json::string_t&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& name)
    {
        if (m_depth <= 3)
            keys.insert(std::to_string(m_depth) + ":" + name);
        return keys.size() < 4096;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
    bool has(int depth, const char* name) const { return keys.count(std::to_string(depth) + ":" + name) != 0; }

private:
    bool open(bool array)
    {
        if (m_depth == 0)
            rootIsArray = array;
        ++m_depth;
        return true;
    }
    bool close()
    {
        --m_depth;
        return m_depth > 0; // the first complete value is all that is looked at (an NDJSON dump's first line)
    }
    int m_depth = 0;
};

bool looksLikeTelegram(const KeyCollector& keys)
{
    if (keys.rootIsArray || keys.has(1, "guild"))
        return false;
    if (keys.has(1, "messages"))
        return true;
    for (const char* key : {"personal_information", "chats", "left_chats", "contacts", "frequent_contacts",
                            "profile_pictures", "sessions", "other_data"})
        if (keys.has(1, key))
            return true;
    return false;
}

bool looksLikeReddit(const KeyCollector& keys)
{
    return !keys.rootIsArray && keys.has(1, "subreddit") && keys.has(1, "created_utc") &&
           (keys.has(1, "body") || keys.has(1, "title"));
}

bool looksLikeTweets(const KeyCollector& keys)
{
    if (!keys.rootIsArray)
        return false;
    if (keys.has(2, "tweet"))
        return true;
    return keys.has(2, "created_at") && (keys.has(2, "full_text") || keys.has(2, "id_str"));
}

bool looksLikeDiscord(const KeyCollector& keys)
{
    return !keys.rootIsArray && keys.has(1, "guild") && keys.has(1, "channel");
}

} // namespace

QString socialFormatName(SocialFormat format)
{
    switch (format) {
    case SocialFormat::Telegram:
        return QStringLiteral("telegram");
    case SocialFormat::Reddit:
        return QStringLiteral("reddit");
    case SocialFormat::X:
        return QStringLiteral("x");
    case SocialFormat::Discord:
        return QStringLiteral("discord");
    }
    return {};
}

std::optional<SocialFormat> socialFormatFromName(const QString& name)
{
    for (SocialFormat format : allSocialFormats())
        if (name.compare(socialFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    if (name.compare(QLatin1String("twitter"), Qt::CaseInsensitive) == 0)
        return SocialFormat::X;
    return std::nullopt;
}

QList<SocialFormat> allSocialFormats()
{
    return {SocialFormat::Telegram, SocialFormat::Reddit, SocialFormat::X, SocialFormat::Discord};
}

QString socialFormatTitle(SocialFormat format)
{
    switch (format) {
    case SocialFormat::Telegram:
        return SocialFormatText::tr("Telegram Desktop export (JSON)");
    case SocialFormat::Reddit:
        return SocialFormatText::tr("Reddit dump (NDJSON, plain or .zst)");
    case SocialFormat::X:
        return SocialFormatText::tr("X (Twitter) archive");
    case SocialFormat::Discord:
        return SocialFormatText::tr("DiscordChatExporter (JSON)");
    }
    return {};
}

SocialFormat detectSocialFormat(const QString& path, QString* error, bool* fitsNone)
{
    error->clear();
    if (fitsNone)
        *fitsNone = false;
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir()) {
        if (!xArchiveTweetFiles(path).isEmpty())
            return SocialFormat::X;
        *error = SocialFormatText::tr(
                     "%1: a folder that is not an X archive (no data/tweets.js, data/tweet.js or tweets-part*.js)")
                     .arg(name);
        return SocialFormat::X;
    }
    QString readError;
    QByteArray head = readContentHead(path, headBytes, &readError);
    if (!readError.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(name, readError);
        return SocialFormat::Telegram;
    }
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < head.size() && QByteArrayView(" \t\r\n").contains(head[start]))
        ++start;
    if (start == head.size()) {
        *error = SocialFormatText::tr("%1: the file is empty").arg(name);
        if (fitsNone)
            *fitsNone = true;
        return SocialFormat::Telegram;
    }
    if (head.mid(start, 11) == "window.YTD.")
        return SocialFormat::X;
    if (isZipFile(path)) {
        ZipArchive zip;
        QString zipError;
        if (!zip.open(path, &zipError))
            *error = QStringLiteral("%1: %2").arg(name, zipError);
        else if (xArchiveTweetEntries(zip.entryNames()).isEmpty())
            *error =
                SocialFormatText::tr("%1: no data/tweets.js, data/tweet.js or tweets-part*.js in this zip archive: "
                                     "Seance reads an X archive's zip; unpack any other archive first")
                    .arg(name);
        return SocialFormat::X;
    }

    std::string repaired;
    EscapeRepair repair;
    repair.process(head.constData() + start, static_cast<std::size_t>(head.size() - start), &repaired);
    KeyCollector keys;
    nlohmann::json::sax_parse(repaired.begin(), repaired.end(), &keys, nlohmann::json::input_format_t::json, false);
    if (looksLikeReddit(keys))
        return SocialFormat::Reddit;
    if (looksLikeDiscord(keys))
        return SocialFormat::Discord;
    if (looksLikeTelegram(keys))
        return SocialFormat::Telegram;
    if (looksLikeTweets(keys))
        return SocialFormat::X;
    *error =
        SocialFormatText::tr(
            "%1: not an export Seance can read. Tried: %2 (needs \"messages\" or \"chats\" at the top); %3 (needs "
            "one JSON object per line with \"subreddit\", \"created_utc\" and \"body\" or \"title\"); %4 (needs "
            "\"window.YTD.tweets.part0 = [\" or an array of tweets); %5 (needs \"guild\" and \"channel\" at the top)")
            .arg(name, socialFormatTitle(SocialFormat::Telegram), socialFormatTitle(SocialFormat::Reddit),
                 socialFormatTitle(SocialFormat::X), socialFormatTitle(SocialFormat::Discord));
    if (fitsNone)
        *fitsNone = true;
    return SocialFormat::Telegram;
}

} // namespace seance::social
