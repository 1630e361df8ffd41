// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>

namespace seance {

// The ISO 8601 forms the dataset writer uses, always UTC:
// "2025-10-01T12:00:00Z", with ".123" only when the milliseconds are not zero.
std::string formatIsoTime(qint64 ms);
// "2025-10-01": only for a time at exactly 00:00 UTC, where it parses back to the same instant.
std::string formatIsoDate(qint64 ms);
bool isMidnightUtc(qint64 ms);

// The range every importer accepts: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z.
bool isSupportedTime(qint64 ms);

} // namespace seance
