// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/tokenizer.h"

namespace seance {

// What a punctuation or space character does to the text around it: the gap it opens between the words
// on either side, and the marks VADER counts for emphasis.
struct PunctuationEffect
{
    Gap gap = Gap::Punctuation;
    int exclamations = 0;
    int questions = 0;
};

// For any character that is neither a letter, a digit nor an emoji, ASCII or not; a hyphen's effect
// depends on its neighbours and is decided by the tokenizer.
PunctuationEffect punctuationEffect(char32_t c) noexcept;

} // namespace seance
