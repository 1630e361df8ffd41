// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/metrics.h"

#include <QString>

namespace seance {

// The metric's name as menus, axis titles and column headers show it, translated: "Mean sentiment". The stable
// names for files and the command line (metricName) live with Metric in sentiment/buckets/metrics.h.
QString metricLabel(Metric metric);
// A metric value as the chart, the token table and exports print it: "+0.42", "62.5 %", "1,204".
QString metricValueText(double value, Metric metric);
// A difference of two values of the metric, always signed: "+0.12", "−3.4 pts", "+120".
QString metricChangeText(double change, Metric metric);

} // namespace seance
