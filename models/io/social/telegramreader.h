// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance::social {

class SocialReadContext;

// Reads a Telegram Desktop JSON export (result.json), streamed: a single chat, or a full account export
// whose chats.list[] (and left_chats.list[]) each become a source under the chat's name. The time is
// date_unixtime, else date read as this machine's local time (counted in localTimes); text is a string or an
// array of runs and entities, joined; service and unsupported messages are skipped; reaction counts add up
// to the engagement; the id is "tg:<chat id>:<message id>". Invalid \xHH escapes are repaired and a key
// given twice keeps its last value; both are counted.
bool readTelegramExport(const QString& path, SocialReadContext& context);

} // namespace seance::social
