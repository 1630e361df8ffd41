// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance series --token ID | --narrative ID [--metric M] [--granularity G] [--from DATE] [--to DATE]
// Prints one subject's bucket metric as CSV (bucket_start_iso,value,n) to stdout.
int runSeries(CommandContext& context);

} // namespace seance::cli
