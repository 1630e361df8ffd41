// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/sentimentscore.h"

#include <QString>

#include <memory>

namespace seance {

class Database;
class Lexicon;
class Scorer;

// The built-in lexicon, with the user's extra lexicon file merged over it when one is given.
// Returns null with *error set when the extra file cannot be read.
std::shared_ptr<const Lexicon> lexiconWithExtra(const QString& extraLexiconPath, QString* error);

// The scorer a workspace's imports use: the lexicon above, with the workspace's token names, symbols,
// aliases and narrative keywords masked so that "GHOST" in a post is a name, not a sad word.
// extraLexiconPath is the caller's choice (the user's is Setting::ExtraLexiconPath); empty means the built-in
// lexicon alone. Nothing here reads the settings. Falls back to the built-in lexicon when the extra file cannot
// be read (Edit › Extra Lexicon… and --lexicon report that error when the file is chosen).
ScoreFunction workspaceScoreFunction(const Database& db, const QString& extraLexiconPath);
// The same scorer as an object, for explanations.
std::shared_ptr<const Scorer> workspaceScorer(const Database& db, const QString& extraLexiconPath);
// The same from terms already read (maskedTermsFromDatabase) and an explicit extra lexicon (empty: none). It
// touches no database and no settings, so it may run on any thread; the first call in a process parses the
// built-in lexicon.
std::shared_ptr<const Scorer> scorerWithMaskedTerms(const QStringList& maskedTerms, const QString& extraLexiconPath);

} // namespace seance
