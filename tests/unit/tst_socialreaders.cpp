// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of real exports against golden files written by hand in each format's real structure, with
// its quirks; bad input in every format; the zstd window the Reddit dumps need. Detection: tst_socialformat.
#include "models/io/social/escaperepair.h"
#include "models/io/social/socialreader.h"
#include "models/io/text/isotime.h"
#include "socialtesting.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zstd.h>

#include <atomic>

using namespace seance;
using namespace seance::social;
using namespace seance::social::testing;

namespace {

// Backslashes and control characters written as \\, \n, \t or \xHH, so the golden files keep one post a line.
QString escapedText(const std::string& text)
{
    QString out;
    std::string run;
    const auto flush = [&] {
        out += QString::fromStdString(run);
        run.clear();
    };
    for (const char c : text) {
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            flush();
            out += c == '\\'   ? QStringLiteral("\\\\")
                   : c == '\n' ? QStringLiteral("\\n")
                   : c == '\t' ? QStringLiteral("\\t")
                               : QStringLiteral("\\x%1").arg(static_cast<int>(c), 2, 16, QLatin1Char('0'));
        } else {
            run.push_back(c);
        }
    }
    flush();
    return out;
}

QString reportText(const SocialReadReport& report, const QStringList& posts)
{
    QStringList lines;
    lines << QStringLiteral("report posts=%1 service=%2 deleted=%3 empty=%4 bots=%5 escapes=%6 duplicates=%7 "
                            "localtimes=%8")
                 .arg(report.posts)
                 .arg(report.skippedService)
                 .arg(report.skippedDeleted)
                 .arg(report.skippedEmpty)
                 .arg(report.skippedBots)
                 .arg(report.repairedEscapes)
                 .arg(report.repairedDuplicateKeys)
                 .arg(report.localTimes);
    lines << QStringLiteral("span %1 %2")
                 .arg(QString::fromStdString(formatIsoTime(report.firstMs)),
                      QString::fromStdString(formatIsoTime(report.lastMs)));
    lines << QStringLiteral("sources ") + report.sources.join(QLatin1Char('|'));
    lines << posts;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

struct ReadResult
{
    SocialReadReport report;
    QStringList posts;
};

ReadResult readToText(const QString& path, SocialFormat format, const SocialReadOptions& options = {})
{
    ReadResult result;
    result.report = readSocialFile(path, format, options, [&](const SocialPost& post) {
        result.posts << QStringList{QString::fromStdString(post.id),
                                    QString::fromStdString(formatIsoTime(post.postedAtMs)),
                                    QString::fromStdString(post.author),
                                    QString::number(post.engagement),
                                    QString::fromStdString(post.source),
                                    QString::fromStdString(post.lang),
                                    escapedText(post.text)}
                            .join(QLatin1Char('\t'));
        return true;
    });
    return result;
}

} // namespace

class TstSocialReaders : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void escapeRepairAcrossBlocks_data();
    void escapeRepairAcrossBlocks();
    void zstdFixtureNeedsTheLongWindow();
    void truncatedZst();
    void zstdWindowOverTheBound_data();
    void zstdWindowOverTheBound();
    void badInput_data();
    void badInput();
    void handlerStopsTheRead();
    void cancelStopsTheRead();
};

