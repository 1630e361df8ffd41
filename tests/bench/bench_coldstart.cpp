// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Time to the first painted window: the real `seance` executable on its sample workspace against a bare
// QApplication + QChartView program (bench_coldstart_baseline), both offscreen, alternating, in the same run.
// Each run is timed from process start to the "first-paint" line that ui/common/firstpaintprobe prints, so it
// covers loading and linking, settings, opening the workspace and the first frame. Target: ≤ 1.5× the baseline.
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace seance;

namespace {

constexpr int runs = 9;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

class BenchColdStart : public QObject
{
    Q_OBJECT
private slots:
    void firstPaintAgainstBareChartView()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sample = dir.filePath(QStringLiteral("sample.seance"));
        QString error;
        QVERIFY2(createSampleDatabase(sample, SampleScorerFactory([](const Database& db) {
                                          return workspaceScoreFunction(db, QString());
                                      }),
                                      &error),
                 qPrintable(error));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SEANCE_BENCH_FIRST_PAINT"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A settings directory of its own, so the run neither reads nor changes the user's layout.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

        // Milliseconds from the start to the "first-paint" line and, for seance, to the "workspace-paint" line.
        const auto timeOne = [&](const QString& program, const QStringList& arguments,
                                 double* workspaceMs = nullptr) -> double {
            QProcess process;
            process.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            process.start(program, arguments);
            double ms = -1;
            QByteArray output;
            while ((ms < 0 || (workspaceMs && *workspaceMs < 0)) && process.waitForReadyRead(30000)) {
                output += process.readAllStandardOutput();
                const double now = double(timer.nsecsElapsed()) / 1e6;
                if (ms < 0 && output.contains("first-paint"))
                    ms = now;
                if (workspaceMs && *workspaceMs < 0 && output.contains("workspace-paint"))
                    *workspaceMs = now;
            }
            process.waitForFinished(30000);
            return ms;
        };

        const QString seanceProgram = QStringLiteral(SEANCE_APP_PATH);
        const QString baselineProgram = QStringLiteral(SEANCE_BASELINE_PATH);
        const QStringList seanceArguments = {QStringLiteral("--db"), sample};
        // One unmeasured run each warms the page cache, as a user's second launch would be.
        double unused = -1;
        timeOne(seanceProgram, seanceArguments, &unused);
        timeOne(baselineProgram, {});
        std::vector<double> seanceMs;
        std::vector<double> workspaceMs;
        std::vector<double> baselineMs;
        for (int i = 0; i < runs; ++i) {
            baselineMs.push_back(timeOne(baselineProgram, {}));
            double workspace = -1;
            seanceMs.push_back(timeOne(seanceProgram, seanceArguments, &workspace));
            workspaceMs.push_back(workspace);
            QVERIFY2(baselineMs.back() > 0 && seanceMs.back() > 0, "a program did not report its first paint");
            QVERIFY2(workspace >= seanceMs.back(), "seance did not report its workspace on screen");
        }
        const double seance = median(seanceMs);
        const double workspace = median(workspaceMs);
        const double baseline = median(baselineMs);
        std::printf("cold start to first paint, sample workspace (7 tokens, 4,000 posts), %d runs each, offscreen:\n"
                    "  bare QApplication + QChartView  median %7.1f ms\n"
                    "  seance --db sample              median %7.1f ms  (%.2fx the baseline; target <= 1.5x)\n"
                    "    until the workspace is drawn  median %7.1f ms  (%.2fx the baseline)\n",
                    runs, baseline, seance, seance / baseline, workspace, workspace / baseline);
    }
};

QTEST_GUILESS_MAIN(BenchColdStart)
#include "bench_coldstart.moc"
