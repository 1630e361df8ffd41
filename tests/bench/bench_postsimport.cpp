// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end JSONL posts import with scoring: generated files of 250k and 1M posts, each imported into an
// empty database in a child process (so that generating the file does not pollute its peak RSS). The
// baselines in the same run read and parse the same file with the importer's own reader and parser,
// without SQLite: on one thread, and with scoring on all cores.
#include "benchrandom.h"
#include "models/io/posts/postparser.h"
#include "models/io/posts/postsimport.h"
#include "models/io/text/linereader.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/storage/database.h"
#include "models/storage/walcheckpoint.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace seance;

namespace {

constexpr int runs = 3;
constexpr int tokenCount = 20;

template <std::size_t N>
std::string_view pick(bench::BenchRandom& random, const std::array<std::string_view, N>& words)
{
    return words[random.below(N)];
}

// Tweet-like texts of 60–140 bytes: plain words, sentiment words and slang, modifiers, emoji, cashtags;
// one in thirty in Korean, which the scorer leaves unscored.
void appendText(bench::BenchRandom& random, std::string& out)
{
    static constexpr std::array<std::string_view, 32> plain = {
        "the", "team", "chart", "token", "today", "just", "bought", "some", "is", "going", "to", "we", "this", "price",
        "holders", "launch", "dev", "community", "wallet", "volume", "it", "and", "for", "on", "my", "market", "week",
        "again", "after", "listing", "supply", "burn"};
    static constexpr std::array<std::string_view, 26> sentiment = {
        "good", "great", "bad", "love", "hate", "amazing", "terrible", "happy", "sad", "wagmi", "ngmi", "lfg", "rekt",
        "scam", "bullish", "bearish", "pumping", "dumped", "to the moon", "rug pull", "diamond hands", "fud", "solid",
        "nice", "awful", "excited"};
    static constexpr std::array<std::string_view, 6> modifiers = {"very", "really", "so", "not", "never", "but"};
    static constexpr std::array<std::string_view, 6> emoji = {"🚀", "🔥", "💎", "😂", "👻", "📉"};
    static constexpr std::array<std::string_view, 4> names = {"$GHOST", "@ghostcoin", "#crypto", "$PEPE"};
    static constexpr std::array<std::string_view, 3> korean = {"유령 코인 오늘 또 올랐다", "커뮤니티가 정말 좋다",
                                                               "차트가 너무 무섭다"};
    const std::size_t target = 60 + random.below(81);
    const std::size_t start = out.size();
    const bool hangul = random.below(30) == 0;
    while (out.size() - start < target) {
        if (out.size() != start)
            out.push_back(' ');
        if (hangul) {
            out += pick(random, korean);
            continue;
        }
        const std::size_t roll = random.below(100);
        out += roll < 55 ? pick(random, plain)
               : roll < 78 ? pick(random, sentiment)
               : roll < 88 ? pick(random, modifiers)
               : roll < 95 ? pick(random, emoji)
                           : pick(random, names);
        if (random.below(9) == 0)
            out += random.below(2) ? "!" : "?";
    }
}

// Writes `count` posts as JSON Lines with ISO 8601 times spread evenly over 180 days, in ascending order:
// a busy half-year of a narrative. The span sets how many hourly buckets the import folds the posts into
// (20 tokens and 3 narratives × 4,320 hours), which is work independent of the post count.
qint64 generate(const QString& path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    bench::BenchRandom random(20251001);
    const qint64 begin = 1'743'465'600; // 2025-04-01T00:00Z, seconds
    const qint64 span = 180 * 86'400;
    std::string line;
    std::string chunk;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 t = begin + span * i / count;
        char time[96];
        const qint64 days = t / 86'400;
        // Civil date from days (Hinnant), for the generator only.
        const qint64 z = days + 719'468;
        const qint64 era = z / 146'097;
        const qint64 doe = z - era * 146'097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 d = doy - (153 * mp + 2) / 5 + 1;
        const qint64 m = mp < 10 ? mp + 3 : mp - 9;
        const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        const qint64 s = t % 86'400;
        std::snprintf(time, sizeof time, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", y, m, d, s / 3600, s / 60 % 60,
                      s % 60);
        line = "{\"id\":\"x" + std::to_string(1'800'000'000'000 + i) + "\",\"time\":\"" + time + "\",\"token\":\"token-"
               + std::to_string(random.below(tokenCount)) + "\",";
        if (random.below(10) < 3)
            line += "\"narrative\":\"narrative-" + std::to_string(random.below(3)) + "\",";
        line += "\"author\":\"user" + std::to_string(random.below(50'000)) + "\",\"lang\":\"en\",\"engagement\":"
                + std::to_string(random.below(8) == 0 ? random.below(100'000) : random.below(50)) + ",\"text\":\"";
        appendText(random, line);
        line += "\"}\n";
        chunk += line;
        if (chunk.size() > (1 << 20)) {
            file.write(chunk.data(), qint64(chunk.size()));
            chunk.clear();
        }
    }
    file.write(chunk.data(), qint64(chunk.size()));
    return file.size();
}

qint64 statusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User plus system time of all threads: on a shared machine the wall clock also counts other processes.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The calling thread's CPU time: in the import, the thread that runs SQLite (the pool reads, parses and scores).
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

bool createEmptyDatabase(const QString& path)
{
    Database db;
    if (!db.open(path))
        return false;
    for (int i = 0; i < tokenCount; ++i) {
        const QByteArray sql = "INSERT INTO tokens (id, name, symbol, chain) VALUES ('token-" + QByteArray::number(i)
                               + "', 'Token " + QByteArray::number(i) + "', 'T" + QByteArray::number(i) + "', 'x')";
        if (!execSql(db.handle(), sql.constData()))
            return false;
    }
    return execSql(db.handle(), "INSERT INTO narratives (id, title) VALUES ('narrative-0', 'A'), ('narrative-1', 'B'), "
                                "('narrative-2', 'C')");
}

// The child: one import, then its figures on stdout as "key=value" words.
int runChild(const QString& file, const QString& database)
{
    Scorer scorer(Lexicon::builtIn());
    scorer.setMaskedTerms({QStringLiteral("ghost"), QStringLiteral("ghost coin"), QStringLiteral("pepe")});
    scorer.score("warm up the lexicon");
    const qint64 rssBefore = statusKiB("VmRSS");
    Database db;
    QString error;
    if (!db.open(database, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PostsImportOptions options;
    options.score = scorer.scoreFunction();
    const double cpuBefore = processCpuSeconds();
    const double threadBefore = threadCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    const PostsImportResult result = importPosts(db, file, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    const double threadSeconds = threadCpuSeconds() - threadBefore;
    // The import returns at its commit; the copy of the write-ahead log into the file runs after it.
    waitForBackgroundCheckpoints();
    const double untilCheckpointed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("inserted=%lld unscored=%lld seconds=%.4f finish_seconds=%.4f checkpointed_seconds=%.4f "
                "cpu_seconds=%.4f insert_thread_seconds=%.4f rss_before_kib=%lld hwm_kib=%lld\n",
                result.inserted, result.unscored, seconds, result.finishMs / 1000.0, untilCheckpointed,
                processCpuSeconds() - cpuBefore, threadSeconds, rssBefore, statusKiB("VmHWM"));
    return 0;
}

struct ChildFigures
{
    qint64 inserted = 0;
    qint64 unscored = 0;
    double seconds = 0;
    double finishSeconds = 0;
    double checkpointedSeconds = 0;
    double cpuSeconds = 0;
    double insertThreadSeconds = 0;
    qint64 rssBeforeKiB = 0;
    qint64 hwmKiB = 0;
};

std::optional<ChildFigures> importInChild(const QString& file, const QString& templateDb, const QString& dir)
{
    const QString db = dir + QStringLiteral("/run.seance");
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    if (!QFile::copy(templateDb, db))
        return std::nullopt;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), file, db});
    if (!child.waitForFinished(300'000) || child.exitCode() != 0)
        return std::nullopt;
    ChildFigures figures;
    for (const QByteArray& word : child.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> kv = word.split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0] == "inserted")
            figures.inserted = kv[1].toLongLong();
        else if (kv[0] == "unscored")
            figures.unscored = kv[1].toLongLong();
        else if (kv[0] == "seconds")
            figures.seconds = kv[1].toDouble();
        else if (kv[0] == "finish_seconds")
            figures.finishSeconds = kv[1].toDouble();
        else if (kv[0] == "checkpointed_seconds")
            figures.checkpointedSeconds = kv[1].toDouble();
        else if (kv[0] == "cpu_seconds")
            figures.cpuSeconds = kv[1].toDouble();
        else if (kv[0] == "insert_thread_seconds")
            figures.insertThreadSeconds = kv[1].toDouble();
        else if (kv[0] == "rss_before_kib")
            figures.rssBeforeKiB = kv[1].toLongLong();
        else if (kv[0] == "hwm_kib")
            figures.hwmKiB = kv[1].toLongLong();
    }
    return figures;
}

// Baselines: the importer's own line reader and JSON parser without SQLite. With a score function the
// batches are parsed and scored on all cores, which is the most the import could reach if inserting
// cost nothing; without, one thread reads and parses.
double readAndParseSeconds(const QString& path, const ScoreFunction& score, qint64* lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    KnownSubjects subjects;
    for (int i = 0; i < tokenCount; ++i)
        subjects.tokens.insert("token-" + std::to_string(i));
    for (int i = 0; i < 3; ++i)
        subjects.narratives.insert("narrative-" + std::to_string(i));
    const PostParser parser(subjects, score);
    const auto start = std::chrono::steady_clock::now();
    LineReader reader(&file);
    std::vector<PostSlot> batch(4096);
    std::string_view line;
    *lines = 0;
    bool more = true;
    while (more) {
        std::size_t count = 0;
        while (count < batch.size() && (more = reader.next(&line) == LineReader::Status::Line)) {
            batch[count].reset(reader.lineNumber());
            batch[count++].raw.assign(line);
        }
        auto parse = [&parser](PostSlot& slot) { parser.parseJson(slot); };
        if (score)
            QtConcurrent::blockingMap(batch.begin(), batch.begin() + qsizetype(count), parse);
        else
            std::for_each(batch.begin(), batch.begin() + qsizetype(count), parse);
        for (std::size_t i = 0; i < count; ++i) {
            if (batch[i].failed())
                return -1;
        }
        *lines += qint64(count);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    // For profiling one stage by hand: write the generated file or the empty database and stop.
    if (argc == 4 && qstrcmp(argv[1], "--generate") == 0)
        return generate(QString::fromLocal8Bit(argv[3]), QByteArray(argv[2]).toLongLong()) > 0 ? 0 : 1;
    if (argc == 3 && qstrcmp(argv[1], "--empty-db") == 0)
        return createEmptyDatabase(QString::fromLocal8Bit(argv[2])) ? 0 : 1;

    QTemporaryDir dir;
    const QString templateDb = dir.filePath(QStringLiteral("empty.seance"));
    if (!dir.isValid() || !createEmptyDatabase(templateDb)) {
        std::fprintf(stderr, "bench_postsimport: cannot create the database\n");
        return 1;
    }
    Scorer scorer(Lexicon::builtIn());
    scorer.setMaskedTerms({QStringLiteral("ghost"), QStringLiteral("ghost coin"), QStringLiteral("pepe")});
    std::printf("bench_postsimport: generated JSONL posts (60-140 byte texts, 20 tokens, 30%% also with a narrative,\n"
                "  180 days), imported end to end with the built-in scorer into an empty database, one child process\n"
                "  per run; median of %d runs; %d cores; load average %.2f at the start (other processes share the\n"
                "  cores, so posts per CPU-second is shown too)\n",
                runs, QThread::idealThreadCount(), loadAverage());
    double mainRate = 0;
    qint64 peaks[2] = {0, 0};
    int index = 0;
    for (const qint64 count : {250'000LL, 1'000'000LL}) {
        const QString file = dir.filePath(QStringLiteral("posts-%1.jsonl").arg(count));
        const qint64 bytes = generate(file, count);
        std::vector<double> seconds;
        std::vector<double> finishSeconds;
        std::vector<double> checkpointedSeconds;
        std::vector<double> cpuSeconds;
        std::vector<double> insertSeconds;
        qint64 hwm = 0;
        qint64 rssBefore = 0;
        qint64 unscored = 0;
        for (int run = 0; run < runs; ++run) {
            const auto figures = importInChild(file, templateDb, dir.path());
            if (!figures || figures->inserted != count) {
                std::fprintf(stderr, "bench_postsimport: the import of %lld posts failed\n", count);
                return 1;
            }
            seconds.push_back(figures->seconds);
            finishSeconds.push_back(figures->finishSeconds);
            checkpointedSeconds.push_back(figures->checkpointedSeconds);
            cpuSeconds.push_back(figures->cpuSeconds);
            insertSeconds.push_back(figures->insertThreadSeconds);
            hwm = std::max(hwm, figures->hwmKiB);
            rssBefore = figures->rssBeforeKiB;
            unscored = figures->unscored;
        }
        qint64 lines = 0;
        std::vector<double> parseOnly;
        std::vector<double> parseAndScore;
        for (int run = 0; run < runs; ++run) {
            parseOnly.push_back(readAndParseSeconds(file, {}, &lines));
            parseAndScore.push_back(readAndParseSeconds(file, scorer.scoreFunction(), &lines));
        }
        const double wall = median(seconds);
        std::printf("  %lld posts, %.1f MB file, %lld unscored (Korean):\n", count, bytes / 1e6, unscored);
        std::printf("    import with scoring        %8.0f posts/s  %6.2f s  (target >= 250,000 posts/s)\n", count / wall,
                    wall);
        std::printf("      of which flush+commit    %17.2f s  (after the last post is inserted)\n",
                    median(finishSeconds));
        std::printf("      until checkpointed       %8.0f posts/s  %6.2f s  (the import plus the background copy of\n"
                    "                                                    the write-ahead log into the file)\n",
                    count / median(checkpointedSeconds), median(checkpointedSeconds));
        std::printf("      per CPU-second           %8.0f posts/s  %6.2f s of CPU, all threads\n",
                    count / median(cpuSeconds), median(cpuSeconds));
        std::printf("      inserting thread alone   %8.0f posts/s  %6.2f s of CPU (SQLite and buckets: the serial\n"
                    "                                                    stage, the ceiling on 2 cores)\n",
                    count / median(insertSeconds), median(insertSeconds));
        // A model, not a measurement: what the CPU figures allow on otherwise idle cores.
        const double bound = std::max(median(insertSeconds), median(cpuSeconds) / QThread::idealThreadCount());
        std::printf("      CPU-bound estimate       %8.0f posts/s  (max of serial CPU and total CPU / cores: what\n"
                    "                                                    an otherwise idle machine would allow)\n",
                    count / bound);
        std::printf("    baseline read+parse        %8.0f posts/s  %6.2f s  (one thread, no scoring, no SQLite)\n",
                    lines / median(parseOnly), median(parseOnly));
        std::printf("    baseline read+parse+score  %8.0f posts/s  %6.2f s  (all cores, no SQLite)\n",
                    lines / median(parseAndScore), median(parseAndScore));
        std::printf("    peak RSS (VmHWM)           %6.1f MB  (%.1f MB of it before the import: Qt, SQLite, lexicon;\n"
                    "                                          target <= 150 MB)\n",
                    hwm / 1024.0, rssBefore / 1024.0);
        if (count == 1'000'000)
            mainRate = count / wall;
        peaks[index++] = hwm;
        QFile::remove(file);
    }
    std::printf("  peak RSS, 1M minus 250k posts: %+.1f MB (flat in file size when close to 0)\n",
                (peaks[1] - peaks[0]) / 1024.0);
    std::printf("  result: %s (wall time; load average %.2f at the end)\n",
                mainRate >= 250'000 ? "meets the throughput target" : "BELOW the throughput target", loadAverage());
    return 0;
}
