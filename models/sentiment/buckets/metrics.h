// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/bucketsums.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace seance {

// The per-bucket metrics of docs/design.md. Each is computed from a bucket's sums, so a window of several
// buckets is measured by adding their sums first (never by averaging averages).
enum class Metric { Mean, Weighted, PositiveShare, Volume, ShareOfVoice, Unscored };

QString metricName(Metric metric); // "mean", "weighted", "positive_share", "volume", "share_of_voice", "unscored"
std::optional<Metric> metricFromName(const QString& name);

// Empty when the metric is undefined for these sums: a mean over no scored post, a positive share with
// neither positive nor negative posts, a share of voice with no volume at all.
// Mean: sum_compound / n_scored. Weighted: sum_weighted_compound / sum_weight.
// PositiveShare: n_pos / (n_pos + n_neg) × 100. Volume: n. ShareOfVoice: n / allSubjectsN × 100.
// Unscored: n_unscored.
std::optional<double> metricValue(const BucketSums& sums, Metric metric);

} // namespace seance
