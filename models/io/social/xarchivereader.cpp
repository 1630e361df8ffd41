// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/xarchivereader.h"

#include "models/io/social/recordfilereading.h"
#include "models/io/social/socialjson.h"
#include "models/io/social/socialreadcontext.h"
#include "models/io/social/xarchivefiles.h"
#include "models/io/social/ziparchive.h"
#include "models/io/text/isotime.h"
#include "models/io/text/timestampparsing.h"
#include "models/sentiment/scoring/htmlentities.h"

#include <QFile>
#include <QFileInfo>

#include <array>

namespace seance::social {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct XArchiveReaderText
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::XArchiveReader)
};

int twoDigits(std::string_view text, std::size_t at)
{
    if (at + 2 > text.size() || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9')
        return -1;
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

// Reads and drops n bytes: works on a zip entry, which cannot seek, as on a file.
bool skipBytes(QIODevice& device, qint64 n)
{
    return n == 0 || device.read(n).size() == n;
}

// Moves the file past "window.YTD.tweets.part0 =", if it has that prefix, so the JSON array comes next.
bool skipScriptPrefix(QIODevice& file)
{
    const QByteArray head = file.peek(4096);
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < head.size() && QByteArrayView(" \t\r\n").contains(head[start]))
        ++start;
    if (head.mid(start, 11) != "window.YTD.")
        return skipBytes(file, start);
    const qsizetype equals = head.indexOf('=', start);
    return equals >= 0 && skipBytes(file, equals + 1);
}

// account.js holds one small object; a bigger file is not read.
constexpr qint64 maxAccountBytes = 16 << 20;

// The archive owner's username from account.js, or "" when it cannot be read.
std::string accountUsername(QIODevice* file)
{
    if (!file || !skipScriptPrefix(*file))
        return {};
    const QByteArray text = file->readAll();
    const Json account = Json::parse(text.begin(), text.end(), nullptr, false, true);
    if (!account.is_array() || account.empty() || !account[0].is_object())
        return {};
    const Json& entry = account[0].contains("account") ? account[0]["account"] : account[0];
    if (entry.is_object() && entry.contains("username") && entry["username"].is_string())
        return entry["username"].get<std::string>();
    return {};
}

std::string accountUsername(const QString& accountFile)
{
    QFile file(accountFile);
    if (accountFile.isEmpty() || file.size() > maxAccountBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return accountUsername(&file);
}

class XArchiveReader
{
public:
    XArchiveReader(SocialReadContext& context, std::string username)
        : m_context(context)
        , m_username(std::move(username))
    {
    }

    bool readFile(const QString& path);
    // An entry of the archive's zip; errors name "archive.zip: data/tweets.js".
    bool readEntry(const ZipArchive& zip, const QString& zipName, const QString& entry);

private:
    bool tweetToPost(const Json& item, FieldProblem* problem, bool* skip);

    SocialReadContext& m_context;
    std::string m_username;
    SocialPost m_post;
    std::string m_unescaped;
};

bool XArchiveReader::tweetToPost(const Json& item, FieldProblem* problem, bool* skip)
{
    if (!item.is_object())
        return problem->wrongType({}, "a tweet object", item);
    const bool wrapped = item.contains("tweet");
    const Json& tweet = wrapped ? item["tweet"] : item;
    const QString prefix = wrapped ? QStringLiteral("tweet.") : QString();
    if (!tweet.is_object())
        return problem->wrongType(QStringLiteral("tweet"), "an object", tweet);
    RecordFields fields(tweet, problem, prefix);
    std::string id;
    std::string createdAt;
    std::string fullText;
    std::optional<qint64> likes;
    std::optional<qint64> retweets;
    if (!fields.string("id_str", &id, false))
        return false;
    if (id.empty()) {
        std::optional<qint64> numeric;
        if (!fields.integer("id", &numeric, true))
            return false;
        id = std::to_string(*numeric);
    }
    if (!fields.string("created_at", &createdAt, true))
        return false;
    const std::optional<qint64> time = parseXTime(createdAt);
    if (!time)
        return fields.fail(
            "created_at",
            XArchiveReaderText::tr("not a valid time: \"%1\"").arg(QString::fromStdString(createdAt).left(40)));
    const char* textKey = fields.value("full_text") || !fields.value("text") ? "full_text" : "text";
    if (!fields.string(textKey, &fullText, true) || !fields.integer("favorite_count", &likes, false) ||
        !fields.integer("retweet_count", &retweets, false) || !fields.string("lang", &m_post.lang, false))
        return false;
    m_post.id = "x:" + id;
    m_post.postedAtMs = *time;
    m_post.text.assign(unescapeHtml(fullText, m_unescaped));
    m_post.engagement = std::max<qint64>(likes.value_or(0), 0) + std::max<qint64>(retweets.value_or(0), 0);
    m_post.author = m_username;
    m_post.source = m_username.empty() ? XArchiveReaderText::tr("X archive").toStdString() : "@" + m_username;
    if (m_post.text.empty()) {
        ++m_context.report().skippedEmpty;
        *skip = true;
    }
    return true;
}

// Where a tweet file's JSON starts, its record names and its converter, for a file and a zip entry alike.
struct TweetFileReading
{
    JsonRecordStream::Hooks hooks;
    RecordFileOptions options;
    RecordNamer name = [](qint64 index, const Json*) { return XArchiveReaderText::tr("tweet %1").arg(index); };

    TweetFileReading()
    {
        hooks.isRecordArray = [](const std::string& arrayPath) { return arrayPath.empty(); };
        options.skipPrefix = [](QIODevice& file, QString* error) {
            if (skipScriptPrefix(file))
                return true;
            *error = XArchiveReaderText::tr("no '=' after the \"window.YTD.…\" prefix");
            return false;
        };
        options.allowTrailingText = true;
    }
};

bool XArchiveReader::readFile(const QString& path)
{
    m_context.setDisplayName(QFileInfo(path).fileName());
    TweetFileReading reading;
    return readJsonRecords(
        path, std::move(reading.hooks), m_context, reading.name,
        [this](const Json& item, FieldProblem* problem, bool* skip) { return tweetToPost(item, problem, skip); },
        m_post, reading.options);
}

bool XArchiveReader::readEntry(const ZipArchive& zip, const QString& zipName, const QString& entry)
{
    m_context.setDisplayName(zipName + QStringLiteral(": ") + entry);
    QString error;
    const std::unique_ptr<QIODevice> device = zip.openEntry(entry, &error);
    if (!device)
        return m_context.fail({}, {}, error);
    TweetFileReading reading;
    return readJsonRecords(
        *device, zip.entrySize(entry), std::move(reading.hooks), m_context, reading.name,
        [this](const Json& item, FieldProblem* problem, bool* skip) { return tweetToPost(item, problem, skip); },
        m_post, reading.options);
}

// The archive's .zip as X sends it: the tweet files of its data/ folder, in order, and account.js.
bool readXArchiveZip(const QString& path, SocialReadContext& context)
{
    ZipArchive zip;
    QString error;
    if (!zip.open(path, &error))
        return context.fail({}, {}, error);
    const QStringList entries = zip.entryNames();
    const QStringList tweets = xArchiveTweetEntries(entries);
    if (tweets.isEmpty())
        return context.fail(
            {}, {}, XArchiveReaderText::tr("no data/tweets.js, data/tweet.js or tweets-part*.js in this zip archive"));
    std::string username;
    if (const QString account = xArchiveAccountEntry(entries, tweets.first());
        !account.isEmpty() && zip.entrySize(account) <= maxAccountBytes) {
        const std::unique_ptr<QIODevice> device = zip.openEntry(account, &error);
        username = accountUsername(device.get());
    }
    XArchiveReader reader(context, username);
    const QString zipName = QFileInfo(path).fileName();
    for (const QString& entry : tweets)
        if (!reader.readEntry(zip, zipName, entry))
            return false;
    return true;
}

} // namespace

std::optional<qint64> parseXTime(std::string_view text)
{
    // "Wed Oct 10 20:19:24 +0000 2018": fixed columns.
    static constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[13] != ':' ||
        text[16] != ':' || text[19] != ' ' || text[25] != ' ' || (text[20] != '+' && text[20] != '-'))
        return std::nullopt;
    int month = 0;
    while (month < 12 && months[static_cast<std::size_t>(month)] != text.substr(4, 3))
        ++month;
    const int day = twoDigits(text, 8);
    const int hour = twoDigits(text, 11);
    const int minute = twoDigits(text, 14);
    const int second = twoDigits(text, 17);
    const int offsetHours = twoDigits(text, 21);
    const int offsetMinutes = twoDigits(text, 23);
    const int century = twoDigits(text, 26);
    const int yearInCentury = twoDigits(text, 28);
    if (month == 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
        offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 || century < 0 ||
        yearInCentury < 0)
        return std::nullopt;
    const int year = century * 100 + yearInCentury;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month] + (month == 1 && leap ? 1 : 0))
        return std::nullopt;
    const qint64 offset = (text[20] == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    const qint64 seconds = daysFromCivil(year, month + 1, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
    const qint64 ms = seconds * 1000;
    if (!isSupportedTime(ms))
        return std::nullopt;
    return ms;
}

bool readXArchive(const QString& path, SocialReadContext& context)
{
    if (isZipFile(path))
        return readXArchiveZip(path, context);
    const QStringList files = QFileInfo(path).isDir() ? xArchiveTweetFiles(path) : QStringList{path};
    if (files.isEmpty())
        return context.fail(
            {}, {}, XArchiveReaderText::tr("no data/tweets.js, data/tweet.js or tweets-part*.js in this folder"));
    XArchiveReader reader(context, accountUsername(xArchiveAccountFile(files.first())));
    for (const QString& file : files)
        if (!reader.readFile(file))
            return false;
    return true;
}

} // namespace seance::social
