// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/socialreader.h"

#include "models/io/social/discordreader.h"
#include "models/io/social/redditreader.h"
#include "models/io/social/socialreadcontext.h"
#include "models/io/social/telegramreader.h"
#include "models/io/social/xarchivereader.h"

#include <QFileInfo>

namespace seance::social {

SocialReadReport readSocialFile(const QString& path, SocialFormat format, const SocialReadOptions& options,
                                const SocialPostHandler& onPost)
{
    SocialReadReport report;
    SocialReadContext context(QFileInfo(path).fileName(), options, onPost, &report);
    bool finished = false;
    switch (format) {
    case SocialFormat::Telegram:
        finished = readTelegramExport(path, context);
        break;
    case SocialFormat::Reddit:
        finished = readRedditDump(path, context);
        break;
    case SocialFormat::X:
        finished = readXArchive(path, context);
        break;
    case SocialFormat::Discord:
        finished = readDiscordExport(path, context);
        break;
    }
    report.ok = finished && report.error.isEmpty() && !report.cancelled;
    return report;
}

} // namespace seance::social
