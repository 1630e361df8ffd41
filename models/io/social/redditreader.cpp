// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/redditreader.h"

#include "models/io/posts/postparser.h"
#include "models/io/social/jsonlinescanner.h"
#include "models/io/social/socialreadcontext.h"
#include "models/io/social/zstdinputdevice.h"
#include "models/io/text/isotime.h"
#include "models/io/text/linereader.h"
#include "models/sentiment/scoring/htmlentities.h"

#include <charconv>
#include <cmath>

namespace seance::social {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct RedditReaderText
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::RedditReader)
};

// A dump line holds at most a 40,000-character selftext plus metadata; anything far beyond is not a dump.
constexpr qsizetype maxLineBytes = 8 * 1024 * 1024;
constexpr qint64 linesPerCheck = 8192;

QString kindName(char kind)
{
    switch (kind) {
    case '"':
        return QStringLiteral("a string");
    case '{':
        return QStringLiteral("an object");
    case '[':
        return QStringLiteral("an array");
    case 'n':
        return QStringLiteral("null");
    case 't':
    case 'f':
        return QStringLiteral("a boolean");
    case '0':
        return QStringLiteral("a number");
    default:
        return QStringLiteral("nothing");
    }
}

bool isDeletedText(std::string_view text)
{
    return text == "[deleted]" || text == "[removed]";
}

