// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

namespace seance::cli {

// seance [--db FILE] [--lexicon FILE] rescore
// Scores every stored post again with the workspace's current names, aliases and keywords masked (and the
// extra lexicon, when given) and rebuilds the sentiment buckets, all or nothing.
int runRescoreCommand(CommandContext& context);

} // namespace seance::cli
