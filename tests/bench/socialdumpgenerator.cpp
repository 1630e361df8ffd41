// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "socialdumpgenerator.h"

#include "benchrandom.h"

#include <QFile>
#include <QProcess>

#include <array>
#include <string_view>

namespace seance::bench {

namespace {

constexpr qint64 firstCreated = 1'700'000'000; // 2023-11-14

void appendBody(BenchRandom& random, std::string& out)
{
    static constexpr std::array<std::string_view, 24> words = {
        "the", "chart", "looks", "great",   "today", "bought", "more",    "this",   "dip", "is",    "a",    "gift",
        "bad", "news",  "for",   "holders", "lol",   "not",    "selling", "volume", "up",  "again", "love", "it"};
    static constexpr std::array<std::string_view, 8> mentions = {"DOGE",       "$SHIB",   "PEPE",     "$GHOST",
                                                                 "Ghost Coin", "GhostAI", "IC GHOST", "doge"};
    const std::size_t target = 60 + random.below(141);
    const std::size_t start = out.size();
    while (out.size() - start < target) {
        if (out.size() != start)
            out += random.below(25) == 0 ? "\\n\\n" : " ";
        out += random.below(8) == 0 ? mentions[random.below(mentions.size())] : words[random.below(words.size())];
        if (random.below(30) == 0)
            out += " \\\"quoted\\\"";
    }
}

void appendId(qint64 value, std::string& out)
{
    static constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char buffer[16];
    int length = 0;
    quint64 v = static_cast<quint64>(value) + 60'000'000'000ULL; // seven base-36 digits, like kx3a9bq
    do {
        buffer[length++] = digits[v % 36];
        v /= 36;
    } while (v != 0);
    while (length > 0)
        out.push_back(buffer[--length]);
}

} // namespace

void appendRedditComment(qint64 index, std::string& out)
{
    BenchRandom random(static_cast<quint64>(index) * 7919 + 17);
    static constexpr std::array<std::string_view, 4> subreddits = {"dogecoin", "SHIBArmy", "CryptoMoonShots",
                                                                   "ghostcoin"};
    const std::string_view subreddit = subreddits[random.below(subreddits.size())];
    const qint64 created = firstCreated + index * 3;
    const std::string author = "user_" + std::to_string(random.below(50'000));
    out += R"({"all_awardings":[],"archived":false,"associated_award":null,"author":")";
    out += author;
    out += R"(","author_created_utc":1600000000,"author_flair_background_color":null,"author_flair_css_class":null,)"
           R"("author_flair_richtext":[],"author_flair_template_id":null,"author_flair_text":null,)"
           R"("author_flair_text_color":null,"author_flair_type":"text","author_fullname":"t2_)";
    appendId(index * 13, out);
    out += R"(","author_patreon_flair":false,"author_premium":false,"awarders":[],"body":")";
    const std::size_t roll = random.below(200);
    if (roll < 3)
        out += "[deleted]";
    else if (roll < 5)
        out += "[removed]";
    else
        appendBody(random, out);
    out += R"(","can_gild":true,"collapsed":false,"collapsed_because_crowd_control":null,"collapsed_reason":null,)"
           R"("collapsed_reason_code":null,"comment_type":null,"controversiality":0,"created_utc":)";
    const std::size_t timeForm = random.below(50);
    if (timeForm == 0)
        out.append(1, '"').append(std::to_string(created)).append(1, '"');
    else if (timeForm == 1)
        out += std::to_string(created) + ".0";
    else
        out += std::to_string(created);
    out += R"(,"distinguished":null,"edited":false,"gilded":0,"gildings":{},"id":")";
    appendId(index, out);
    out += R"(","is_submitter":false,"link_id":"t3_)";
    appendId(index / 50, out);
    out += R"(","locked":false,"no_follow":true,"parent_id":"t3_)";
    appendId(index / 50, out);
    out += R"(","permalink":"/r/)";
    out += subreddit;
    out += R"(/comments/abc/title/","retrieved_on":1710000000,"score":)";
    out += std::to_string(static_cast<qint64>(random.below(120)) - 5);
    out += R"(,"score_hidden":false,"send_replies":true,"stickied":false,"subreddit":")";
    out += subreddit;
    out += R"(","subreddit_id":"t5_2zcp2","subreddit_name_prefixed":"r/)";
    out += subreddit;
    out += R"(","subreddit_type":"public","top_awarded_type":null,"total_awards_received":0,"treatment_tags":[],)"
           R"("unrepliable_reason":null})";
    out += '\n';
}

