// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Downsampling cost for the chart's frame budget (16 ms a zoom or pan frame). The worst case reduces 10M raw
// samples (a post each, three years) to 4 points per pixel of a 1920 px chart. The chart really downsamples
// pre-aggregated buckets, so a second case reduces three years of hourly buckets. Baselines in the same run,
// a read-only sum and a plain copy of the same data, show how close each reducer gets to memory speed.
#include "models/chartmath/downsampling.h"
#include "models/time/granularity.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

#include <time.h>

using namespace seance;

namespace {

constexpr int runs = 7;
constexpr int pixels = 1920;
constexpr int target = 4 * pixels;
constexpr qint64 end = 1'759'276'800'000; // 2025-10-01T00:00Z
constexpr qint64 threeYears = 3 * 365 * dayMs;

double seconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

struct Timing
{
    double cpu = 0; // this thread's CPU time: other builds on the machine do not inflate it
    double wall = 0;
};

template <typename F> Timing median(F&& pass)
{
    pass(); // warm caches and page in the output buffers
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = seconds(CLOCK_THREAD_CPUTIME_ID);
        const double wallStart = seconds(CLOCK_MONOTONIC);
        pass();
        cpu.push_back(seconds(CLOCK_THREAD_CPUTIME_ID) - cpuStart);
        wall.push_back(seconds(CLOCK_MONOTONIC) - wallStart);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[runs / 2], wall[runs / 2]};
}

// Sentiment-like values in [-1, 1]: a slow random walk, noise, and a rare spike, over sorted, jittered times.
std::vector<TimeValue> generate(qsizetype n, qint64 from, qint64 span, bool jitter)
{
    std::mt19937_64 random(20260101);
    std::normal_distribution<double> drift(0.0, 0.002);
    std::uniform_real_distribution<double> noise(-0.3, 0.3);
    std::vector<TimeValue> points(static_cast<size_t>(n));
    double level = 0.1;
    for (qsizetype i = 0; i < n; ++i) {
        level = std::clamp(level + drift(random), -0.7, 0.7);
        const qint64 t = from + qint64(double(span) * double(i) / double(n));
        const double spike = random() % 100'000 == 0 ? 0.9 : 0.0;
        points[size_t(i)] = {jitter ? t + qint64(random() % 1000) : t,
                             std::clamp(level + noise(random) + spike, -1.0, 1.0)};
    }
    return points;
}

bool report(const char* title, const std::vector<TimeValue>& points)
{
    const qsizetype n = qsizetype(points.size());
    const TimeRange range{points.front().t, points.back().t + 1};
    QList<TimeValue> out;
    std::vector<TimeValue> copy(points.size());
    volatile double sink = 0;

    const Timing sum = median([&] {
        double total = 0;
        qint64 times = 0;
        for (const TimeValue& p : points) {
            total += p.v;
            times += p.t;
        }
        sink = sink + total + double(times);
    });
    const Timing copied = median([&] {
        std::memcpy(copy.data(), points.data(), points.size() * sizeof(TimeValue));
        sink = sink + copy[copy.size() / 2].v;
    });
    const Timing lttb = median([&] { downsampleLttb(points, target, out); });
    const qsizetype lttbSize = out.size();
    const Timing minMax = median([&] { downsampleMinMax(points, range, pixels, out); });
    const qsizetype minMaxSize = out.size();

    std::printf("%s: %lld points (%.0f MB) -> %d px, median of %d runs, one thread\n", title, (long long)n,
                double(n) * double(sizeof(TimeValue)) / 1e6, pixels, runs);
    std::printf("  %-28s %9s %9s %9s %10s\n", "", "CPU ms", "wall ms", "points", "x sum");
    const auto line = [&](const char* name, const Timing& t, qsizetype size) {
        std::printf("  %-28s %9.3f %9.3f %9lld %10.1f\n", name, t.cpu * 1e3, t.wall * 1e3, (long long)size,
                    t.cpu / sum.cpu);
    };
    line("baseline: read-only sum", sum, 0);
    line("baseline: memcpy", copied, n);
    line("LTTB to 4 x 1920", lttb, lttbSize);
    line("min-max per column", minMax, minMaxSize);
    std::printf("  frame budget 16 ms: LTTB %s, min-max %s\n", lttb.cpu <= 0.016 ? "within" : "over",
                minMax.cpu <= 0.016 ? "within" : "over");
    // The figures mean nothing if the reducers did not reduce.
    return lttbSize == target && minMaxSize > 2 * pixels && minMaxSize <= target;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool ok = report("bench_downsampling, worst case: raw samples over 3 years",
                     generate(10'000'000, end - threeYears, threeYears, true));
    ok = report("bench_downsampling, the chart's case: hourly buckets over 3 years",
                generate(threeYears / hourMs, end - threeYears, threeYears, false)) &&
         ok;
    if (!ok)
        std::fprintf(stderr, "bench_downsampling: a reducer returned the wrong number of points\n");
    return ok ? 0 : 1;
}
