// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/eventstepping.h"

#include <QSet>

#include <algorithm>

namespace seance {

QList<EventRecord> eventsInTimeOrder(QList<EventRecord> events)
{
    std::sort(events.begin(), events.end(), [](const EventRecord& a, const EventRecord& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    return events;
}

QList<EventRecord> eventsConcerning(const QList<EventRecord>& events, const QStringList& tokenIds,
                                    const QStringList& narrativeIds)
{
    if (tokenIds.isEmpty() && narrativeIds.isEmpty())
        return events;
    const QSet<QString> tokens(tokenIds.cbegin(), tokenIds.cend());
    QSet<QString> narratives(narrativeIds.cbegin(), narrativeIds.cend());
    QSet<QString> linked;
    for (const EventRecord& event : events) {
        const bool concernsToken = std::any_of(event.tokenIds.cbegin(), event.tokenIds.cend(),
                                               [&tokens](const QString& id) { return tokens.contains(id); });
        if (!concernsToken)
            continue;
        linked.insert(event.id);
        if (!event.narrativeId.isEmpty())
            narratives.insert(event.narrativeId);
    }
    QList<EventRecord> concerning;
    for (const EventRecord& event : events) {
        if (linked.contains(event.id) || narratives.contains(event.narrativeId))
            concerning.append(event);
    }
    return concerning;
}

std::optional<qsizetype> steppedEventIndex(const QList<EventRecord>& inTimeOrder, const QString& focusedId,
                                           const TimeRange& visible, int direction)
{
    if (inTimeOrder.isEmpty() || direction == 0)
        return std::nullopt;
    const qsizetype last = inTimeOrder.size() - 1;
    const auto focused = std::find_if(inTimeOrder.cbegin(), inTimeOrder.cend(),
                                      [&focusedId](const EventRecord& e) { return e.id == focusedId; });
    if (!focusedId.isEmpty() && focused != inTimeOrder.cend()) {
        const qsizetype next = (focused - inTimeOrder.cbegin()) + (direction > 0 ? 1 : -1);
        return next < 0 || next > last ? std::nullopt : std::optional<qsizetype>(next);
    }
    const auto before = [](const EventRecord& event, qint64 time) { return event.occurredAt < time; };
    if (direction > 0) {
        const auto first = std::lower_bound(inTimeOrder.cbegin(), inTimeOrder.cend(), visible.from, before);
        return std::min<qsizetype>(first - inTimeOrder.cbegin(), last);
    }
    const auto end = std::lower_bound(inTimeOrder.cbegin(), inTimeOrder.cend(), visible.to, before);
    return std::max<qsizetype>((end - inTimeOrder.cbegin()) - 1, 0);
}

std::optional<TimeRange> rangeToReveal(const TimeRange& visible, qint64 eventTime)
{
    if (visible.contains(eventTime))
        return std::nullopt;
    return centredRange(visible, eventTime);
}

} // namespace seance
