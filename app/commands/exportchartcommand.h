// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <QSize>
#include <QString>

#include <optional>

namespace seance::cli {

// seance [--db FILE] export-chart --tokens ID[,ID…] --out chart.png|chart.svg [options]
// Renders the sentiment chart headless, through the same drawing code as the window. Needs a QApplication,
// which runs on the offscreen platform (Command::needsWidgets).
int runExportChartCommand(CommandContext& context);

// "1920x1080" (or with ×) within the limits of a picture; empty when it is not a size.
std::optional<QSize> parseChartSize(const QString& text);

} // namespace seance::cli