void TstSocialReaders::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<SocialFormat>("format");
    QTest::addColumn<bool>("excludeBots");
    QTest::addColumn<QString>("expected");
    QTest::newRow("telegram single chat: text arrays, no date_unixtime, \\xHH, duplicate key, unquoted document_id")
        << fixture(QStringLiteral("telegram-chat.json")) << SocialFormat::Telegram << false
        << QStringLiteral("telegram-chat.expected");
    QTest::newRow("telegram full account: chats.list and left_chats.list")
        << fixture(QStringLiteral("telegram-account.json")) << SocialFormat::Telegram << false
        << QStringLiteral("telegram-account.expected");
    QTest::newRow("reddit jsonl: created_utc string and float, [deleted], [removed], submissions")
        << fixture(QStringLiteral("reddit-mixed.jsonl")) << SocialFormat::Reddit << false
        << QStringLiteral("reddit-mixed.expected");
    QTest::newRow("reddit zst written with --long=31")
        << fixture(QStringLiteral("reddit-mixed.jsonl.zst")) << SocialFormat::Reddit << false
        << QStringLiteral("reddit-mixed.expected");
    QTest::newRow("x archive folder: tweets.js, tweets-part1.js with ';', account.js")
        << fixture(QStringLiteral("x-archive")) << SocialFormat::X << false << QStringLiteral("x-archive.expected");
    QTest::newRow("x 2019 tweet.js without the tweet wrapper or account.js")
        << fixture(QStringLiteral("x-2019/tweet.js")) << SocialFormat::X << false << QStringLiteral("x-2019.expected");
    QTest::newRow("discord: fraction digits 0-7, offsets, system and empty messages")
        << fixture(QStringLiteral("discord.json")) << SocialFormat::Discord << false
        << QStringLiteral("discord.expected");
    QTest::newRow("discord without bots") << fixture(QStringLiteral("discord.json")) << SocialFormat::Discord << true
                                          << QStringLiteral("discord-nobots.expected");
}

void TstSocialReaders::golden()
{
    QFETCH(QString, input);
    QFETCH(SocialFormat, format);
    QFETCH(bool, excludeBots);
    QFETCH(QString, expected);
    SocialReadOptions options;
    options.excludeBots = excludeBots;
    const ReadResult result = readToText(input, format, options);
    QVERIFY2(result.report.ok, qPrintable(result.report.error));
    QVERIFY(!result.report.cancelled);
    QCOMPARE(reportText(result.report, result.posts), QString::fromUtf8(readFile(fixture(expected))));
}

void TstSocialReaders::escapeRepairAcrossBlocks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<qint64>("repaired");
    QTest::newRow("in a value") << QByteArray(R"({"a":"bell\x07!"})") << QByteArray(R"({"a":"bell\u0007!"})")
                                << qint64(1);
    QTest::newRow("two, and a key") << QByteArray(R"({"k\x1F":"\x01\x02"})")
                                    << QByteArray(R"({"k\u001F":"\u0001\u0002"})") << qint64(3);
    QTest::newRow("an escaped backslash before x is not an escape")
        << QByteArray(R"({"a":"c:\\x07"})") << QByteArray(R"({"a":"c:\\x07"})") << qint64(0);
    QTest::newRow("an escaped quote keeps the string open")
        << QByteArray(R"({"a":"say \"hi\" \x09"})") << QByteArray(R"({"a":"say \"hi\" \u0009"})") << qint64(1);
    QTest::newRow("outside strings nothing changes")
        << QByteArray(R"([1, 2, {"x": true}])") << QByteArray(R"([1, 2, {"x": true}])") << qint64(0);
}

// Telegram's \xHH escapes are repaired the same wherever the 1 MiB blocks happen to split the file.
void TstSocialReaders::escapeRepairAcrossBlocks()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(qint64, repaired);
    for (qsizetype split = 0; split <= input.size(); ++split) {
        EscapeRepair repair;
        std::string out;
        repair.process(input.constData(), static_cast<std::size_t>(split), &out);
        repair.process(input.constData() + split, static_cast<std::size_t>(input.size() - split), &out);
        QCOMPARE(QByteArray::fromStdString(out), expected);
        QCOMPARE(repair.repaired(), repaired);
        QCOMPARE(repair.openStringBytes(), 0);
    }
}