qint64 writeRedditZst(const QString& zstPath, qint64 comments, QString* error, int windowLog)
{
    QProcess zstd;
    // From a pipe, as the dumps are made: the frame then declares the full 2 GiB window.
    zstd.setStandardOutputFile(zstPath);
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-q"), QStringLiteral("-3"),
                                        QStringLiteral("--long=%1").arg(windowLog), QStringLiteral("-c")});
    if (!zstd.waitForStarted()) {
        *error = QStringLiteral("cannot start zstd: ") + zstd.errorString();
        return -1;
    }
    qint64 written = 0;
    std::string block;
    for (qint64 i = 0; i < comments; ++i) {
        appendRedditComment(i, block);
        if (block.size() > (1 << 20) || i + 1 == comments) {
            written += static_cast<qint64>(block.size());
            zstd.write(block.data(), static_cast<qint64>(block.size()));
            while (zstd.bytesToWrite() > (4 << 20))
                zstd.waitForBytesWritten(-1);
            block.clear();
        }
    }
    zstd.closeWriteChannel();
    if (!zstd.waitForFinished(-1) || zstd.exitCode() != 0) {
        *error = QStringLiteral("zstd failed: ") + QString::fromLocal8Bit(zstd.readAllStandardError());
        return -1;
    }
    return written;
}

qint64 writeTelegramExport(const QString& path, qint64 bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return -1;
    }
    std::string out = "{\n \"name\": \"IC GHOST Army\",\n \"type\": \"public_supergroup\",\n \"id\": 1234567890,\n"
                      " \"messages\": [\n";
    qint64 written = 0;
    for (qint64 id = 1;; ++id) {
        BenchRandom random(static_cast<quint64>(id) * 104729 + 3);
        const qint64 unix = firstCreated + id * 7;
        if (id > 1)
            out += ",\n";
        if (random.below(25) == 0) {
            out += "  {\n   \"id\": " + std::to_string(id) +
                   ",\n   \"type\": \"service\",\n   \"date\": "
                   "\"2023-11-14T22:13:20\",\n   \"date_unixtime\": \"" +
                   std::to_string(unix) +
                   "\",\n   \"actor\": \"Alice\",\n   \"actor_id\": \"user42\",\n   \"action\": \"join_group_by_link\","
                   "\n   \"text\": \"\",\n   \"text_entities\": []\n  }";
        } else {
            std::string plain;
            appendBody(random, plain);
            if (random.below(100) == 0)
                plain += "\\x07";
            out += "  {\n   \"id\": " + std::to_string(id) +
                   ",\n   \"type\": \"message\",\n   \"date\": "
                   "\"2023-11-14T22:13:20\",\n   \"date_unixtime\": \"" +
                   std::to_string(unix) + "\",\n   \"from\": \"Member " + std::to_string(random.below(3000)) +
                   "\",\n   \"from_id\": \"user" + std::to_string(random.below(3000)) + "\",\n   \"text\": [\n    \"" +
                   plain +
                   " \",\n    {\n     \"type\": \"cashtag\",\n     \"text\": \"$GHOST\"\n    }\n   ],\n"
                   "   \"text_entities\": [\n    {\n     \"type\": \"plain\",\n     \"text\": \"" +
                   plain +
                   " \"\n    },\n    {\n     \"type\": \"cashtag\",\n     \"text\": \"$GHOST\"\n    }\n   ],\n"
                   "   \"reactions\": [\n    {\n     \"type\": \"emoji\",\n     \"count\": " +
                   std::to_string(random.below(20) + 1) + ",\n     \"emoji\": \"🔥\"\n    }\n   ]\n  }";
        }
        if (out.size() > (1 << 20)) {
            written += file.write(out.data(), static_cast<qint64>(out.size()));
            out.clear();
            if (written >= bytes)
                break;
        }
    }
    out += "\n ]\n}\n";
    written += file.write(out.data(), static_cast<qint64>(out.size()));
    if (!file.flush()) {
        *error = file.errorString();
        return -1;
    }
    return written;
}

} // namespace seance::bench
