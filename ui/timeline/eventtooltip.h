// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/eventimpact.h"
#include "models/storage/records.h"

#include <QString>

namespace seance {

// The tooltip of an event on the timeline: date (UTC), title, narrative, kind, description, linked tokens and
// sources. QToolTip guesses rich text from the string itself, so plain text holding "<b>" would render as
// markup; instead the tooltip is always rich text in which every value from the data is HTML-escaped.
// impactHtml, from eventImpactHtml() (common/eventimpacttext.h), is appended when not empty.
QString eventToolTipHtml(const EventRecord& event, const QString& narrativeTitle, const QString& impactHtml = {});
// A lane title's tooltip, the full title and the narrative's summary, escaped the same way.
QString narrativeToolTipHtml(const QString& title, const QString& summary);

} // namespace seance
