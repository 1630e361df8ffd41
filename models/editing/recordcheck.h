// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QString>
#include <QStringList>

namespace seance {

// What must hold before a record is written, shared by the edit dialogs (to say why OK is disabled) and the
// editor (so that no other caller writes a record the dialogs would refuse). Each returns an empty string when
// the record is fine, else the first problem as one translated, plain-text sentence.
QString tokenProblem(const TokenRecord& token);
QString narrativeProblem(const NarrativeRecord& narrative);
QString eventProblem(const EventRecord& event);

// The values that the schema's CHECK constraints allow, in the order the dialogs offer them.
QStringList tokenStatuses();
QStringList addressKinds(); // includes "" for unknown

} // namespace seance
