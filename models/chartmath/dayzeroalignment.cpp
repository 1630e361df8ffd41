// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartmath/dayzeroalignment.h"

#include "models/time/granularity.h"

namespace seance {

int daysSinceAnchor(qint64 t, qint64 anchorTime)
{
    // bucketStart floors on UTC days with plain integer arithmetic, so no time zone can enter.
    return int((bucketStart(t, Granularity::Day) - bucketStart(anchorTime, Granularity::Day)) / dayMs);
}

qint64 alignedDayStart(qint64 anchorTime, int day)
{
    return bucketStart(anchorTime, Granularity::Day) + qint64(day) * dayMs;
}

} // namespace seance
