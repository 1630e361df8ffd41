// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "models/time/timerange.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace seance {

// Stepping from event to event (presentation mode's ← and →) and bringing the focused event into view.

// Events by time, ties by id, so a step never depends on the order they were stored in.
QList<EventRecord> eventsInTimeOrder(QList<EventRecord> events);

// The events that concern what is charted: those linked to a selected token, every event of a narrative one of
// those belongs to (a story's events without a token link still tell the story), and the events of the
// selected narratives. With no token and no narrative selected, all of them. The order is kept.
QList<EventRecord> eventsConcerning(const QList<EventRecord>& events, const QStringList& tokenIds,
                                    const QStringList& narrativeIds);

// The index in inTimeOrder of the event one step from focusedId: direction > 0 is later, < 0 earlier. With
// nothing focused, or a focused event not among them, the first event in view going right and the last going
// left; when none is in view, the nearest one in that direction's end. Empty when there is no event, or when the
// focused event is already the last one in that direction.
std::optional<qsizetype> steppedEventIndex(const QList<EventRecord>& inTimeOrder, const QString& focusedId,
                                           const TimeRange& visible, int direction);

// The visible range moved, span kept, so that an event at eventTime is centred; empty when it is already in view.
std::optional<TimeRange> rangeToReveal(const TimeRange& visible, qint64 eventTime);

} // namespace seance
