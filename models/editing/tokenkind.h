// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/editing/workspacechanges.h"
#include "models/storage/records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seance {

class Database;

// Everything that removing a token deletes: the schema cascades its tags, its event links and its series.
struct TokenSnapshot
{
    TokenRecord token;
    QStringList linkedEventIds;
    QList<SeriesRecord> series;
};

// The token writes that the record commands (recordcommands.h) are made of. Each write is atomic.
struct TokenKind
{
    using Record = TokenRecord;
    using Snapshot = TokenSnapshot;

    static QString id(const Record& token) { return token.id; }
    static QString addText(const QString& id);
    static QString editText(const QString& id);
    static QString removeText(const QString& id);

    static bool insert(const Database& db, const Record& token, ChangeSet* changes, QString* error);
    static bool update(const Database& db, const Record& token, ChangeSet* changes, QString* error);
    // Fails with a message when there is no such token.
    static std::optional<Record> find(const Database& db, const QString& id, QString* error);
    // Captures the snapshot, then removes the token; the store refuses while posts refer to it.
    static std::optional<Snapshot> take(const Database& db, const QString& id, ChangeSet* changes, QString* error);
    static bool restore(const Database& db, const Snapshot& snapshot, ChangeSet* changes, QString* error);
};

} // namespace seance
