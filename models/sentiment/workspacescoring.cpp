// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/workspacescoring.h"

#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/maskedterms.h"
#include "models/sentiment/scoring/scorer.h"

namespace seance {

std::shared_ptr<const Lexicon> lexiconWithExtra(const QString& extraLexiconPath, QString* error)
{
    if (extraLexiconPath.isEmpty())
        return Lexicon::builtIn();
    auto merged = std::make_shared<Lexicon>(*Lexicon::builtIn());
    if (!merged->mergeFile(extraLexiconPath, error))
        return nullptr;
    return merged;
}

std::shared_ptr<const Scorer> scorerWithMaskedTerms(const QStringList& maskedTerms, const QString& extraLexiconPath)
{
    QString ignored;
    std::shared_ptr<const Lexicon> lexicon = lexiconWithExtra(extraLexiconPath, &ignored);
    if (!lexicon)
        lexicon = Lexicon::builtIn();
    auto scorer = std::make_shared<Scorer>(lexicon);
    scorer->setMaskedTerms(maskedTerms);
    return scorer;
}

std::shared_ptr<const Scorer> workspaceScorer(const Database& db, const QString& extraLexiconPath)
{
    return scorerWithMaskedTerms(maskedTermsFromDatabase(db), extraLexiconPath);
}

ScoreFunction workspaceScoreFunction(const Database& db, const QString& extraLexiconPath)
{
    return workspaceScorer(db, extraLexiconPath)->scoreFunction();
}

} // namespace seance
