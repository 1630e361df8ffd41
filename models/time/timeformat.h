// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance {

// "2025-10-01 14:05" in local time, or "2025-10-01 14:05Z" in UTC. Storage is always UTC ms.
QString formatTimestamp(qint64 utcMs, bool utc);
// "2025-10-01", the UTC date: dates of events and launches are UTC by the data convention.
QString formatUtcDate(qint64 utcMs);

} // namespace seance