// "1709384709", "1709384709.0", "1.709384709e9": seconds, possibly fractional.
std::optional<double> parseDecimal(std::string_view text)
{
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

RedditLine RedditLineParser::parse(std::string_view line, SocialPost* post, RedditLineError* error)
{
    if (line.find_first_not_of(" \t\r") == std::string_view::npos)
        return RedditLine::Blank;
    const auto failWith = [error](std::string_view field, const QString& reason) {
        error->field = QString::fromLatin1(field.data(), static_cast<qsizetype>(field.size()));
        error->reason = reason;
        return RedditLine::Error;
    };
    JsonLineScanner scanner(line);
    const auto syntaxError = [&](std::string_view field) {
        return failWith(field, RedditReaderText::tr("invalid JSON at column %1: %2")
                                   .arg(scanner.column())
                                   .arg(QString::fromLatin1(scanner.error())));
    };
    const auto wrongType = [&](std::string_view field, const char* expected) {
        return failWith(field, RedditReaderText::tr("wrong type: expected %1, got %2")
                                   .arg(RedditReaderText::tr(expected), kindName(scanner.valueKind())));
    };
    if (!scanner.begin())
        return syntaxError({});

    bool hasId = false, hasBody = false, hasTitle = false, hasTime = false;
    m_selftext.clear();
    post->author.clear();
    post->source.clear();
    post->lang.clear();
    post->engagement = 0;
    double createdSeconds = 0;
    std::string_view key;
    for (;;) {
        const JsonLineScanner::Step step = scanner.next(&key);
        if (step == JsonLineScanner::Step::End)
            break;
        if (step == JsonLineScanner::Step::Error)
            return syntaxError({});
        const char kind = scanner.valueKind();
        std::string* target = nullptr;
        bool* seen = nullptr;
        if (key == "body") {
            target = &post->text;
            seen = &hasBody;
        } else if (key == "title") {
            target = &m_title;
            seen = &hasTitle;
        } else if (key == "selftext") {
            target = &m_selftext;
        } else if (key == "id") {
            target = &m_id;
            seen = &hasId;
        } else if (key == "author") {
            target = &post->author;
        } else if (key == "subreddit") {
            target = &post->source;
        } else if (key == "created_utc" || key == "score") {
            const bool isTime = key == "created_utc";
            const std::string_view field = isTime ? "created_utc" : "score";
            std::string_view number;
            if (kind == '0') {
                if (!scanner.readNumber(&number))
                    return syntaxError(field);
            } else if (kind == '"') {
                if (!scanner.readString(&m_number))
                    return syntaxError(field);
                number = m_number;
            } else if (kind == 'n' && !isTime) {
                if (!scanner.skipValue())
                    return syntaxError(field);
                post->engagement = 0;
                continue;
            } else {
                return wrongType(field, "a number or a decimal string");
            }
            const std::optional<double> value = parseDecimal(number);
            if (!value)
                return failWith(
                    field,
                    RedditReaderText::tr("not a number: \"%1\"").arg(QString::fromUtf8(number.data(), number.size())));
            if (isTime) {
                createdSeconds = *value;
                hasTime = true;
            } else {
                post->engagement = *value > 0 ? static_cast<qint64>(std::min(*value, 9e18)) : 0;
            }
            continue;
        }
        if (!target) {
            if (!scanner.skipValue())
                return syntaxError(key);
            continue;
        }
        if (kind == 'n' && seen != &hasId) { // a null author, subreddit or text reads as absent
            if (!scanner.skipValue())
                return syntaxError(key);
            target->clear();
            if (seen)
                *seen = false;
            continue;
        }
        if (kind != '"')
            return wrongType(key, "a string");
        if (!scanner.readString(target))
            return syntaxError(key);
        if (!isValidUtf8(*target))
            return failWith(key, RedditReaderText::tr("not valid UTF-8"));
        if (seen)
            *seen = true;
    }

    if (!hasId || m_id.empty())
        return failWith("id", RedditReaderText::tr("missing"));
    if (!hasTime)
        return failWith("created_utc", RedditReaderText::tr("missing"));
    const double ms = std::floor(createdSeconds * 1000.0);
    if (!(ms >= 0) || !isSupportedTime(static_cast<qint64>(std::min(ms, 9e15))))
        return failWith("created_utc",
                        RedditReaderText::tr("impossible time: %1 seconds since 1970").arg(createdSeconds, 0, 'f', 0));
    post->postedAtMs = static_cast<qint64>(ms);

    const bool hasPrefix = m_id.size() > 3 && m_id[0] == 't' && m_id[2] == '_';
    if (hasBody) {
        post->id.assign(hasPrefix ? "" : "t1_").append(m_id);
        if (isDeletedText(post->text))
            return RedditLine::Deleted;
    } else if (hasTitle) {
        post->id.assign(hasPrefix ? "" : "t3_").append(m_id);
        if (isDeletedText(m_selftext))
            return RedditLine::Deleted;
        post->text.assign(m_title);
        if (!m_selftext.empty())
            post->text.append("\n").append(m_selftext);
    } else {
        return failWith("body", RedditReaderText::tr("missing: a comment has \"body\", a submission \"title\""));
    }
    // Reddit stores the Markdown with &, < and > HTML-escaped ("&gt; quoted"); most texts have none.
    if (post->text.find('&') != std::string::npos) {
        const std::string_view plain = unescapeHtml(post->text, m_unescaped);
        if (plain.data() != post->text.data())
            post->text.assign(plain);
    }
    return post->text.empty() ? RedditLine::Empty : RedditLine::Post;
}

bool readRedditDump(const QString& path, SocialReadContext& context)
{
    QString openError;
    std::unique_ptr<QIODevice> device = openSocialInput(path, &openError, context.options().zstdWindowLogMax);
    if (!device)
        return context.fail({}, {}, openError);
    auto* zstd = dynamic_cast<ZstdInputDevice*>(device.get());
    const qint64 total = zstd ? zstd->compressedSize() : device->size();
    const auto bytesRead = [&](const LineReader& lines) {
        return zstd ? zstd->compressedBytesRead() : lines.bytesRead();
    };
    // A broken zstd stream shows as a cut-off last line; the decompressor's reason is the one to give.
    const auto streamError = [&](qint64 line) {
        return context.fail(RedditReaderText::tr("line %1").arg(line), {}, zstd->errorString());
    };

    LineReader lines(device.get(), 1 << 20, maxLineBytes);
    RedditLineParser parser;
    RedditLineError lineError;
    SocialPost post;
    SocialReadReport& report = context.report();
    qint64 sinceCheck = 0;
    for (;;) {
        std::string_view line;
        const LineReader::Status status = lines.next(&line);
        if (status == LineReader::Status::End)
            break;
        if (zstd && zstd->failed())
            return streamError(lines.lineNumber());
        if (status == LineReader::Status::Error)
            return context.fail(RedditReaderText::tr("line %1").arg(lines.lineNumber()), {}, lines.errorString());
        switch (parser.parse(line, &post, &lineError)) {
        case RedditLine::Post:
            if (!context.deliver(post))
                return false;
            break;
        case RedditLine::Deleted:
            ++report.skippedDeleted;
            break;
        case RedditLine::Empty:
            ++report.skippedEmpty;
            break;
        case RedditLine::Blank:
            break;
        case RedditLine::Error:
            if (zstd && zstd->failed())
                return streamError(lines.lineNumber());
            return context.fail(RedditReaderText::tr("line %1").arg(lines.lineNumber()), lineError.field,
                                lineError.reason);
        }
        if (++sinceCheck == linesPerCheck) {
            sinceCheck = 0;
            if (context.cancelled())
                return false;
            context.progress(bytesRead(lines), total);
        }
    }
    if (zstd && zstd->failed())
        return streamError(lines.lineNumber() + 1);
    context.progress(bytesRead(lines), total);
    return true;
}

} // namespace seance::social
