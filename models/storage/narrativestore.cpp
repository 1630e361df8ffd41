// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/narrativestore.h"

#include "models/storage/database.h"
#include "models/storage/jsoncolumns.h"
#include "models/storage/poststore.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::NarrativeStore", text);
}

void bindFields(SqlStatement& s, const NarrativeRecord& n)
{
    s.bindText(1, n.title);
    s.bindOptionalText(2, n.summary);
    s.bindOptionalText(3, n.color);
    s.bindUtf8(4, encodeStringListColumn(n.keywords));
    s.bindUtf8(5, encodeLinksColumn(n.sources));
    s.bindText(6, n.id);
}

std::optional<NarrativeRecord> readRow(const SqlStatement& s, QString* error)
{
    NarrativeRecord n;
    n.id = s.text(0);
    n.title = s.text(1);
    n.summary = s.text(2);
    n.color = s.text(3);
    if (!decodeStringListColumn(s.utf8(4), &n.keywords) || !decodeLinksColumn(s.utf8(5), &n.sources)) {
        failWith(error, tr("Narrative \"%1\" has a list column that is not a JSON array.").arg(n.id));
        return std::nullopt;
    }
    return n;
}

} // namespace

NarrativeStore::NarrativeStore(const Database& db)
    : m_db(db)
{
}

bool NarrativeStore::insert(const NarrativeRecord& narrative, QString* error) const
{
    SqlStatement s(m_db.handle(), "INSERT INTO narratives (title, summary, color, keywords, sources, id) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    bindFields(s, narrative);
    return s.exec(error);
}

bool NarrativeStore::update(const NarrativeRecord& narrative, QString* error) const
{
    SqlStatement s(m_db.handle(), "UPDATE narratives SET title = ?1, summary = ?2, color = ?3, keywords = ?4, "
                                  "sources = ?5 WHERE id = ?6");
    bindFields(s, narrative);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, tr("There is no narrative \"%1\".").arg(narrative.id));
    return true;
}

bool NarrativeStore::remove(const QString& id, QString* error) const
{
    Savepoint savepoint(m_db.handle());
    const std::optional<qint64> posts = PostStore(m_db).countForNarrative(id, error);
    if (!posts)
        return false;
    if (const qint64 n = *posts; n > 0)
        return failWith(error, tr("Narrative \"%1\" still has %2 posts; remove them first.").arg(id).arg(n));
    SqlStatement s(m_db.handle(), "DELETE FROM narratives WHERE id = ?1");
    s.bindText(1, id);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, tr("There is no narrative \"%1\".").arg(id));
    return savepoint.release(error);
}

std::optional<NarrativeRecord> NarrativeStore::find(const QString& id, QString* error) const
{
    SqlStatement s(m_db.handle(), "SELECT id, title, summary, color, keywords, sources FROM narratives WHERE id = ?1");
    s.bindText(1, id);
    if (!s.next()) {
        if (s.failed())
            failWith(error, s.errorMessage());
        return std::nullopt;
    }
    return readRow(s, error);
}

QList<NarrativeRecord> NarrativeStore::all(QString* error) const
{
    QList<NarrativeRecord> narratives;
    SqlStatement s(m_db.handle(), "SELECT id, title, summary, color, keywords, sources FROM narratives ORDER BY id");
    while (s.next()) {
        std::optional<NarrativeRecord> n = readRow(s, error);
        if (!n)
            return {};
        narratives.append(std::move(*n));
    }
    if (s.failed()) {
        failWith(error, s.errorMessage());
        return {};
    }
    return narratives;
}

bool NarrativeStore::contains(const QString& id) const
{
    SqlStatement s(m_db.handle(), "SELECT 1 FROM narratives WHERE id = ?1");
    s.bindText(1, id);
    return s.next();
}

std::optional<QStringList> NarrativeStore::ids(QString* error) const
{
    SqlStatement s(m_db.handle(), "SELECT id FROM narratives ORDER BY id");
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
