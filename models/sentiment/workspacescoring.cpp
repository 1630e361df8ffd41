// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacescoring.h"

#include "appsettings.h"
#include "lexicon.h"
#include "maskedterms.h"
#include "scorer.h"

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

ScoreFunction workspaceScoreFunction(const Database& db, const QString& extraLexiconPath)
{
    const QString extra = extraLexiconPath.isEmpty() ? AppSettings::value(Setting::ExtraLexiconPath).toString()
                                                     : extraLexiconPath;
    QString ignored;
    std::shared_ptr<const Lexicon> lexicon = lexiconWithExtra(extra, &ignored);
    if (!lexicon)
        lexicon = Lexicon::builtIn();
    Scorer scorer(lexicon);
    scorer.setMaskedTerms(maskedTermsFromDatabase(db));
    return scorer.scoreFunction();
}

} // namespace seance