void TstSocialReaders::zstdFixtureNeedsTheLongWindow()
{
    // The fixture must declare the dumps' 2 GiB window, and libzstd's default limit must refuse it: otherwise
    // the golden row above would not show that the reader raises the limit.
    const QByteArray compressed = readFile(fixture(QStringLiteral("reddit-mixed.jsonl.zst")));
    // Frame header (RFC 8878 3.1.1.1): magic, descriptor without the single-segment flag, then the window
    // descriptor: exponent 21 and mantissa 0 is 2^(10 + 21) bytes.
    QVERIFY(compressed.size() > 6);
    QCOMPARE(compressed.left(4), QByteArray("\x28\xB5\x2F\xFD", 4));
    QCOMPARE(static_cast<unsigned char>(compressed[4]) & 0x20, 0);
    QCOMPARE(static_cast<unsigned char>(compressed[5]), static_cast<unsigned char>(21 << 3));
    ZSTD_DCtx* context = ZSTD_createDCtx();
    QByteArray out(1 << 16, Qt::Uninitialized);
    ZSTD_inBuffer in{compressed.constData(), static_cast<size_t>(compressed.size()), 0};
    ZSTD_outBuffer output{out.data(), static_cast<size_t>(out.size()), 0};
    const size_t result = ZSTD_decompressStream(context, &output, &in);
    ZSTD_freeDCtx(context);
    QVERIFY(ZSTD_isError(result));
}

void TstSocialReaders::zstdWindowOverTheBound_data()
{
    QTest::addColumn<int>("frameWindowLog");
    QTest::addColumn<int>("windowLogMax");
    QTest::addColumn<bool>("reads");
    QTest::newRow("2 GiB frame, default bound") << 31 << dumpZstdWindowLog << true;
    QTest::newRow("2 GiB frame, 8 MiB bound") << 31 << 23 << false;
    QTest::newRow("16 MiB frame, 8 MiB bound") << 24 << 23 << false;
    QTest::newRow("16 MiB frame, 16 MiB bound") << 24 << 24 << true;
    QTest::newRow("16 MiB frame, 1 KiB bound") << 24 << 10 << false;
}

// A bounded reader (the fuzz targets bound it to 8 MiB) refuses a frame that asks for a larger window with an
// error naming the file and the bound, before libzstd allocates the window; up to the bound it reads.
void TstSocialReaders::zstdWindowOverTheBound()
{
    QFETCH(int, frameWindowLog);
    QFETCH(int, windowLogMax);
    QFETCH(bool, reads);
    const QByteArray text = readFile(fixture(QStringLiteral("reddit-mixed.jsonl")));
    QVERIFY(!text.isEmpty());
    // Streamed in two steps, so libzstd never learns the size: the frame header declares the window itself.
    ZSTD_CCtx* context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_windowLog, frameWindowLog);
    QByteArray compressed(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(text.size()))) + 64, '\0');
    ZSTD_inBuffer in{text.constData(), static_cast<size_t>(text.size()), 0};
    ZSTD_outBuffer out{compressed.data(), static_cast<size_t>(compressed.size()), 0};
    size_t left = ZSTD_compressStream2(context, &out, &in, ZSTD_e_continue);
    while (!ZSTD_isError(left) && (left = ZSTD_compressStream2(context, &out, &in, ZSTD_e_end)) != 0 &&
           !ZSTD_isError(left)) {
    }
    ZSTD_freeCCtx(context);
    QCOMPARE(left, size_t(0));
    compressed.truncate(static_cast<qsizetype>(out.pos));
    // Frame header (RFC 8878 3.1.1.1): no single-segment flag, then the window descriptor 2^(10 + exponent).
    QVERIFY(compressed.size() > 6);
    QCOMPARE(static_cast<unsigned char>(compressed[4]) & 0x20, 0);
    QCOMPARE(static_cast<unsigned char>(compressed[5]), static_cast<unsigned char>((frameWindowLog - 10) << 3));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("RC_2024-03.zst"));
    QVERIFY(writeFile(path, compressed));
    SocialReadOptions options;
    options.zstdWindowLogMax = windowLogMax;
    qint64 handed = 0;
    const SocialReadReport report = readSocialFile(path, SocialFormat::Reddit, options, [&](const SocialPost&) {
        ++handed;
        return true;
    });
    const SocialReadReport plain = readSocialFile(fixture(QStringLiteral("reddit-mixed.jsonl")), SocialFormat::Reddit,
                                                  {}, [](const SocialPost&) { return true; });
    QVERIFY2(plain.ok && plain.posts > 0, qPrintable(plain.error));
    if (reads) {
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.posts, plain.posts);
        return;
    }
    QVERIFY(!report.ok);
    QCOMPARE(handed, 0);
    QVERIFY2(report.error.startsWith(QStringLiteral("RC_2024-03.zst: ")), qPrintable(report.error));
    const QString bound = QString::number(double(1ll << windowLogMax) / (1 << 20), 'g', 4);
    QVERIFY2(report.error.contains(QStringLiteral("window larger than %1 MiB").arg(bound)), qPrintable(report.error));
}

