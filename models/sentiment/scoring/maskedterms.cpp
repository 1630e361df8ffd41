// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/maskedterms.h"

#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace seance {
namespace {

Q_LOGGING_CATEGORY(lcMaskedTerms, "seance.sentiment.masking")

class TermCollector
{
public:
    void add(const QString& term)
    {
        const QString trimmed = term.trimmed();
        if (trimmed.isEmpty())
            return;
        const QString folded = trimmed.toCaseFolded();
        if (m_seen.contains(folded))
            return;
        m_seen.insert(folded);
        m_terms.append(trimmed);
    }

    // tokens.aliases and narratives.keywords hold JSON arrays of strings.
    void addJsonArray(const QString& json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        const QJsonArray array = document.array();
        for (const QJsonValue& value : array)
            add(value.toString());
    }

    QStringList terms() const { return m_terms; }

private:
    QStringList m_terms;
    QSet<QString> m_seen;
};

bool run(QSqlQuery& query, const QString& sql)
{
    if (query.exec(sql))
        return true;
    qCWarning(lcMaskedTerms) << "cannot read masked terms:" << query.lastError().text();
    return false;
}

} // namespace

QStringList maskedTermsFromDatabase(const Database& db)
{
    TermCollector collector;
    if (!db.isOpen())
        return {};
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (run(query, QStringLiteral("SELECT name, symbol, aliases FROM tokens ORDER BY id"))) {
        while (query.next()) {
            collector.add(query.value(0).toString());
            collector.add(query.value(1).toString());
            collector.addJsonArray(query.value(2).toString());
        }
    }
    if (run(query, QStringLiteral("SELECT keywords FROM narratives ORDER BY id"))) {
        while (query.next())
            collector.addJsonArray(query.value(0).toString());
    }
    return collector.terms();
}

} // namespace seance
