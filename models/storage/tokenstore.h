// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace seance {

class Database;

// Reads and writes tokens with their tags. Each write is atomic (a savepoint), so it can run alone, as
// one undoable edit, or inside an importer's transaction. Lists come back ordered by id; tags by name.
class TokenStore final
{
public:
    explicit TokenStore(const Database& db);

    bool insert(const TokenRecord& token, QString* error = nullptr) const;
    // Replaces every field and the tags of the token with token.id; fails when there is none.
    bool update(const TokenRecord& token, QString* error = nullptr) const;
    // Removes the token; its tags and event links go with it, and so do its series (schema cascades).
    // Refused while posts refer to the token: deleting them would leave the sentiment buckets stale.
    bool remove(const QString& id, QString* error = nullptr) const;

    // Empty when there is no such token, or on a read error (then *error is set).
    std::optional<TokenRecord> find(const QString& id, QString* error = nullptr) const;
    QList<TokenRecord> all(QString* error = nullptr) const;
    bool contains(const QString& id) const;
    // Every id, sorted; empty with *error when the query failed.
    std::optional<QStringList> ids(QString* error = nullptr) const;
    // The id of the token at this address on this chain (a token's identity), or empty when there is none.
    std::optional<QString> idAt(const QString& chain, const QString& address) const;

private:
    const Database& m_db;
};

} // namespace seance
