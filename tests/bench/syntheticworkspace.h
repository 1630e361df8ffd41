// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance::bench {

struct SyntheticWorkspace
{
    QString path;
    qint64 posts = 0;
    int tokens = 0;
    double buildSeconds = 0; // 0 when an earlier run's file was reused
};

// A workspace with `posts` raw posts spread over 730 days (2024–2025) and `tokens` tokens, with its
// sentiment_buckets folded from those posts by SQL, exactly as PostWriter would fold them (engagement 0, 5 %
// unscored). Rows are generated inside SQLite from a fixed integer hash, so the file is the same on every run.
// It is kept in the system's temporary directory and reused while its stamp matches: building 10M posts takes
// minutes and measures SQLite, not Seance. Empty path on failure, with *error set.
SyntheticWorkspace syntheticWorkspace(qint64 posts, int tokens, QString* error);

// Resident set size and its peak (VmRSS, VmHWM) of this process in MiB, from /proc/self/status; 0 when unknown.
double residentMiB();
double peakResidentMiB();

} // namespace seance::bench
