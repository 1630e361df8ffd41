// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of real exports on their own, without routing, scoring or SQLite (the import's end-to-end bench
// builds on these):
// - a Reddit comment dump of 1M comments in Arctic Shift's structure, zstd --long=31: posts/s of the reader,
//   beside `zstd -dc --long=31 FILE > /dev/null` on the same file in the same run (medians of 3);
// - peak RSS of reading a 1M- and a 3M-comment dump, each in a child process: flat in file size for dumps with
//   a small window; for --long=31 dumps the floor is zstd's own window (up to 2 GiB, as much as was decoded),
//   shown beside the peak of `zstd -dc --long=31` on the same file;
// - peak RSS and time of reading a generated ~200 MB Telegram export, beside a ~20 MB one.
#include "models/io/social/socialreader.h"
#include "socialdumpgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace seance;
using namespace seance::social;

namespace {

constexpr int runs = 3;

qint64 statusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<qsizetype>(qstrlen(key)) + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + now.tv_nsec / 1e9;
}

// CPU seconds and peak RSS (KiB) of the children waited for so far.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Reads the file and returns the posts handed over; wall seconds in *seconds, CPU seconds in *cpuSeconds.
qint64 readAll(const QString& path, SocialFormat format, double* seconds, QString* error, double* cpuSeconds = nullptr)
{
    const double cpuBefore = processCpuSeconds();
    qint64 textBytes = 0;
    QElapsedTimer timer;
    timer.start();
    const SocialReadReport report = readSocialFile(path, format, {}, [&](const SocialPost& post) {
        textBytes += static_cast<qint64>(post.text.size());
        return true;
    });
    *seconds = timer.nsecsElapsed() / 1e9;
    if (cpuSeconds)
        *cpuSeconds = processCpuSeconds() - cpuBefore;
    *error = report.error;
    return report.ok ? report.posts : -1;
}

struct ChildFigures
{
    qint64 posts = -1;
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 hwmKiB = 0;
};

// The peak RSS of a read is measured in a child, so that generating the file does not count.
ChildFigures readInChild(const QString& path, SocialFormat format)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read"), path, socialFormatName(format)});
    ChildFigures figures;
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::printf("child failed: %s\n", child.readAllStandardError().constData());
        return figures;
    }
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() == 4) {
        figures.posts = fields[0].toLongLong();
        figures.seconds = fields[1].toDouble();
        figures.cpuSeconds = fields[2].toDouble();
        figures.hwmKiB = fields[3].toLongLong();
    }
    return figures;
}

int childMain(const QString& path, const QString& formatName)
{
    double seconds = 0;
    double cpuSeconds = 0;
    QString error;
    const qint64 posts = readAll(path, *socialFormatFromName(formatName), &seconds, &error, &cpuSeconds);
    if (posts < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld %.4f %.4f %lld\n", static_cast<long long>(posts), seconds, cpuSeconds,
                static_cast<long long>(statusKiB("VmHWM:")));
    return 0;
}

double mib(qint64 bytes)
{
    return bytes / (1024.0 * 1024.0);
}

} // namespace

