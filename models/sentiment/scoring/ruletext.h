// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/scriptdetection.h"

#include <QString>

namespace seance::ruletext {

// The human-readable names of the rules, as an explanation lists them. Numbers use a true minus sign
// and at most three decimals: "negated by “not” (×−0.74)", "booster “very” (+0.293)".
QString number(double value);
QString signedNumber(double value);

QString allCaps(double change);
QString modifier(const QString& word, bool booster, int distance, double change);
QString negated(const QString& word);
QString neverSo(const QString& words);
QString withoutDoubt(const QString& words);
QString least();
QString beforeBut();
QString afterBut();
QString exclamations(int count, double change);
QString questions(int count, double change);
QString elongated(const QString& written, const QString& read);
QString masked(const QString& written);
QString ignored(const QString& written);
QString unscored(Script script);
QString termRule(const QString& term, const QString& rule);
// Korean and Japanese: which rules read the text, laughter marks left out, a post's language tag that
// the scorer does not cover.
QString readAs(const QString& language);
QString laughter();
QString unscoredLanguage(const QString& tag);

} // namespace seance::ruletext
