// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/scoreexplanation.h"

#include <QTextBrowser>

#include <optional>

namespace seance {

// "Why this score": the post's terms with their valences and contributions, the rules that fired, and
// the names that were masked. Built from escaped text only, so nothing in a post can inject markup.
class ScoreExplanationView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ScoreExplanationView(QWidget* parent = nullptr);

    // storedCompound: the score saved with the post (empty when unscored), compared with the explanation's.
    void showExplanation(const QString& text, const ScoreExplanation& explanation, std::optional<double> storedCompound);
    void showEmptyState();
    // While the scorer is still being built.
    void showPreparing();

    static QString explanationHtml(const QString& text, const ScoreExplanation& explanation,
                                   std::optional<double> storedCompound);
};

} // namespace seance
