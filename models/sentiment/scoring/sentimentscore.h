// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string_view>

namespace seance {

struct SentimentScore
{
    double compound = 0; // -1 .. +1
    double pos = 0;
    double neu = 0;
    double neg = 0;
    bool scored = true; // false: the text is in a script the lexicon does not cover
};

// How importers receive a scorer without depending on its construction; must be safe to call from
// several threads at once. Text is UTF-8.
using ScoreFunction = std::function<SentimentScore(std::string_view text)>;

} // namespace seance
