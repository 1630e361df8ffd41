// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The import of a real export end to end: a Reddit comment dump of 1M comments in Arctic Shift's structure,
// zstd --long=31, read, routed by mentions against the sample's tokens and narratives, scored and stored in one
// transaction. In the same run, on the same posts: `zstd -dc --long=31 FILE > /dev/null`, and the existing JSON
// Lines import of the same posts (already routed: one token per line). Each import runs in a child process on
// a fresh copy of the catalogue, median of 3 alternating runs; peak RSS of the child for 250k and 1M comments.
#include "models/io/dataset/datasetimport.h"
#include "models/io/posts/postsimport.h"
#include "models/io/social/socialreader.h"
#include "models/routing/importfile.h"
#include "models/routing/postrouter.h"
#include "models/routing/socialimport.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/storage/walcheckpoint.h"
#include "socialdumpgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace seance;

namespace {

constexpr int runs = 3;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double loadAverage()
{
    double load = 0;
    return getloadavg(&load, 1) == 1 ? load : -1;
}

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The catalogue only: the sample's tokens and narratives, no posts.
bool createCatalogue(const QString& path)
{
    Database db;
    QString error;
    DatasetImportReport report;
    if (!db.open(path, &error) ||
        !importDataset(db, QStringLiteral(SEANCE_SOURCE_DIR "/resources/sample/summoning-ghosts.json"), {}, &report,
                       &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

void appendJsonString(const std::string& text, std::string& out)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

// The same posts as Seance JSON Lines, each under the first token the router credits (or the first token).
qint64 writeRoutedJsonl(const QString& zst, const QString& catalogue, const QString& jsonl)
{
    Database db;
    if (!db.open(catalogue))
        return -1;
    const auto names = std::make_shared<const NameIndex>(NameIndex::fromDatabase(db));
    const auto router = PostRouter::create(names, {}, nullptr);
    QFile out(jsonl);
    if (!out.open(QIODevice::WriteOnly))
        return -1;
    PostRoute route;
    std::string line;
    qint64 count = 0;
    const auto report = social::readSocialFile(zst, social::SocialFormat::Reddit, {}, [&](const social::SocialPost& p) {
        router->route(p.text, p.source, route);
        QString token = names->subjects().front().id;
        for (const int subject : route.subjects) {
            if (names->subjects()[static_cast<std::size_t>(subject)].kind == SubjectKind::Token) {
                token = names->subjects()[static_cast<std::size_t>(subject)].id;
                break;
            }
        }
        line = "{\"id\": \"" + p.id + "\", \"time\": " + std::to_string(p.postedAtMs) + ", \"token\": \"" +
               token.toStdString() + "\", \"text\": ";
        appendJsonString(p.text, line);
        line += ", \"engagement\": " + std::to_string(p.engagement) + "}\n";
        out.write(line.data(), static_cast<qint64>(line.size()));
        ++count;
        return true;
    });
    return report.ok ? count : -1;
}

struct ChildFigures
{
    qint64 posts = 0;
    double seconds = 0;
    qint64 hwmKiB = 0;
};

// The child: one import into a copy of the catalogue; prints "posts seconds peakKiB".
int runChild(const QString& kind, const QString& file, const QString& database)
{
    Database db;
    QString error;
    if (!db.open(database, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const ScoreFunction score = workspaceScoreFunction(db, {});
    score("warm up the lexicon");
    QElapsedTimer timer;
    timer.start();
    qint64 posts = 0;
    if (kind == QLatin1String("social") || kind == QLatin1String("dry")) {
        SocialImportOptions options;
        options.score = score;
        options.dryRun = kind == QLatin1String("dry");
        const SocialImportReport report =
            importSocialPosts(db, socialFileSource(file, social::SocialFormat::Reddit), file, options);
        if (!report.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error));
            return 1;
        }
        posts = report.posts;
    } else {
        PostsImportOptions options;
        options.score = score;
        const PostsImportResult result = importPosts(db, file, options);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        posts = result.inserted;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    waitForBackgroundCheckpoints();
    std::printf("%lld %.4f %lld\n", static_cast<long long>(posts), seconds, static_cast<long long>(peakKiB()));
    return 0;
}

ChildFigures importInChild(const QString& kind, const QString& file, const QString& catalogue, const QString& dir)
{
    ChildFigures figures;
    const QString database = dir + QStringLiteral("/run.seance");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    if (!QFile::copy(catalogue, database))
        return figures;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), kind, file, database});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "child failed: %s\n", child.readAllStandardError().constData());
        return figures;
    }
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() == 3) {
        figures.posts = fields[0].toLongLong();
        figures.seconds = fields[1].toDouble();
        figures.hwmKiB = fields[2].toLongLong();
    }
    return figures;
}

