// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/tokenstore.h"

#include "models/storage/database.h"
#include "models/storage/jsoncolumns.h"
#include "models/storage/poststore.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::TokenStore", text);
}

constexpr const char* selectColumns =
    "SELECT id, name, symbol, chain, address, address_kind, status, tagline, description, launched_at, "
    "total_supply, supply_note, aliases, links, sources FROM tokens ";

// Binds every column but the id, as ?1..?14, for both INSERT and UPDATE.
void bindFields(SqlStatement& s, const TokenRecord& t)
{
    s.bindText(1, t.name);
    s.bindText(2, t.symbol);
    s.bindText(3, t.chain);
    s.bindOptionalText(4, t.address);
    s.bindOptionalText(5, t.addressKind);
    s.bindText(6, t.status);
    s.bindOptionalText(7, t.tagline);
    s.bindOptionalText(8, t.description);
    s.bindOptionalInt64(9, t.launchedAt);
    s.bindOptionalText(10, t.totalSupply);
    s.bindOptionalText(11, t.supplyNote);
    const QByteArray aliases = encodeStringListColumn(t.aliases);
    const QByteArray links = encodeLinksColumn(t.links);
    const QByteArray sources = encodeLinksColumn(t.sources);
    s.bindUtf8(12, aliases);
    s.bindUtf8(13, links);
    s.bindUtf8(14, sources);
}

bool readRow(const SqlStatement& s, TokenRecord* t)
{
    t->id = s.text(0);
    t->name = s.text(1);
    t->symbol = s.text(2);
    t->chain = s.text(3);
    t->address = s.text(4);
    t->addressKind = s.text(5);
    t->status = s.text(6);
    t->tagline = s.text(7);
    t->description = s.text(8);
    t->launchedAt = s.isNull(9) ? std::nullopt : std::optional<qint64>(s.int64(9));
    t->totalSupply = s.text(10);
    t->supplyNote = s.text(11);
    return decodeStringListColumn(s.utf8(12), &t->aliases) && decodeLinksColumn(s.utf8(13), &t->links)
        && decodeLinksColumn(s.utf8(14), &t->sources);
}

bool insertTags(sqlite3* handle, const TokenRecord& token, QString* error)
{
    SqlStatement s(handle, "INSERT INTO tags (token_id, tag) VALUES (?1, ?2)");
    for (const QString& tag : token.tags) {
        s.bindText(1, token.id);
        s.bindText(2, tag);
        if (!s.exec(error))
            return false;
    }
    return true;
}

QString corruptColumns(const QString& id)
{
    return tr("Token \"%1\" has a list column that is not a JSON array.").arg(id);
}

} // namespace

TokenStore::TokenStore(const Database& db)
    : m_db(db)
{
}

bool TokenStore::insert(const TokenRecord& token, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(m_db.handle(),
                   "INSERT INTO tokens (name, symbol, chain, address, address_kind, status, tagline, description, "
                   "launched_at, total_supply, supply_note, aliases, links, sources, id) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    bindFields(s, token);
    s.bindText(15, token.id);
    return s.exec(error) && insertTags(m_db.handle(), token, error) && savepoint.release(error);
}

bool TokenStore::update(const TokenRecord& token, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    SqlStatement s(m_db.handle(),
                   "UPDATE tokens SET name = ?1, symbol = ?2, chain = ?3, address = ?4, address_kind = ?5, "
                   "status = ?6, tagline = ?7, description = ?8, launched_at = ?9, total_supply = ?10, "
                   "supply_note = ?11, aliases = ?12, links = ?13, sources = ?14 WHERE id = ?15");
    bindFields(s, token);
    s.bindText(15, token.id);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, tr("There is no token \"%1\".").arg(token.id));
    SqlStatement clear(m_db.handle(), "DELETE FROM tags WHERE token_id = ?1");
    clear.bindText(1, token.id);
    return clear.exec(error) && insertTags(m_db.handle(), token, error) && savepoint.release(error);
}

bool TokenStore::remove(const QString& id, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    const std::optional<qint64> posts = PostStore(m_db).countForToken(id, error);
    if (!posts)
        return false;
    if (const qint64 n = *posts; n > 0)
        return failWith(error, tr("Token \"%1\" still has %2 posts; remove them first.").arg(id).arg(n));
    SqlStatement s(m_db.handle(), "DELETE FROM tokens WHERE id = ?1");
    s.bindText(1, id);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, tr("There is no token \"%1\".").arg(id));
    return savepoint.release(error);
}

std::optional<TokenRecord> TokenStore::find(const QString& id, QString* error) const
{
    SqlStatement s(m_db.handle(), (std::string(selectColumns) + "WHERE id = ?1").c_str());
    s.bindText(1, id);
    if (!s.next()) {
        if (s.failed())
            failWith(error, s.errorMessage());
        return std::nullopt;
    }
    TokenRecord token;
    if (!readRow(s, &token)) {
        failWith(error, corruptColumns(id));
        return std::nullopt;
    }
    SqlStatement tags(m_db.handle(), "SELECT tag FROM tags WHERE token_id = ?1 ORDER BY tag");
    tags.bindText(1, id);
    while (tags.next())
        token.tags.append(tags.text(0));
    if (tags.failed()) {
        failWith(error, tags.errorMessage());
        return std::nullopt;
    }
    return token;
}

QList<TokenRecord> TokenStore::all(QString* error) const
{
    QList<TokenRecord> tokens;
    QHash<QString, qsizetype> rowOf;
    SqlStatement s(m_db.handle(), (std::string(selectColumns) + "ORDER BY id").c_str());
    while (s.next()) {
        TokenRecord token;
        if (!readRow(s, &token)) {
            failWith(error, corruptColumns(token.id));
            return {};
        }
        rowOf.insert(token.id, tokens.size());
        tokens.append(std::move(token));
    }
    SqlStatement tags(m_db.handle(), "SELECT token_id, tag FROM tags ORDER BY token_id, tag");
    while (tags.next()) {
        if (const auto it = rowOf.constFind(tags.text(0)); it != rowOf.constEnd())
            tokens[*it].tags.append(tags.text(1));
    }
    if (s.failed() || tags.failed()) {
        failWith(error, s.failed() ? s.errorMessage() : tags.errorMessage());
        return {};
    }
    return tokens;
}

bool TokenStore::contains(const QString& id) const
{
    SqlStatement s(m_db.handle(), "SELECT 1 FROM tokens WHERE id = ?1");
    s.bindText(1, id);
    return s.next();
}

std::optional<QString> TokenStore::idAt(const QString& chain, const QString& address) const
{
    SqlStatement s(m_db.handle(), "SELECT id FROM tokens WHERE chain = ?1 AND address = ?2");
    s.bindText(1, chain);
    s.bindText(2, address);
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

std::optional<QStringList> TokenStore::ids(QString* error) const
{
    SqlStatement s(m_db.handle(), "SELECT id FROM tokens ORDER BY id");
    QStringList ids;
    while (s.next())
        ids.append(s.text(0));
    if (s.failed()) {
        failWith(error, s.errorMessage());
        return std::nullopt;
    }
    return ids;
}

} // namespace seance
