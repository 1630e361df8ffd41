// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

#include <time.h>

namespace seance::bench {

// CPU time of this thread: on a busy machine wall-clock time also counts the time other processes held
// the core, which says nothing about the code measured.
inline double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The median thread CPU time of runs passes.
template <typename F> double medianSeconds(int runs, F&& pass)
{
    std::vector<double> seconds;
    for (int run = 0; run < runs; ++run) {
        const double start = threadSeconds();
        pass();
        seconds.push_back(threadSeconds() - start);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[static_cast<std::size_t>(runs / 2)];
}

} // namespace seance::bench
