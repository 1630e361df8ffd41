// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/sample/samplepostgenerator.h"

#include <QString>

namespace seance {

class SampleRandom;

enum class SampleTone { Positive, Negative, Neutral, Mixed };

struct SampleTextContext
{
    SampleRole role = SampleRole::ReferenceToken;
    SampleTone tone = SampleTone::Neutral;
    QString name;         // already chosen from the subject's names
    QString lang;         // "en", "ko" or "ja"
    bool ghostly = false; // the subject's names say "ghost": ghost jokes and the Karpathy thread fit
    bool buzzing = false; // an event is fresh
    bool scared = false;  // the made-up rug-pull scare is fresh
};

// Composes one post from templates: slang, emoji, negations, "but" clauses, caps and "!!!", so that a
// scorer's rules and its name masking both have something to do.
QString composeSampleText(const SampleTextContext& context, SampleRandom& random);

} // namespace seance
