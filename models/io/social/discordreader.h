// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance::social {

class SocialReadContext;

// Reads a DiscordChatExporter JSON export, streamed: messages[] with an ISO 8601 timestamp (an offset and 0
// to 7 fraction digits), content, author.name and reaction counts as the engagement. System messages (joins,
// pins, calls) are skipped and counted with the service messages; bots are skipped when the options say so.
// The id is "discord:<id>" and the source the guild's name + " #" + the channel's name.
bool readDiscordExport(const QString& path, SocialReadContext& context);

} // namespace seance::social
