// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>

#include <optional>

namespace seance::cli {

// The options that the commands reading sentiment buckets (series, export-chart) share, so they read alike.
QCommandLineOption metricOption();      // --metric METRIC, default mean
QCommandLineOption granularityOption(); // --granularity G, default day

// A --from or --to value: an ISO 8601 date or time (UTC), or epoch seconds or milliseconds; empty when it is none.
std::optional<qint64> parseDateOption(const QString& text);

} // namespace seance::cli
