// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Resident memory of the real main window with a 10M-post workspace open: four tokens charted hourly, the posts
// pane filled and scrolled, a dozen zoom and pan steps. The baseline in the same run is the same window on the
// bundled sample workspace (4,000 posts). Target: ≤ 200 MB resident with the 10M-post workspace.
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "syntheticworkspace.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/posts/postspane.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace seance;

class BenchMemory : public QObject
{
    Q_OBJECT
private slots:
    void residentWithTenMillionPosts()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        const bench::SyntheticWorkspace big = bench::syntheticWorkspace(10'000'000, 20, &error);
        QVERIFY2(!big.path.isEmpty(), qPrintable(error));
        if (big.buildSeconds > 0)
            std::printf("built the 10M-post workspace in %.0f s (reused on later runs)\n", big.buildSeconds);
        QTemporaryDir dir;
        const QString sample = dir.filePath(QStringLiteral("sample.seance"));
        QVERIFY2(createSampleDatabase(sample, SampleScorerFactory([](const Database& db) {
                                          return workspaceScoreFunction(db, QString());
                                      }),
                                      &error),
                 qPrintable(error));
        const double before = bench::residentMiB();

        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto exercise = [&](const QStringList& tokens) {
            ViewState* state = window.viewState();
            QSignalSpy loaded(window.chartPane(), &SentimentChartPane::loaded);
            state->setGranularity(Granularity::Hour);
            state->setSelectedTokens(tokens);
            QVERIFY(loaded.wait(60000));
            state->resetRange();
            for (int step = 0; step < 12; ++step) {
                if (step < 6)
                    state->setVisibleRange(zoomedRange(state->visibleRange(), 1.6,
                                                       state->visibleRange().from + state->visibleRange().span() / 2,
                                                       ViewState::minimumSpan));
                else
                    state->setVisibleRange(shiftedRange(state->visibleRange(), -state->visibleRange().span() / 3));
                QTest::qWait(50);
            }
            QTest::qWait(500);
            QTableView* posts = window.postsPane()->tableView();
            for (int page = 0; page < 20; ++page) {
                posts->scrollToBottom();
                QCoreApplication::processEvents();
            }
            QVERIFY(posts->model()->rowCount() > 0);
        };

        QVERIFY(window.openDatabase(sample));
        exercise({QStringLiteral("xrpl-ghost-coin"), QStringLiteral("icp-ghost")});
        const double sampleRss = bench::residentMiB();

        QElapsedTimer opening;
        opening.start();
        QVERIFY(window.openDatabase(big.path));
        const double openMs = double(opening.nsecsElapsed()) / 1e6;
        exercise({QStringLiteral("token-0"), QStringLiteral("token-1"), QStringLiteral("token-2"),
                  QStringLiteral("token-3")});
        const double bigRss = bench::residentMiB();
        std::printf("resident memory of the main window, offscreen, 1600x1000, 4 tokens hourly, posts scrolled:\n"
                    "  QApplication only                          %6.1f MiB\n"
                    "  sample workspace (4,000 posts)              %6.1f MiB\n"
                    "  %lld-post workspace (%d tokens)       %6.1f MiB  (target <= 200 MB = 190.7 MiB)\n"
                    "  peak over the whole run (VmHWM)             %6.1f MiB\n"
                    "  opening the %lld-post workspace in the window took %.0f ms\n",
                    before, sampleRss, static_cast<long long>(big.posts), big.tokens, bigRss,
                    bench::peakResidentMiB(), static_cast<long long>(big.posts), openMs);
        QVERIFY2(bigRss > 0, "VmRSS not readable");
    }
};

QTEST_MAIN(BenchMemory)
#include "bench_memory.moc"
