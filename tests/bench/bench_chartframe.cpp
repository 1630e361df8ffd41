// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One zoom or pan frame of the sentiment chart over a 10M-post workspace, at 1920×1080 offscreen: bucket query
// (when the cached window does not cover the new range) + metric + min-max downsampling + the repaint Qt
// schedules, run from the posted events as the event loop runs it (forced with repaint() if none was
// scheduled), together with any background load that has landed meanwhile. Driven through the pane's real
// path: the ViewState's range changes and the pane follows it, as when the mediator applies a wheel or drag
// intent.
//
// The sentiment_buckets rows are written directly, as PostWriter would have folded 10M posts (20 tokens ×
// 730 days, hourly + daily + weekly): building them from 10M generated posts would take minutes and measure
// the importer, not the chart. The baseline in the same run is the same repaint with no token selected.
#include "models/chart/chartdata.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "syntheticbuckets.h"
#include "ui/chart/sentimentchartpane.h"

#include <QApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace seance;

namespace {

constexpr int tokenCount = 20;
constexpr qint64 begin = 1'704'067'200'000; // 2024-01-01T00:00Z, a Monday
constexpr int days = 730;
constexpr qint64 postTarget = 10'000'000;
constexpr int interactiveFrames = 200;
constexpr int coldFrames = 24;

// Hourly buckets with a popularity skew between tokens, a daily rhythm and a slow mood drift, folded into days
// and weeks. Quiet hours (no posts) are left out, as PostWriter leaves them out. Returns the posts represented.
qint64 writeBuckets(Database& db)
{
    for (int i = 0; i < tokenCount; ++i) {
        const QByteArray sql = "INSERT INTO tokens (id, name, symbol, chain) VALUES ('token-" + QByteArray::number(i)
                               + "', 'Token " + QByteArray::number(i) + "', 'T" + QByteArray::number(i) + "', 'x')";
        execSql(db.handle(), sql.constData());
    }
    bench::SyntheticBucketWriter writer(db);
    bench::BenchRandom random(7);
    double weightSum = 0;
    for (int i = 0; i < tokenCount; ++i)
        weightSum += 1.0 / (i + 1);
    qint64 total = 0;
    for (int s = 0; s < tokenCount; ++s) {
        const double perHour = double(postTarget) * (1.0 / (s + 1)) / weightSum / (days * 24.0);
        writer.writeHours(0, "token-" + QByteArray::number(s), begin, days * 24, [&](int h) {
            const double rhythm = 0.6 + 0.8 * (0.5 + 0.5 * std::sin(2 * M_PI * (h % 24) / 24.0));
            const double mood = 0.3 * std::sin(2 * M_PI * h / (24.0 * (40 + 7 * s)));
            BucketSums hour;
            hour.n = qint64(std::llround(perHour * rhythm * (0.5 + random.uniform())));
            hour.nScored = hour.n;
            hour.nPos = qint64(double(hour.n) * (0.35 + mood / 2 + 0.2 * random.uniform()));
            hour.nNeg = qint64(double(hour.n - hour.nPos) * 0.6 * random.uniform());
            hour.sumCompound = double(hour.n) * (mood + 0.4 * (random.uniform() - 0.5));
            hour.sumWeight = double(hour.n) * 3.2;
            hour.sumWeightedCompound = hour.sumCompound * 3.3;
            total += hour.n;
            return hour;
        });
    }
    return total;
}

class PaintCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return QObject::eventFilter(watched, event);
    }
};

struct Stats
{
    double median = 0;
    double p95 = 0;
    qsizetype count = 0;
};

Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], qsizetype(ms.size())};
}

