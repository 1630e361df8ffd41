// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/sentimentscore.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seance {

// One sentiment-bearing term of a text and what the rules did to it.
struct TermContribution
{
    QString term;            // the lexicon entry that matched, e.g. "good" or "to the moon"
    QString text;            // as written in the text, e.g. "GOOOOD"
    double valence = 0;      // from the lexicon
    double contribution = 0; // after the rules; the compound is built from the sum of these
    QStringList rules;       // e.g. "negated by “not” (×−0.74)", in the order they applied
};

// Why a text got its score. Shown to people, so every string is translated and plain text.
struct ScoreExplanation
{
    SentimentScore score;
    QList<TermContribution> terms;
    QStringList rulesFired;  // text-wide rules ("3 × ! (+0.876)") followed by each term's rules
    QStringList maskedTerms; // names removed before scoring, as written ("GHOST's", "$GHOST")
};

} // namespace seance