class BenchSocialReaders : public QObject
{
    Q_OBJECT
private slots:
    void redditZstThroughput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench_comments.zst"));
        QString error;
        const qint64 rawBytes = bench::writeRedditZst(path, 1'000'000, &error);
        QVERIFY2(rawBytes > 0, qPrintable(error));
        std::vector<double> zstdWall, zstdCpu, readerWall, readerCpu;
        qint64 posts = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double childCpuBefore = childrenCpuSeconds();
            QProcess zstd;
            zstd.setStandardOutputFile(QStringLiteral("/dev/null"));
            zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dc"), QStringLiteral("--long=31"), path});
            QVERIFY(zstd.waitForFinished(-1) && zstd.exitCode() == 0);
            zstdWall.push_back(timer.nsecsElapsed() / 1e9);
            zstdCpu.push_back(childrenCpuSeconds() - childCpuBefore);
            double wall = 0;
            double cpu = 0;
            posts = readAll(path, SocialFormat::Reddit, &wall, &error, &cpu);
            QVERIFY2(posts > 0, qPrintable(error));
            readerWall.push_back(wall);
            readerCpu.push_back(cpu);
        }
        // The same lines uncompressed: the parser's own speed, without decompression.
        const QString plainPath = dir.filePath(QStringLiteral("bench_comments.jsonl"));
        QProcess unpack;
        unpack.setStandardOutputFile(plainPath);
        unpack.start(QStringLiteral("zstd"), {QStringLiteral("-dc"), QStringLiteral("--long=31"), path});
        QVERIFY(unpack.waitForFinished(-1) && unpack.exitCode() == 0);
        std::vector<double> plainWall, plainCpu;
        for (int run = 0; run < runs; ++run) {
            double wall = 0;
            double cpu = 0;
            QVERIFY2(readAll(plainPath, SocialFormat::Reddit, &wall, &error, &cpu) == posts, qPrintable(error));
            plainWall.push_back(wall);
            plainCpu.push_back(cpu);
        }
        QFile::remove(plainPath);
        const double reader = median(readerWall);
        const double cpu = median(readerCpu);
        std::printf("Reddit comment dump, 1,000,000 lines (%lld posts after [deleted]/[removed]), %.1f MiB "
                    "uncompressed, %.1f MiB .zst (--long=31); medians of %d runs\n",
                    static_cast<long long>(posts), mib(rawBytes), mib(QFileInfo(path).size()), runs);
        std::printf("  zstd -dc --long=31 FILE > /dev/null   %.3f s wall, %.3f s CPU\n", median(zstdWall),
                    median(zstdCpu));
        std::printf("  readSocialFile (Reddit)              %.3f s wall, %.3f s CPU: %.0f lines/s, %.0f posts/s "
                    "(wall); %.0f lines/s (CPU)\n",
                    reader, cpu, 1e6 / reader, posts / reader, 1e6 / cpu);
        std::printf("  reader / zstd alone: %.2fx the wall time, %.2fx the CPU time\n", reader / median(zstdWall),
                    cpu / median(zstdCpu));
        std::printf("  readSocialFile on the same lines as .jsonl: %.3f s wall, %.3f s CPU: %.0f lines/s (wall), "
                    "%.0f lines/s (CPU)\n",
                    median(plainWall), median(plainCpu), 1e6 / median(plainWall), 1e6 / median(plainCpu));
    }

    void redditPeakMemoryFlat()
    {
        QTemporaryDir dir;
        QString error;
        const qint64 counts[2] = {1'000'000, 3'000'000};
        for (int i = 0; i < 2; ++i) {
            const QString path = dir.filePath(QStringLiteral("dump%1.zst").arg(i));
            const qint64 raw = bench::writeRedditZst(path, counts[i], &error);
            QVERIFY2(raw > 0, qPrintable(error));
            const ChildFigures longWindow = readInChild(path, SocialFormat::Reddit);
            QVERIFY(longWindow.posts > 0);
            // zstd's own peak on the same file: its window is the floor for any reader.
            QProcess zstd;
            zstd.start(QStringLiteral("bash"),
                       {QStringLiteral("-c"),
                        QStringLiteral("zstd -dc --long=31 \"$1\" | zstd -q -3 -c > \"$2\"; "
                                       "command time -f %M zstd -dc --long=31 \"$1\" 2>&1 >/dev/null"),
                        QStringLiteral("bash"), path, path + QStringLiteral(".small")});
            QVERIFY(zstd.waitForFinished(-1));
            const qint64 zstdKiB = zstd.readAllStandardOutput().trimmed().split('\n').last().toLongLong();
            const ChildFigures smallWindow = readInChild(path + QStringLiteral(".small"), SocialFormat::Reddit);
            QVERIFY(smallWindow.posts > 0);
            std::printf("Reddit dump of %lld comments, %.0f MiB uncompressed:\n"
                        "  written with zstd -3 (small window)   reader peak RSS %6.1f MiB\n"
                        "  written with --long=31 (2 GiB window) reader peak RSS %6.1f MiB, zstd -dc --long=31 "
                        "peak %6.1f MiB\n",
                        static_cast<long long>(counts[i]), mib(raw), smallWindow.hwmKiB / 1024.0,
                        longWindow.hwmKiB / 1024.0, zstdKiB / 1024.0);
            QFile::remove(path);
            QFile::remove(path + QStringLiteral(".small"));
        }
    }

    void telegramLargeExport()
    {
        QTemporaryDir dir;
        QString error;
        const qint64 sizes[2] = {20LL << 20, 200LL << 20};
        ChildFigures figures[2];
        qint64 written[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            const QString path = dir.filePath(QStringLiteral("result%1.json").arg(i));
            written[i] = bench::writeTelegramExport(path, sizes[i], &error);
            QVERIFY2(written[i] > 0, qPrintable(error));
            figures[i] = readInChild(path, SocialFormat::Telegram);
            QVERIFY(figures[i].posts > 0);
            QFile::remove(path);
        }
        for (int i = 0; i < 2; ++i)
            std::printf("Telegram export of %.0f MiB: %lld posts in %.2f s wall (%.0f MiB/s), %.2f s CPU (%.0f MiB/s), "
                        "peak RSS %.1f MiB\n",
                        mib(written[i]), static_cast<long long>(figures[i].posts), figures[i].seconds,
                        mib(written[i]) / figures[i].seconds, figures[i].cpuSeconds,
                        mib(written[i]) / figures[i].cpuSeconds, figures[i].hwmKiB / 1024.0);
        std::printf("  peak RSS, 200 MiB minus 20 MiB export: %+.1f MiB (the document is never held whole)\n",
                    (figures[1].hwmKiB - figures[0].hwmKiB) / 1024.0);
    }
};

int main(int argc, char** argv)
{
    // Generating and compressing the 3M-comment dump takes minutes on a busy machine.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--read") == 0)
        return childMain(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    // For trying a reader by hand: bench_socialreaders --generate-telegram MIB result.json
    if (argc == 4 && qstrcmp(argv[1], "--generate-telegram") == 0) {
        QString error;
        const qint64 bytes =
            bench::writeTelegramExport(QString::fromLocal8Bit(argv[3]), QByteArray(argv[2]).toLongLong() << 20, &error);
        std::printf("%lld bytes%s\n", static_cast<long long>(bytes), qPrintable(error));
        return bytes > 0 ? 0 : 1;
    }
    // bench_socialreaders --generate-reddit COUNT FILE.zst
    if (argc == 4 && qstrcmp(argv[1], "--generate-reddit") == 0) {
        QString error;
        const qint64 bytes =
            bench::writeRedditZst(QString::fromLocal8Bit(argv[3]), QByteArray(argv[2]).toLongLong(), &error);
        std::printf("%lld bytes uncompressed%s\n", static_cast<long long>(bytes), qPrintable(error));
        return bytes > 0 ? 0 : 1;
    }
    BenchSocialReaders bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_socialreaders.moc"