double elapsedMs(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

void print(const char* what, const Stats& s)
{
    std::printf("    %-44s %7.2f ms median  %7.2f ms p95  (%lld frames)\n", what, s.median, s.p95,
                static_cast<long long>(s.count));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines appear as they are measured, also through a pipe
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frames.seance"));
    QString error;
    qint64 posts = 0;
    const auto buildStart = std::chrono::steady_clock::now();
    {
        Database db;
        if (!dir.isValid() || !db.open(path, &error)) {
            std::fprintf(stderr, "bench_chartframe: %s\n", qPrintable(error));
            return 1;
        }
        Transaction transaction(db);
        posts = writeBuckets(db);
        if (!transaction.commit(&error)) {
            std::fprintf(stderr, "bench_chartframe: %s\n", qPrintable(error));
            return 1;
        }
        execSql(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    Database db;
    db.open(path, &error);
    BucketQuery query(db);
    const TimeRange full{begin, begin + qint64(days) * dayMs};
    std::printf("bench_chartframe: %lld posts as sentiment_buckets rows (%d tokens x %d days, hour/day/week),\n"
                "  %.1f MB file, built in %.1f s. Pane 1920x1080 offscreen; a frame = ViewState range change ->\n"
                "  [query if the cached window misses] + metric + min-max downsampling + one repaint of the window.\n"
                "  Target: <= 16 ms per zoom or pan frame.\n",
                static_cast<long long>(posts), tokenCount, days, QFileInfo(path).size() / 1e6,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count());

    ViewState state;
    SentimentChartPane pane(&state);
    QObject::connect(&pane, &SentimentChartPane::rangeRequested, &state, &ViewState::setVisibleRange);
    pane.resize(1920, 1080);
    pane.setDatabasePath(path);
    state.setDataRange(full);
    state.setVisibleRange(full);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane)) {
        std::fprintf(stderr, "bench_chartframe: the pane was never exposed\n");
        return 1;
    }
    // One paint per frame, as on screen: Qt's scheduled repaint, or a forced one when nothing was scheduled.
    PaintCounter paints;
    pane.chartViewport()->installEventFilter(&paints);
    auto paintNow = [&] {
        const int before = paints.count;
        QCoreApplication::sendPostedEvents(); // the scheduled repaint, and a background load that has landed
        if (paints.count == before)
            pane.repaint();
    };
    QSignalSpy loaded(&pane, &SentimentChartPane::loaded);
    auto settle = [&] {
        if (pane.isLoading() && !loaded.wait(20000))
            std::fprintf(stderr, "bench_chartframe: a load timed out\n");
    };
    // One frame: apply the range as the mediator would, wait for data when the cache misses, force a repaint.
    auto frame = [&](const TimeRange& range, bool* missed = nullptr) {
        const auto start = std::chrono::steady_clock::now();
        state.setVisibleRange(range);
        if (missed)
            *missed = pane.isLoading();
        settle();
        paintNow();
        return elapsedMs(start);
    };

    for (const Granularity granularity : {Granularity::Day, Granularity::Hour}) {
        for (const int selected : {1, 4}) {
            QStringList tokens;
            for (int i = 0; i < selected; ++i)
                tokens << QStringLiteral("token-%1").arg(i);
            state.setGranularity(granularity);
            state.setSelectedTokens({});
            state.setVisibleRange(full);
            paintNow();

            // Baseline: the same repaint with empty series.
            std::vector<double> empty;
            for (int i = 0; i < 15; ++i) {
                const auto start = std::chrono::steady_clock::now();
                state.setVisibleRange(i % 2 ? full : TimeRange{full.from, full.to - dayMs});
                paintNow();
                empty.push_back(elapsedMs(start));
            }

            state.setSelectedTokens(tokens);
            settle();
            paintNow();

            // What one frame handles, at the widest view.
            ChartRequest request{0, path, tokens, granularity, loadWindow(full, granularity), false};
            const ChartBuckets buckets = loadChartBuckets(query, request);
            const ChartFrame shape = buildFrame(buckets, Metric::Mean, full, 1800);
            qsizetype drawn = 0;
            for (const auto& runs : shape.runs)
                for (const auto& run : runs)
                    drawn += run.size();

            // Cold frames: the range changes and the cache is dropped (reload()), so each frame queries in the
            // worker. In a session that happens only when a zoom or pan leaves the cached window.
            std::vector<double> cold;
            std::vector<double> queryOnly;
            std::vector<double> metricAndDownsample;
            bench::BenchRandom random(42);
            for (int i = 0; i < coldFrames; ++i) {
                const qint64 span = i % 3 == 0 ? 180 * dayMs : (i % 3 == 1 ? 60 * dayMs : 14 * dayMs);
                const qint64 from = full.from + qint64(random.uniform() * double(full.span() - span));
                const TimeRange range{from, from + span};
                auto start = std::chrono::steady_clock::now();
                const ChartBuckets b = loadChartBuckets(
                    query, ChartRequest{0, path, tokens, granularity, loadWindow(range, granularity), false});
                queryOnly.push_back(elapsedMs(start));
                start = std::chrono::steady_clock::now();
                buildFrame(b, Metric::Mean, range, 1800);
                metricAndDownsample.push_back(elapsedMs(start));
                start = std::chrono::steady_clock::now();
                state.setVisibleRange(range);
                pane.reload();
                settle();
                paintNow();
                cold.push_back(elapsedMs(start));
            }

            // An interactive session: wheel zooms about random anchors and drags, from a 60-day view, so that
            // zooming out and panning far leave the cached window now and then.
            std::vector<double> all;
            std::vector<double> hits;
            std::vector<double> misses;
            TimeRange range{full.from + 300 * dayMs, full.from + 360 * dayMs};
            state.setVisibleRange(range);
            pane.reload(); // the cached window is now this view's, not the whole history's
            settle();
            for (int i = 0; i < interactiveFrames; ++i) {
                const double roll = random.uniform();
                // Out more often than in, so the session drifts out of its cached window now and then.
                if (roll < 0.5)
                    range =
                        zoomedRangeAt(range, roll < 0.15 ? 1.25 : 0.8, random.uniform(), ViewState::minimumSpan, full);
                else
                    range = shiftedRange(range, qint64((random.uniform() - 0.5) * 0.6 * double(range.span())), full);
                bool missed = false;
                const double ms = frame(range, &missed);
                all.push_back(ms);
                (missed ? misses : hits).push_back(ms);
            }

            std::printf("  %s buckets, %d token%s: %lld buckets per token over the full range, %lld points drawn "
                        "after downsampling to 1800 columns\n",
                        granularity == Granularity::Day ? "daily" : "hourly", selected, selected == 1 ? "" : "s",
                        static_cast<long long>(buckets.tokens.first().rows.size()), static_cast<long long>(drawn));
            print("zoom/pan frame, interactive session", stats(all));
            print("  of which cache hits (no query)", stats(hits));
            print("  of which cache misses (query in the worker)", stats(misses));
            print("cold frame (range change + reload: queries)", stats(cold));
            print("  query alone (same windows, this thread)", stats(queryOnly));
            print("  metric + downsampling alone", stats(metricAndDownsample));
            print("baseline: same repaint, empty series", stats(empty));
        }
    }
    return 0;
}
