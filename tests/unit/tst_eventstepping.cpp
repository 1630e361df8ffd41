// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stepping through events (presentation mode's ← and →), the events that concern what is charted, and the range
// that brings a focused event into view.
#include "models/chart/eventstepping.h"
#include "models/time/granularity.h"

#include <QTest>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z

EventRecord makeEvent(const char* id, int day, const char* narrative = "", QStringList tokens = {})
{
    EventRecord e;
    e.id = QLatin1String(id);
    e.occurredAt = day0 + day * dayMs;
    e.narrativeId = QLatin1String(narrative);
    e.tokenIds = std::move(tokens);
    return e;
}

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* id : list)
        out << QLatin1String(id);
    return out;
}

QStringList idsOf(const QList<EventRecord>& events)
{
    QStringList ids;
    for (const EventRecord& e : events)
        ids << e.id;
    return ids;
}

// Stored out of time order, with a tie on day 9.
const QList<EventRecord> stored = {makeEvent("late", 15), makeEvent("early", 3), makeEvent("tie-b", 9),
                                   makeEvent("tie-a", 9)};

} // namespace

class TestEventStepping : public QObject
{
    Q_OBJECT
private slots:
    void timeOrderBreaksTiesById()
    {
        QCOMPARE(idsOf(eventsInTimeOrder(stored)), (QStringList{QStringLiteral("early"), QStringLiteral("tie-a"),
                                                                QStringLiteral("tie-b"), QStringLiteral("late")}));
    }

    void step_data()
    {
        QTest::addColumn<QString>("focused");
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("toDay");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("expected"); // empty: no step
        QTest::newRow("next") << QStringLiteral("early") << 0 << 30 << +1 << QStringLiteral("tie-a");
        QTest::newRow("previous") << QStringLiteral("tie-b") << 0 << 30 << -1 << QStringLiteral("tie-a");
        QTest::newRow("past the last") << QStringLiteral("late") << 0 << 30 << +1 << QStringLiteral("");
        QTest::newRow("before the first") << QStringLiteral("early") << 0 << 30 << -1 << QStringLiteral("");
        QTest::newRow("focused off screen still steps from it")
            << QStringLiteral("early") << 20 << 30 << +1 << QStringLiteral("tie-a");
        QTest::newRow("none focused, right: first in view")
            << QStringLiteral("") << 5 << 30 << +1 << QStringLiteral("tie-a");
        QTest::newRow("none focused, left: last in view")
            << QStringLiteral("") << 0 << 10 << -1 << QStringLiteral("tie-b");
        QTest::newRow("none focused, right, none in view: the last")
            << QStringLiteral("") << 20 << 30 << +1 << QStringLiteral("late");
        QTest::newRow("none focused, left, none in view: the first")
            << QStringLiteral("") << -10 << -5 << -1 << QStringLiteral("early");
        QTest::newRow("unknown focus counts as none")
            << QStringLiteral("gone") << 5 << 30 << +1 << QStringLiteral("tie-a");
        QTest::newRow("no direction") << QStringLiteral("early") << 0 << 30 << 0 << QStringLiteral("");
    }
    void step()
    {
        QFETCH(QString, focused);
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        QFETCH(int, direction);
        QFETCH(QString, expected);
        const QList<EventRecord> events = eventsInTimeOrder(stored);
        const std::optional<qsizetype> index =
            steppedEventIndex(events, focused, {day0 + fromDay * dayMs, day0 + toDay * dayMs}, direction);
        QCOMPARE(index ? events.at(*index).id : QString(), expected);
    }

    void noEventsNoStep() { QVERIFY(!steppedEventIndex({}, QString(), {day0, day0 + dayMs}, +1)); }

    void concerning_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QStringList>("narratives");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing selected: every event")
            << ids({}) << ids({}) << ids({"thread", "podcast", "debut", "loose", "launch"});
        QTest::newRow("a token: its events and their narratives' events")
            << ids({"ghost"}) << ids({}) << ids({"thread", "podcast", "launch"});
        QTest::newRow("a token without events: none") << ids({"doge"}) << ids({}) << ids({});
        QTest::newRow("a narrative") << ids({}) << ids({"pepe-origin"}) << ids({"debut"});
        QTest::newRow("a token and a narrative")
            << ids({"pepe"}) << ids({"ghosts"}) << ids({"thread", "podcast", "debut"});
        QTest::newRow("an event without a narrative, linked") << ids({"other"}) << ids({}) << ids({"loose"});
    }
    void concerning()
    {
        QFETCH(QStringList, tokens);
        QFETCH(QStringList, narratives);
        QFETCH(QStringList, expected);
        const QList<EventRecord> events = {
            makeEvent("thread", 1, "ghosts", ids({"ghost", "ghost-ai"})),
            makeEvent("podcast", 17, "ghosts"),
            makeEvent("debut", -900, "pepe-origin", ids({"pepe"})),
            makeEvent("loose", 2, "", ids({"other"})),
            makeEvent("launch", 20, "", ids({"ghost"})),
        };
        QCOMPARE(idsOf(eventsConcerning(events, tokens, narratives)), expected);
    }

    void rangeToReveal_data()
    {
        QTest::addColumn<qint64>("eventTime");
        QTest::addColumn<bool>("moves");
        const TimeRange visible{day0, day0 + 30 * dayMs};
        QTest::newRow("inside") << day0 + dayMs << false;
        QTest::newRow("at from") << visible.from << false;
        QTest::newRow("at to (half-open)") << visible.to << true;
        QTest::newRow("before") << day0 - 900 * dayMs << true;
        QTest::newRow("just before") << visible.from - 1 << true;
        QTest::newRow("after") << day0 + 120 * dayMs + 12 * hourMs << true;
    }
    void rangeToReveal()
    {
        QFETCH(qint64, eventTime);
        QFETCH(bool, moves);
        const TimeRange visible{day0, day0 + 30 * dayMs};
        const std::optional<TimeRange> range = seance::rangeToReveal(visible, eventTime);
        QCOMPARE(range.has_value(), moves);
        if (!moves)
            return;
        QCOMPARE(range->span(), visible.span());
        QCOMPARE(range->from, eventTime - visible.span() / 2);
        QVERIFY(range->contains(eventTime));
    }

    void rangeToRevealStaysInBounds()
    {
        const TimeRange visible{day0, day0 + 30 * dayMs};
        const std::optional<TimeRange> range = seance::rangeToReveal(visible, 1000);
        QVERIFY(range);
        QCOMPARE(range->from, saneTimeBounds.from);
        QCOMPARE(range->span(), visible.span());
    }
};

QTEST_GUILESS_MAIN(TestEventStepping)
#include "tst_eventstepping.moc"
