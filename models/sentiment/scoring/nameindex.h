// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/textmasker.h"
#include "models/time/granularity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace seance {

class Database;
struct TokenRecord;
struct NarrativeRecord;

// A token or narrative that posts can be routed to.
struct RoutingSubject
{
    SubjectKind kind = SubjectKind::Token;
    QString id;
    QString label; // "Ghost Coin (GHOST)" or the narrative's title
};

// Every name of the workspace with the subjects it names: token names, symbols and aliases, and narrative
// keywords. The scorer masks exactly these terms (terms()) and the router credits a post to the subjects
// of the terms it finds with the same TextMasker, so what is masked is what routes.
class NameIndex
{
public:
    NameIndex();
    NameIndex(const QList<TokenRecord>& tokens, const QList<NarrativeRecord>& narratives);
    // Reads the tokens and narratives through their stores; on failure, error is set and the index is
    // what could be read.
    static NameIndex fromDatabase(const Database& db, QString* error = nullptr);

    // Each name once (compared case-insensitively), tokens (by id: name, symbol, aliases) before narrative
    // keywords, in the order the tables hold them.
    QStringList terms() const { return m_terms; }
    const TextMasker& masker() const { return *m_masker; }

    const std::vector<RoutingSubject>& subjects() const { return m_subjects; }
    int subjectIndex(SubjectKind kind, const QString& id) const;
    // The subjects a term of masker().terms() names, tokens first; term must be a valid index.
    const std::vector<int>& tokensOf(int term) const { return m_tokensOf[static_cast<std::size_t>(term)]; }
    const std::vector<int>& narrativesOf(int term) const { return m_narrativesOf[static_cast<std::size_t>(term)]; }

private:
    void addTerm(const QString& term, int subject);

    QStringList m_terms;
    QHash<QString, int> m_termByFolded;             // while building
    std::vector<std::vector<int>> m_subjectsOfTerm; // parallel to m_terms
    std::vector<RoutingSubject> m_subjects;
    std::shared_ptr<const TextMasker> m_masker;
    std::vector<std::vector<int>> m_tokensOf; // parallel to masker().terms()
    std::vector<std::vector<int>> m_narrativesOf;
};

} // namespace seance