void TstSocialReaders::truncatedZst()
{
    QTemporaryDir dir;
    const QByteArray compressed = readFile(fixture(QStringLiteral("reddit-mixed.jsonl.zst")));
    for (const qsizetype keep : {compressed.size() - 1, compressed.size() / 2, qsizetype(12)}) {
        const QString path = dir.filePath(QStringLiteral("cut.zst"));
        QVERIFY(writeFile(path, compressed.left(keep)));
        const ReadResult result = readToText(path, SocialFormat::Reddit);
        QVERIFY2(!result.report.ok, qPrintable(QString::number(keep)));
        QVERIFY2(result.report.error.startsWith(QStringLiteral("cut.zst: line ")), qPrintable(result.report.error));
        QVERIFY2(result.report.error.contains(QStringLiteral("zstd")), qPrintable(result.report.error));
    }
}

void TstSocialReaders::badInput_data()
{
    QTest::addColumn<SocialFormat>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedError");

    const QByteArray tgHead = R"({"name":"G","type":"public_supergroup","id":7,"messages":[)";
    const QByteArray tgOk = R"({"id":1,"type":"message","date_unixtime":"1709283910","from":"A","text":"ok"},)";
    QTest::newRow("telegram truncated") << SocialFormat::Telegram
                                        << tgHead + tgOk + R"({"id":2,"type":"message","date_unix)"
                                        << QStringLiteral("bad: message 2: type: invalid JSON");
    QTest::newRow("telegram id of the wrong type")
        << SocialFormat::Telegram << tgHead + R"({"id":"one","type":"message","date_unixtime":"1","text":"x"}]})"
        << QStringLiteral("bad: message 1: id: not an integer: \"one\"");
    QTest::newRow("telegram text of the wrong type")
        << SocialFormat::Telegram << tgHead + tgOk + R"({"id":2,"type":"message","date_unixtime":"1","text":42}]})"
        << QStringLiteral("bad: message 2 (id 2): text: wrong type: expected a string or an array, got an integer");
    QTest::newRow("telegram entity of the wrong type")
        << SocialFormat::Telegram << tgHead + R"({"id":3,"type":"message","date_unixtime":"1","text":["a",[1]]}]})"
        << QStringLiteral("bad: message 1 (id 3): text[1]: wrong type");
    QTest::newRow("telegram missing text")
        << SocialFormat::Telegram << tgHead + R"({"id":4,"type":"message","date_unixtime":"1709283910"}]})"
        << QStringLiteral("bad: message 1 (id 4): text: missing");
    QTest::newRow("telegram impossible unix time")
        << SocialFormat::Telegram << tgHead + R"({"id":5,"type":"message","date_unixtime":"-20","text":"x"}]})"
        << QStringLiteral("bad: message 1 (id 5): date_unixtime: impossible time");
    QTest::newRow("telegram impossible local date")
        << SocialFormat::Telegram << tgHead + R"({"id":6,"type":"message","date":"2024-02-30T10:00:00","text":"x"}]})"
        << QStringLiteral("bad: message 1 (id 6): date: not a valid time");
    QTest::newRow("telegram no time at all")
        << SocialFormat::Telegram << tgHead + R"({"id":7,"type":"message","text":"x"}]})"
        << QStringLiteral("bad: message 1 (id 7): date_unixtime: missing");
    QTest::newRow("telegram text not UTF-8")
        << SocialFormat::Telegram << tgHead + tgOk + "{\"id\":2,\"type\":\"message\",\"text\":\"caf\xE9\"}]}"
        << QStringLiteral("bad: message 2: text: invalid JSON");
    QTest::newRow("telegram full account, second chat")
        << SocialFormat::Telegram
        << R"({"chats":{"list":[{"name":"A","id":1,"messages":[]},{"name":"B","id":2,"messages":[)" + tgOk +
               R"({"id":9,"type":"message","date_unixtime":"1","text":"x","reactions":[{"count":"many"}]}]}]}})"
        << QStringLiteral("bad: chat 2, message 2 (id 9): reactions[0].count: not an integer");

    QTest::newRow("reddit truncated line")
        << SocialFormat::Reddit
        << QByteArray(R"({"id":"a","body":"hi","created_utc":1709384709,"subreddit":"x"})"
                      "\n"
                      R"({"id":"b","body":"cut off her)")
        << QStringLiteral("bad: line 2: body: invalid JSON at column 19: unterminated string");
    QTest::newRow("reddit truncated inside a field it does not read")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":"hi","created_utc":1709384709,"gildings":{"x":[)")
        << QStringLiteral("bad: line 1: gildings: invalid JSON at column 65: the line ends inside a nested value");
    QTest::newRow("reddit body of the wrong type")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":5,"created_utc":1709384709})")
        << QStringLiteral("bad: line 1: body: wrong type: expected a string, got a number");
    QTest::newRow("reddit missing text") << SocialFormat::Reddit
                                         << QByteArray(R"({"id":"a","created_utc":1709384709,"subreddit":"x"})")
                                         << QStringLiteral("bad: line 1: body: missing");
    QTest::newRow("reddit missing id") << SocialFormat::Reddit << QByteArray(R"({"body":"x","created_utc":1709384709})")
                                       << QStringLiteral("bad: line 1: id: missing");
    QTest::newRow("reddit time not a number")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":"x","created_utc":"yesterday"})")
        << QStringLiteral("bad: line 1: created_utc: not a number: \"yesterday\"");
    QTest::newRow("reddit impossible time")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":"x","created_utc":1e20})")
        << QStringLiteral("bad: line 1: created_utc: impossible time");
    QTest::newRow("reddit negative time")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":"x","created_utc":-60})")
        << QStringLiteral("bad: line 1: created_utc: impossible time");
    QTest::newRow("reddit invalid escape")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":"bad \q escape","created_utc":1709384709})")
        << QStringLiteral("bad: line 1: body: invalid JSON at column");
    QTest::newRow("reddit text not UTF-8")
        << SocialFormat::Reddit << QByteArray("{\"id\":\"a\",\"body\":\"caf\xE9\",\"created_utc\":1709384709}")
        << QStringLiteral("bad: line 1: body: not valid UTF-8");
    QTest::newRow("reddit time of the wrong type")
        << SocialFormat::Reddit << QByteArray(R"({"id":"a","body":"x","created_utc":true})")
        << QStringLiteral("bad: line 1: created_utc: wrong type");

    const QByteArray xHead = "window.YTD.tweets.part0 = [ ";
    const QByteArray xOk =
        R"({"tweet":{"id_str":"1","created_at":"Wed Oct 10 20:19:24 +0000 2018","full_text":"ok"}}, )";
    QTest::newRow("x truncated") << SocialFormat::X << xHead + xOk + R"({"tweet":{"id_str":"2","crea)"
                                 << QStringLiteral("bad: tweet 2: id_str: invalid JSON");
    QTest::newRow("x count of the wrong type")
        << SocialFormat::X
        << xHead + R"({"tweet":{"id_str":"1","created_at":"Wed Oct 10 20:19:24 +0000 2018","full_text":"a",)"
                   R"("favorite_count":true}}])"
        << QStringLiteral("bad: tweet 1: tweet.favorite_count: wrong type: expected an integer, got a boolean");
    QTest::newRow("x missing text") << SocialFormat::X
                                    << xHead + xOk + R"({"id_str":"2","created_at":"Wed Oct 10 20:19:24 +0000 2018"}])"
                                    << QStringLiteral("bad: tweet 2: full_text: missing");
    QTest::newRow("x impossible time")
        << SocialFormat::X
        << xHead + R"({"tweet":{"id_str":"1","created_at":"Fri Feb 30 10:00:00 +0000 2024","full_text":"a"}}])"
        << QStringLiteral("bad: tweet 1: tweet.created_at: not a valid time");

    const QByteArray dcHead = R"({"guild":{"name":"G"},"channel":{"name":"c"},"messages":[)";
    const QByteArray dcOk = R"({"id":"1","type":"Default","timestamp":"2024-04-25T20:20:51+00:00","content":"ok"},)";
    QTest::newRow("discord truncated") << SocialFormat::Discord << dcHead + dcOk + R"({"id":"2","timest)"
                                       << QStringLiteral("bad: message 2: id: invalid JSON");
    QTest::newRow("discord content of the wrong type")
        << SocialFormat::Discord << dcHead + R"({"id":"1","timestamp":"2024-04-25T20:20:51+00:00","content":5}]})"
        << QStringLiteral("bad: message 1: content: wrong type: expected a string, got an integer");
    QTest::newRow("discord isBot of the wrong type")
        << SocialFormat::Discord
        << dcHead + R"({"id":"1","timestamp":"2024-04-25T20:20:51+00:00","content":"a","author":{"isBot":"no"}}]})"
        << QStringLiteral("bad: message 1: author.isBot: wrong type: expected a boolean, got a string");
    QTest::newRow("discord missing text")
        << SocialFormat::Discord << dcHead + dcOk + R"({"id":"2","timestamp":"2024-04-25T20:20:51Z"}]})"
        << QStringLiteral("bad: message 2: content: missing");
    QTest::newRow("discord impossible time")
        << SocialFormat::Discord << dcHead + R"({"id":"1","timestamp":"2024-13-01T00:00:00+00:00","content":"a"}]})"
        << QStringLiteral("bad: message 1: timestamp: not a valid time");
}

