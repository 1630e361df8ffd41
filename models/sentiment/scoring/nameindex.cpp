// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/nameindex.h"

#include "models/storage/narrativestore.h"
#include "models/storage/records.h"
#include "models/storage/tokenstore.h"

#include <algorithm>

namespace seance {

NameIndex::NameIndex()
    : m_masker(std::make_shared<const TextMasker>())
{
}

NameIndex::NameIndex(const QList<TokenRecord>& tokens, const QList<NarrativeRecord>& narratives)
{
    for (const TokenRecord& token : tokens) {
        const int subject = static_cast<int>(m_subjects.size());
        const QString label = token.symbol.isEmpty() || token.symbol == token.name
                                  ? token.name
                                  : QStringLiteral("%1 (%2)").arg(token.name, token.symbol);
        m_subjects.push_back({SubjectKind::Token, token.id, label});
        addTerm(token.name, subject);
        addTerm(token.symbol, subject);
        for (const QString& alias : token.aliases)
            addTerm(alias, subject);
    }
    for (const NarrativeRecord& narrative : narratives) {
        const int subject = static_cast<int>(m_subjects.size());
        m_subjects.push_back({SubjectKind::Narrative, narrative.id, narrative.title});
        for (const QString& keyword : narrative.keywords)
            addTerm(keyword, subject);
    }

    // The masker drops terms that normalize to nothing and merges terms that normalize alike ("$PEPE" and
    // "pepe"): each of its terms names the subjects of every term that lands on it.
    auto masker = std::make_shared<TextMasker>(m_terms);
    const std::size_t count = static_cast<std::size_t>(masker->terms().size());
    m_tokensOf.resize(count);
    m_narrativesOf.resize(count);
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const int term = masker->termIndex(m_terms.at(i));
        if (term < 0)
            continue;
        for (const int subject : m_subjectsOfTerm[static_cast<std::size_t>(i)]) {
            auto& list = m_subjects[static_cast<std::size_t>(subject)].kind == SubjectKind::Token
                             ? m_tokensOf[static_cast<std::size_t>(term)]
                             : m_narrativesOf[static_cast<std::size_t>(term)];
            if (std::find(list.begin(), list.end(), subject) == list.end())
                list.push_back(subject);
        }
    }
    m_masker = std::move(masker);
}

void NameIndex::addTerm(const QString& term, int subject)
{
    const QString trimmed = term.trimmed();
    if (trimmed.isEmpty())
        return;
    const QString folded = trimmed.toCaseFolded();
    if (const auto known = m_termByFolded.constFind(folded); known != m_termByFolded.cend()) {
        auto& subjects = m_subjectsOfTerm[static_cast<std::size_t>(*known)];
        if (std::find(subjects.begin(), subjects.end(), subject) == subjects.end())
            subjects.push_back(subject);
        return;
    }
    m_termByFolded.insert(folded, static_cast<int>(m_terms.size()));
    m_terms.append(trimmed);
    m_subjectsOfTerm.push_back({subject});
}

NameIndex NameIndex::fromDatabase(const Database& db, QString* error)
{
    const QList<TokenRecord> tokens = TokenStore(db).all(error);
    const QList<NarrativeRecord> narratives = NarrativeStore(db).all(error);
    return NameIndex(tokens, narratives);
}

int NameIndex::subjectIndex(SubjectKind kind, const QString& id) const
{
    for (std::size_t i = 0; i < m_subjects.size(); ++i) {
        if (m_subjects[i].kind == kind && m_subjects[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace seance