double zstdSeconds(const QString& zst)
{
    QProcess zstd;
    zstd.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dc"), QStringLiteral("--long=31"), zst});
    if (!zstd.waitForFinished(-1) || zstd.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                        QString::fromLocal8Bit(argv[4]));
    if (argc == 4 && qstrcmp(argv[1], "--write-dump") == 0) {
        // For profiling one import by hand: `--write-dump FILE COUNT` writes FILE, the catalogue
        // FILE.seance and the routed posts FILE.jsonl; then `--child social|dry FILE COPY_OF_THE_CATALOGUE` or
        // `--child posts FILE.jsonl COPY_OF_THE_CATALOGUE`.
        QString error;
        const QString file = QString::fromLocal8Bit(argv[2]);
        if (!createCatalogue(file + QStringLiteral(".seance")))
            return 1;
        waitForBackgroundCheckpoints();
        if (bench::writeRedditZst(file, QByteArray(argv[3]).toLongLong(), &error) < 0 ||
            writeRoutedJsonl(file, file + QStringLiteral(".seance"), file + QStringLiteral(".jsonl")) < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    QTemporaryDir dir;
    const QString catalogue = dir.filePath(QStringLiteral("catalogue.seance"));
    if (!dir.isValid() || !createCatalogue(catalogue))
        return 1;
    waitForBackgroundCheckpoints();
    std::printf(
        "bench_socialimport: Reddit comment dumps (Arctic Shift structure, zstd --long=31) imported end to end\n"
        "  (read, route by mentions against the sample's 7 tokens and 5 narratives, score, store), one child\n"
        "  process per run on a copy of the catalogue, median of %d runs; %d cores; load average %.2f\n",
        runs, QThread::idealThreadCount(), loadAverage());
    double mainRate = 0;
    qint64 peaks[2] = {0, 0};
    int index = 0;
    for (const qint64 count : {250'000LL, 1'000'000LL}) {
        const QString zst = dir.filePath(QStringLiteral("RC-%1.zst").arg(count));
        const QString jsonl = dir.filePath(QStringLiteral("posts-%1.jsonl").arg(count));
        QString error;
        const qint64 bytes = bench::writeRedditZst(zst, count, &error);
        if (bytes < 0 || writeRoutedJsonl(zst, catalogue, jsonl) < 0) {
            std::fprintf(stderr, "bench_socialimport: cannot write the dump: %s\n", qPrintable(error));
            return 1;
        }
        std::vector<double> social, dry, posts, zstd;
        qint64 hwm = 0;
        qint64 read = 0;
        for (int run = 0; run < runs; ++run) {
            const ChildFigures s = importInChild(QStringLiteral("social"), zst, catalogue, dir.path());
            const ChildFigures p = importInChild(QStringLiteral("posts"), jsonl, catalogue, dir.path());
            dry.push_back(importInChild(QStringLiteral("dry"), zst, catalogue, dir.path()).seconds);
            if (s.posts <= 0 || p.posts <= 0)
                return 1;
            social.push_back(s.seconds);
            posts.push_back(p.seconds);
            zstd.push_back(zstdSeconds(zst));
            hwm = std::max(hwm, s.hwmKiB);
            read = s.posts;
        }
        const double wall = median(social);
        std::printf("  %lld comments, %.1f MB uncompressed, %.1f MB .zst:\n", count, bytes / 1e6,
                    QFile(zst).size() / 1e6);
        std::printf("    social import, routed and scored %8.0f posts/s  %6.2f s  (target >= 250,000 posts/s)\n",
                    read / wall, wall);
        std::printf("    baseline JSONL import, same posts %7.0f posts/s  %6.2f s  (already routed, one token each)\n",
                    read / median(posts), median(posts));
        std::printf("    the same as a dry run            %8.0f posts/s  %6.2f s  (read, route, score; no SQLite)\n",
                    read / median(dry), median(dry));
        std::printf("    baseline zstd -dc --long=31      %8.0f posts/s  %6.2f s\n", read / median(zstd), median(zstd));
        std::printf(
            "    peak RSS (VmHWM) of the import   %6.1f MB  (target <= 150 MB; a --long=31 frame makes zstd keep\n"
            "                                               up to 2 GiB of decoded window, see bench_socialreaders)\n",
            hwm / 1024.0);
        if (count == 1'000'000) {
            // The same comments with a 128 MiB window (--long=27): what the reader itself holds once the
            // decoder's window is bounded. Memory is the figure here, so one run.
            const QString small = dir.filePath(QStringLiteral("RC-long27.zst"));
            if (bench::writeRedditZst(small, count, &error, 27) < 0)
                return 1;
            const ChildFigures bounded = importInChild(QStringLiteral("social"), small, catalogue, dir.path());
            const ChildFigures boundedDry = importInChild(QStringLiteral("dry"), small, catalogue, dir.path());
            std::printf("    peak RSS with --long=27 instead  %6.1f MB  (%6.1f MB as a dry run; 128 MiB window)\n",
                        bounded.hwmKiB / 1024.0, boundedDry.hwmKiB / 1024.0);
            QFile::remove(small);
        }
        std::fflush(stdout);
        if (count == 1'000'000)
            mainRate = read / wall;
        peaks[index++] = hwm;
        QFile::remove(zst);
        QFile::remove(jsonl);
    }
    std::printf("  peak RSS, 1M minus 250k comments: %+.1f MB (flat in file size when close to 0)\n",
                (peaks[1] - peaks[0]) / 1024.0);
    std::printf("  result: %s (wall time; load average %.2f at the end)\n",
                mainRate >= 250'000 ? "meets the throughput target" : "BELOW the throughput target", loadAverage());
    return 0;
}