void TstSocialReaders::badInput()
{
    QFETCH(SocialFormat, format);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad"));
    QVERIFY(writeFile(path, content));
    const ReadResult result = readToText(path, format);
    QVERIFY(!result.report.ok);
    QVERIFY2(result.report.error.startsWith(expectedError), qPrintable(QStringLiteral("got: ") + result.report.error));
}

void TstSocialReaders::handlerStopsTheRead()
{
    int seen = 0;
    const SocialReadReport report = readSocialFile(fixture(QStringLiteral("reddit-mixed.jsonl")), SocialFormat::Reddit,
                                                   {}, [&](const SocialPost&) { return ++seen < 2; });
    QCOMPARE(seen, 2);
    QVERIFY(!report.ok);
    QVERIFY(report.cancelled);
}

void TstSocialReaders::cancelStopsTheRead()
{
    std::atomic_bool cancel{false};
    SocialReadOptions options;
    options.cancel = &cancel;
    int seen = 0;
    const SocialReadReport report = readSocialFile(fixture(QStringLiteral("telegram-chat.json")),
                                                   SocialFormat::Telegram, options, [&](const SocialPost&) {
                                                       cancel = true;
                                                       ++seen;
                                                       return true;
                                                   });
    QCOMPARE(seen, 1);
    QVERIFY(!report.ok);
    QVERIFY(report.cancelled);
}

int main(int argc, char** argv)
{
    // Old Telegram exports are read in this machine's local time: a fixed zone, nine hours east of UTC,
    // makes that visible in the golden file.
    qputenv("TZ", "JST-9");
    QCoreApplication app(argc, argv);
    TstSocialReaders test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_socialreaders.moc"
