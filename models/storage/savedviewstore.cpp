// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/savedviewstore.h"

#include "models/storage/database.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SavedViewStoreText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SavedViewStore)
};

void bindFields(SqlStatement& s, const SavedViewRecord& v)
{
    s.bindText(1, v.state);
    s.bindInt64(2, v.createdAt);
    s.bindText(3, v.name);
}

SavedViewRecord readRow(const SqlStatement& s)
{
    return SavedViewRecord{s.text(0), s.text(1), s.int64(2)};
}

} // namespace

SavedViewStore::SavedViewStore(const Database& db)
    : m_db(db)
{
}

bool SavedViewStore::insert(const SavedViewRecord& view, QString* error) const
{
    SqlStatement s(m_db.handle(), "INSERT INTO saved_views (state, created_at, name) VALUES (?1, ?2, ?3)");
    bindFields(s, view);
    return s.exec(error);
}

bool SavedViewStore::update(const SavedViewRecord& view, QString* error) const
{
    SqlStatement s(m_db.handle(), "UPDATE saved_views SET state = ?1, created_at = ?2 WHERE name = ?3");
    bindFields(s, view);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, SavedViewStoreText::tr("There is no saved view \"%1\".").arg(view.name));
    return true;
}

bool SavedViewStore::remove(const QString& name, QString* error) const
{
    SqlStatement s(m_db.handle(), "DELETE FROM saved_views WHERE name = ?1");
    s.bindText(1, name);
    if (!s.exec(error))
        return false;
    if (s.changes() == 0)
        return failWith(error, SavedViewStoreText::tr("There is no saved view \"%1\".").arg(name));
    return true;
}

std::optional<SavedViewRecord> SavedViewStore::find(const QString& name, QString* error) const
{
    SqlStatement s(m_db.handle(), "SELECT name, state, created_at FROM saved_views WHERE name = ?1");
    s.bindText(1, name);
    if (s.next())
        return readRow(s);
    if (s.failed())
        failWith(error, s.errorMessage());
    return std::nullopt;
}

QList<SavedViewRecord> SavedViewStore::all(QString* error) const
{
    QList<SavedViewRecord> views;
    SqlStatement s(m_db.handle(), "SELECT name, state, created_at FROM saved_views ORDER BY name");
    while (s.next())
        views.append(readRow(s));
    if (s.failed()) {
        failWith(error, s.errorMessage());
        return {};
    }
    return views;
}

bool SavedViewStore::contains(const QString& name) const
{
    SqlStatement s(m_db.handle(), "SELECT 1 FROM saved_views WHERE name = ?1");
    s.bindText(1, name);
    return s.next();
}

} // namespace seance
