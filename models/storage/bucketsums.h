// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>

namespace seance {

// The neutral band of the compound score: |compound| < 0.05 counts as neither positive nor negative.
inline constexpr double neutralBand = 0.05;

// Engagement weighting: log-damped so a viral post counts more without drowning the rest.
inline double engagementWeight(qint64 engagement)
{
    return 1.0 + std::log1p(static_cast<double>(std::max<qint64>(engagement, 0)));
}

// One row of sentiment_buckets, or the sum of several: the one struct that PostWriter folds posts into,
// BucketQuery reads back and the metrics are computed from (sentiment/buckets/metrics.h).
struct BucketSums
{
    qint64 n = 0;
    qint64 nScored = 0;
    qint64 nPos = 0;
    qint64 nNeg = 0;
    qint64 nUnscored = 0;
    double sumCompound = 0;
    double sumWeight = 0;
    double sumWeightedCompound = 0;
    // Share of voice's denominator: the volume of every subject of the same kind (all tokens, or all
    // narratives) in the same bucket. Not a column: BucketQuery fills it in when asked.
    qint64 allSubjectsN = 0;

    // Counts one post: an unscored one (no compound) in n and nUnscored only; a scored one in the sums with
    // its engagement weight, and as positive or negative outside the neutral band.
    void addPost(std::optional<double> compound, double weight)
    {
        ++n;
        if (!compound) {
            ++nUnscored;
            return;
        }
        const double c = *compound;
        ++nScored;
        nPos += c >= neutralBand ? 1 : 0;
        nNeg += c <= -neutralBand ? 1 : 0;
        sumCompound += c;
        sumWeight += weight;
        sumWeightedCompound += weight * c;
    }

    BucketSums& operator+=(const BucketSums& other)
    {
        n += other.n;
        nScored += other.nScored;
        nPos += other.nPos;
        nNeg += other.nNeg;
        nUnscored += other.nUnscored;
        sumCompound += other.sumCompound;
        sumWeight += other.sumWeight;
        sumWeightedCompound += other.sumWeightedCompound;
        allSubjectsN += other.allSubjectsN;
        return *this;
    }
    friend bool operator==(const BucketSums&, const BucketSums&) = default;
};

} // namespace seance
