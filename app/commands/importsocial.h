// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"
#include "models/io/social/socialpost.h"
#include "models/routing/routingoptions.h"

namespace seance {
class Database;
}

namespace seance::cli {

struct SocialImportRequest
{
    QString path;
    social::SocialFormat format = social::SocialFormat::Telegram;
    RoutingOptions routing;
    bool dryRun = false;
    bool excludeBots = false;
};

// `seance import export.json --format telegram …`: routes the export's posts to the tokens and narratives
// they mention, scores them with the workspace's scorer and stores them in one transaction, or with
// --dry-run only prints where they would go. Prints the routing report; 1 on failure.
int importSocialFile(CommandContext& context, const Database& db, const SocialImportRequest& request);

} // namespace seance::cli
