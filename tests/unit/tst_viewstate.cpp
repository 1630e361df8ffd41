// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/viewstate.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

namespace seance {
// Lets QCOMPARE print ranges it finds unequal.
char* toString(const TimeRange& range)
{
    return QTest::toString(QStringLiteral("[%1, %2)").arg(range.from).arg(range.to));
}
} // namespace seance

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z

// Counts how deeply a write-back slot re-entered itself. Setters that emitted on every write would recurse
// without end; the limit turns that into a failed comparison instead of a stack overflow.
struct ReentryGuard
{
    int depth = 0;
    int deepest = 0;
    bool overflowed = false;
    bool enter()
    {
        deepest = std::max(deepest, ++depth);
        if (depth > 16) {
            overflowed = true;
            --depth;
            return false;
        }
        return true;
    }
    void leave() { --depth; }
};

} // namespace

class TestViewState : public QObject
{
    Q_OBJECT
private:
    // One signal per real change: a first set emits once with the value, the same value again emits nothing.
    template <typename Signal, typename Setter, typename T>
    void checkEmitsOnlyOnChange(Signal signal, Setter set, const T& first, const T& second)
    {
        ViewState state;
        QSignalSpy spy(&state, signal);
        QVERIFY(spy.isValid());
        std::invoke(set, state, first);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).template value<T>(), first);
        std::invoke(set, state, first);
        QCOMPARE(spy.count(), 1);
        std::invoke(set, state, second);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).template value<T>(), second);
        std::invoke(set, state, second);
        QCOMPARE(spy.count(), 2);
    }

private slots:
    void defaults()
    {
        ViewState state;
        QVERIFY(state.selectedTokens().isEmpty());
        QVERIFY(state.selectedNarratives().isEmpty());
        QVERIFY(state.focusedEvent().isEmpty());
        QVERIFY(!state.hoverTime().has_value());
        QCOMPARE(state.granularity(), Granularity::Day);
        QCOMPARE(state.metric(), Metric::Mean);
        QVERIFY(state.visibleRange().span() >= ViewState::minimumSpan);
        QCOMPARE(state.dataRange(), state.visibleRange());
    }

    void eachSignalOnlyOnChange()
    {
        checkEmitsOnlyOnChange(&ViewState::selectedTokensChanged, &ViewState::setSelectedTokens,
                               QStringList{QStringLiteral("ghost-icp")},
                               QStringList{QStringLiteral("ghost-icp"), QStringLiteral("pepe")});
        checkEmitsOnlyOnChange(&ViewState::selectedNarrativesChanged, &ViewState::setSelectedNarratives,
                               QStringList{QStringLiteral("ghosts")}, QStringList{QStringLiteral("animals")});
        checkEmitsOnlyOnChange(&ViewState::focusedEventChanged, &ViewState::setFocusedEvent,
                               QStringLiteral("karpathy-thread"), QString());
        checkEmitsOnlyOnChange(&ViewState::visibleRangeChanged, &ViewState::setVisibleRange,
                               TimeRange{day0, day0 + dayMs}, TimeRange{day0, day0 + weekMs});
        checkEmitsOnlyOnChange(&ViewState::hoverTimeChanged, &ViewState::setHoverTime, std::optional<qint64>(day0 + 5),
                               std::optional<qint64>());
        checkEmitsOnlyOnChange(&ViewState::granularityChanged, &ViewState::setGranularity, Granularity::Hour,
                               Granularity::Week);
        checkEmitsOnlyOnChange(&ViewState::metricChanged, &ViewState::setMetric, Metric::ShareOfVoice, Metric::Volume);
        checkEmitsOnlyOnChange(&ViewState::dataRangeChanged, &ViewState::setDataRange, TimeRange{day0 - weekMs, day0},
                               TimeRange{day0, day0 + 30 * dayMs});
        checkEmitsOnlyOnChange(&ViewState::impactDaysChanged, &ViewState::setImpactDays, 3, 30);
    }

    void impactDaysAreClamped_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("expected");
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("a fortnight") << 14 << 14;
        QTest::newRow("the maximum") << ViewState::maximumImpactDays << ViewState::maximumImpactDays;
        QTest::newRow("above the maximum") << ViewState::maximumImpactDays + 1 << ViewState::maximumImpactDays;
        QTest::newRow("zero") << 0 << 1;
        QTest::newRow("negative") << -5 << 1;
    }
    void impactDaysAreClamped()
    {
        QFETCH(int, days);
        QFETCH(int, expected);
        ViewState state;
        QCOMPARE(state.impactDays(), ViewState::defaultImpactDays);
        state.setImpactDays(days);
        QCOMPARE(state.impactDays(), expected);
    }

    void oneSetterEmitsOnlyItsOwnSignal()
    {
        ViewState state;
        QSignalSpy tokens(&state, &ViewState::selectedTokensChanged);
        QSignalSpy range(&state, &ViewState::visibleRangeChanged);
        QSignalSpy hover(&state, &ViewState::hoverTimeChanged);
        QSignalSpy metric(&state, &ViewState::metricChanged);
        state.setHoverTime(day0);
        QCOMPARE(hover.count(), 1);
        QCOMPARE(tokens.count() + range.count() + metric.count(), 0);
    }

    void idsAreNormalised()
    {
        ViewState state;
        QSignalSpy spy(&state, &ViewState::selectedTokensChanged);
        state.setSelectedTokens({QStringLiteral("b"), QString(), QStringLiteral("a"), QStringLiteral("b")});
        const QStringList expected{QStringLiteral("b"), QStringLiteral("a")};
        QCOMPARE(state.selectedTokens(), expected);
        // The same selection spelled with a repeat is the same value, so it must not emit.
        state.setSelectedTokens({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a")});
        QCOMPARE(spy.count(), 1);
        // Order carries meaning (the first is the primary series), so a reorder is a change.
        state.setSelectedTokens({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(spy.count(), 2);
    }

    void visibleRangeIsNormalised_data()
    {
        QTest::addColumn<TimeRange>("input");
        QTest::addColumn<TimeRange>("expected");
        const qint64 end = saneTimeBounds.to;
        QTest::newRow("already fine") << TimeRange{day0, day0 + dayMs} << TimeRange{day0, day0 + dayMs};
        QTest::newRow("ends swapped") << TimeRange{day0 + dayMs, day0} << TimeRange{day0, day0 + dayMs};
        QTest::newRow("empty widens about its point")
            << TimeRange{day0, day0} << TimeRange{day0 - hourMs / 2, day0 + hourMs / 2};
        QTest::newRow("ten minutes widen to an hour about the centre")
            << TimeRange{day0, day0 + 10 * 60'000}
            << TimeRange{day0 + 5 * 60'000 - hourMs / 2, day0 + 5 * 60'000 + hourMs / 2};
        QTest::newRow("before 1970 shifts in, span kept") << TimeRange{-dayMs, dayMs} << TimeRange{0, 2 * dayMs};
        QTest::newRow("past 2100 shifts in, span kept")
            << TimeRange{end - dayMs, end + dayMs} << TimeRange{end - 2 * dayMs, end};
        QTest::newRow("wider than the bounds") << TimeRange{-5 * end, 5 * end} << saneTimeBounds;
        QTest::newRow("absurd ends") << TimeRange{std::numeric_limits<qint64>::max(),
                                                  std::numeric_limits<qint64>::min()}
                                     << saneTimeBounds;
        QTest::newRow("far future, empty")
            << TimeRange{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()}
            << TimeRange{end - hourMs, end};
    }
    void visibleRangeIsNormalised()
    {
        QFETCH(TimeRange, input);
        QFETCH(TimeRange, expected);
        ViewState state;
        state.setVisibleRange(input);
        QCOMPARE(state.visibleRange(), expected);
    }

    // The panes zoom, pan and centre by sending a new range; the state normalises whatever they send.
    void zoomedRangeThroughTheState_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<qint64>("anchor");
        QTest::addColumn<TimeRange>("expected");
        const TimeRange start{day0, day0 + 10 * dayMs};
        const qint64 mid = day0 + 5 * dayMs;
        QTest::newRow("in 2x about the centre") << 2.0 << mid << TimeRange{mid - 5 * dayMs / 2, mid + 5 * dayMs / 2};
        QTest::newRow("in 2x about the start") << 2.0 << start.from << TimeRange{day0, day0 + 5 * dayMs};
        QTest::newRow("in 2x about the end") << 2.0 << start.to << TimeRange{day0 + 5 * dayMs, start.to};
        QTest::newRow("in 5x about 20%") << 5.0 << day0 + 2 * dayMs
                                         << TimeRange{day0 + 2 * dayMs - 2 * dayMs / 5,
                                                      day0 + 2 * dayMs + 8 * dayMs / 5};
        QTest::newRow("out 2x about the start") << 0.5 << start.from << TimeRange{day0, day0 + 20 * dayMs};
        QTest::newRow("stopped at one hour, anchor kept")
            << 1e9 << day0 + 2 * dayMs << TimeRange{day0 + 2 * dayMs - hourMs / 5, day0 + 2 * dayMs + 4 * hourMs / 5};
        QTest::newRow("out past the bounds") << 1e-9 << mid << saneTimeBounds;
        QTest::newRow("zero is ignored") << 0.0 << mid << start;
        QTest::newRow("negative is ignored") << -2.0 << mid << start;
        QTest::newRow("NaN is ignored") << std::numeric_limits<double>::quiet_NaN() << mid << start;
        QTest::newRow("infinity is ignored") << std::numeric_limits<double>::infinity() << mid << start;
        QTest::newRow("one is no change") << 1.0 << mid << start;
    }
    void zoomedRangeThroughTheState()
    {
        QFETCH(double, factor);
        QFETCH(qint64, anchor);
        QFETCH(TimeRange, expected);
        ViewState state;
        state.setVisibleRange({day0, day0 + 10 * dayMs});
        QSignalSpy spy(&state, &ViewState::visibleRangeChanged);
        state.setVisibleRange(zoomedRange(state.visibleRange(), factor, anchor, ViewState::minimumSpan));
        QCOMPARE(state.visibleRange(), expected);
        const bool unchanged = expected == TimeRange{day0, day0 + 10 * dayMs};
        QCOMPARE(spy.count(), unchanged ? 0 : 1);
    }

    void zoomInThenOutRestores()
    {
        ViewState state;
        const TimeRange start{day0, day0 + 9 * dayMs};
        state.setVisibleRange(start);
        const qint64 anchor = day0 + 2 * dayMs + 12'345;
        state.setVisibleRange(zoomedRange(state.visibleRange(), 3.0, anchor, ViewState::minimumSpan));
        QCOMPARE(state.visibleRange().span(), 3 * dayMs);
        state.setVisibleRange(zoomedRange(state.visibleRange(), 1.0 / 3.0, anchor, ViewState::minimumSpan));
        QVERIFY(std::abs(state.visibleRange().from - start.from) <= 1);
        QVERIFY(std::abs(state.visibleRange().to - start.to) <= 1);
    }

    void shiftedRangeThroughTheState_data()
    {
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<TimeRange>("expected");
        const qint64 end = saneTimeBounds.to;
        QTest::newRow("later") << 3 * hourMs << TimeRange{day0 + 3 * hourMs, day0 + dayMs + 3 * hourMs};
        QTest::newRow("earlier") << -dayMs << TimeRange{day0 - dayMs, day0};
        QTest::newRow("zero") << qint64(0) << TimeRange{day0, day0 + dayMs};
        QTest::newRow("stops at 1970, span kept") << -2 * day0 << TimeRange{0, dayMs};
        QTest::newRow("stops at 2100, span kept") << end << TimeRange{end - dayMs, end};
        QTest::newRow("huge delta") << std::numeric_limits<qint64>::max() << TimeRange{end - dayMs, end};
        QTest::newRow("huge negative delta") << std::numeric_limits<qint64>::min() << TimeRange{0, dayMs};
    }
    void shiftedRangeThroughTheState()
    {
        QFETCH(qint64, delta);
        QFETCH(TimeRange, expected);
        ViewState state;
        state.setVisibleRange({day0, day0 + dayMs});
        state.setVisibleRange(shiftedRange(state.visibleRange(), delta));
        QCOMPARE(state.visibleRange(), expected);
    }

    void centredRangeKeepsSpan()
    {
        ViewState state;
        state.setVisibleRange({day0, day0 + 4 * dayMs});
        state.setVisibleRange(centredRange(state.visibleRange(), day0 + 10 * dayMs));
        QCOMPARE(state.visibleRange(), (TimeRange{day0 + 8 * dayMs, day0 + 12 * dayMs}));
        state.setVisibleRange(centredRange(state.visibleRange(), saneTimeBounds.from));
        QCOMPARE(state.visibleRange(), (TimeRange{0, 4 * dayMs}));
    }

    void resetRangeShowsTheData()
    {
        ViewState state;
        const TimeRange data{day0 - 30 * dayMs, day0 + 7 * dayMs};
        state.setDataRange(data);
        state.setVisibleRange({day0, day0 + dayMs});
        QSignalSpy spy(&state, &ViewState::visibleRangeChanged);
        state.resetRange();
        QCOMPARE(state.visibleRange(), data);
        state.resetRange();
        QCOMPARE(spy.count(), 1);
    }

    // Two panes synced both ways: a chart that re-applies exactly what it is told, and a timeline that snaps the
    // range to whole minutes and writes it back. Neither knows the other; the state must settle after the
    // snapped value, and nobody may be handed the pre-snap range after the snapped one.
    void noEchoLoopBetweenTwoWaySyncedPanes()
    {
        ViewState state;
        ReentryGuard guard;
        connect(&state, &ViewState::visibleRangeChanged, &state, [&](const TimeRange& range) {
            if (guard.enter()) {
                state.setVisibleRange(range);
                guard.leave();
            }
        });
        const auto snap = [](qint64 t) { return t / 60'000 * 60'000; };
        connect(&state, &ViewState::visibleRangeChanged, &state, [&](const TimeRange& range) {
            if (guard.enter()) {
                state.setVisibleRange({snap(range.from), snap(range.to)});
                guard.leave();
            }
        });
        TimeRange lastSeenByLatePane;
        connect(&state, &ViewState::visibleRangeChanged, &state,
                [&](const TimeRange& range) { lastSeenByLatePane = range; });
        QSignalSpy spy(&state, &ViewState::visibleRangeChanged);

        state.setVisibleRange({day0 + 12'345, day0 + 3 * dayMs + 67'890});
        const TimeRange snapped{day0, day0 + 3 * dayMs + 60'000};
        QVERIFY(!guard.overflowed);
        QCOMPARE(state.visibleRange(), snapped);
        // The request and the snap: two announcements. The outer one reaches the spy last, and carries the
        // current value, not the stale request.
        QCOMPARE(spy.count(), 2);
        for (const QList<QVariant>& arguments : spy)
            QCOMPARE(arguments.at(0).value<TimeRange>(), snapped);
        QCOMPARE(lastSeenByLatePane, snapped);

        // An echo of the current value changes nothing and announces nothing.
        state.setVisibleRange(snapped);
        QCOMPARE(spy.count(), 2);
        QVERIFY(guard.deepest <= 2);
    }

    void noEchoLoopForSelections()
    {
        ViewState state;
        ReentryGuard guard;
        // A token list reports its selection in row order, a chart legend in selection order.
        connect(&state, &ViewState::selectedTokensChanged, &state, [&](const QStringList& ids) {
            if (guard.enter()) {
                QStringList sorted = ids;
                sorted.sort();
                state.setSelectedTokens(sorted);
                guard.leave();
            }
        });
        connect(&state, &ViewState::selectedTokensChanged, &state, [&](const QStringList& ids) {
            if (guard.enter()) {
                state.setSelectedTokens(ids);
                guard.leave();
            }
        });
        QSignalSpy spy(&state, &ViewState::selectedTokensChanged);
        state.setSelectedTokens({QStringLiteral("pepe"), QStringLiteral("doge")});
        QVERIFY(!guard.overflowed);
        QCOMPARE(state.selectedTokens(), (QStringList{QStringLiteral("doge"), QStringLiteral("pepe")}));
        QCOMPARE(spy.count(), 2);
    }

    void hoverTimeSetAndClear()
    {
        ViewState state;
        QSignalSpy spy(&state, &ViewState::hoverTimeChanged);
        state.setHoverTime(day0);
        state.setHoverTime(day0);
        state.setHoverTime(std::nullopt);
        state.setHoverTime(std::nullopt);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<std::optional<qint64>>(), std::optional<qint64>(day0));
        QVERIFY(!spy.at(1).at(0).value<std::optional<qint64>>().has_value());
    }

    void jsonRoundTrip()
    {
        ViewState saved;
        saved.setSelectedTokens({QStringLiteral("ghost-xrpl"), QStringLiteral("ghost-icp")});
        saved.setSelectedNarratives({QStringLiteral("summoning-ghosts")});
        saved.setFocusedEvent(QStringLiteral("karpathy-thread"));
        saved.setDataRange({day0 - 60 * dayMs, day0 + 60 * dayMs});
        saved.setVisibleRange({day0 - 3 * dayMs + 1, day0 + 4 * dayMs + 7});
        saved.setHoverTime(day0);
        saved.setGranularity(Granularity::Hour);
        saved.setMetric(Metric::PositiveShare);
        const QJsonObject json = saved.toJson();
        QVERIFY(!json.contains(QStringLiteral("hoverTime")));
        QVERIFY(!json.contains(QStringLiteral("dataRange")));

        ViewState restored;
        Metric metricSeenByFirstSlot = Metric::Mean;
        connect(&restored, &ViewState::selectedTokensChanged, &restored,
                [&] { metricSeenByFirstSlot = restored.metric(); });
        QSignalSpy tokens(&restored, &ViewState::selectedTokensChanged);
        QSignalSpy range(&restored, &ViewState::visibleRangeChanged);
        QSignalSpy hover(&restored, &ViewState::hoverTimeChanged);
        QString error;
        QVERIFY2(restored.fromJson(json, &error), qPrintable(error));
        QCOMPARE(restored.selectedTokens(), saved.selectedTokens());
        QCOMPARE(restored.selectedNarratives(), saved.selectedNarratives());
        QCOMPARE(restored.focusedEvent(), saved.focusedEvent());
        QCOMPARE(restored.visibleRange(), saved.visibleRange());
        QCOMPARE(restored.granularity(), Granularity::Hour);
        QCOMPARE(restored.metric(), Metric::PositiveShare);
        QVERIFY(!restored.hoverTime().has_value());
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(range.count(), 1);
        QCOMPARE(hover.count(), 0);
        // Everything is applied before the first signal, so a pane reading other properties sees the whole view.
        QCOMPARE(metricSeenByFirstSlot, Metric::PositiveShare);

        // Restoring the same view again changes nothing.
        QVERIFY(restored.fromJson(json));
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(range.count(), 1);
    }

    void jsonKeepsMissingKeys()
    {
        ViewState state;
        state.setSelectedTokens({QStringLiteral("pepe")});
        state.setVisibleRange({day0, day0 + dayMs});
        QJsonObject partial;
        partial.insert(QStringLiteral("version"), 1);
        partial.insert(QStringLiteral("metric"), QStringLiteral("volume"));
        QVERIFY(state.fromJson(partial));
        QCOMPARE(state.metric(), Metric::Volume);
        QCOMPARE(state.selectedTokens(), QStringList{QStringLiteral("pepe")});
        QCOMPARE(state.visibleRange(), (TimeRange{day0, day0 + dayMs}));
    }

    void jsonRejectsMalformed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        const auto range = [](const QJsonValue& from, const QJsonValue& to) {
            QJsonObject object;
            object.insert(QStringLiteral("from"), from);
            object.insert(QStringLiteral("to"), to);
            return QJsonValue(object);
        };
        QTest::newRow("no version") << QStringLiteral("version") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("newer version") << QStringLiteral("version") << QJsonValue(2);
        QTest::newRow("version as text") << QStringLiteral("version") << QJsonValue(QStringLiteral("1"));
        QTest::newRow("tokens not an array") << QStringLiteral("selectedTokens") << QJsonValue(QStringLiteral("pepe"));
        QTest::newRow("token not a string") << QStringLiteral("selectedTokens") << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("narratives not an array") << QStringLiteral("selectedNarratives") << QJsonValue(3);
        QTest::newRow("event not a string") << QStringLiteral("focusedEvent") << QJsonValue(7);
        QTest::newRow("range not an object") << QStringLiteral("visibleRange") << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("range without to") << QStringLiteral("visibleRange") << range(QJsonValue(day0), QJsonValue());
        QTest::newRow("range with a fraction")
            << QStringLiteral("visibleRange") << range(QJsonValue(1.5), QJsonValue(day0));
        QTest::newRow("range as text") << QStringLiteral("visibleRange")
                                       << range(QJsonValue(QStringLiteral("0")), QJsonValue(day0));
        QTest::newRow("range beyond qint64")
            << QStringLiteral("visibleRange") << range(QJsonValue(0), QJsonValue(1e30));
        QTest::newRow("unknown granularity")
            << QStringLiteral("granularity") << QJsonValue(QStringLiteral("fortnight"));
        QTest::newRow("unknown metric") << QStringLiteral("metric") << QJsonValue(QStringLiteral("vibes"));
        QTest::newRow("metric not a string") << QStringLiteral("metric") << QJsonValue(1);
        QTest::newRow("unknown language") << QStringLiteral("language") << QJsonValue(QStringLiteral("kr"));
        QTest::newRow("language not a string") << QStringLiteral("language") << QJsonValue(2);
    }
    void jsonRejectsMalformed()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ViewState good;
        good.setSelectedTokens({QStringLiteral("doge")});
        good.setVisibleRange({day0, day0 + dayMs});
        QJsonObject json = good.toJson();
        // Valid values for every other key, so only the broken one can be the reason for refusal.
        json.insert(QStringLiteral("metric"), QStringLiteral("volume"));
        json.insert(QStringLiteral("granularity"), QStringLiteral("week"));
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);

        ViewState state;
        state.setSelectedTokens({QStringLiteral("pepe")});
        QSignalSpy tokens(&state, &ViewState::selectedTokensChanged);
        QSignalSpy metric(&state, &ViewState::metricChanged);
        QSignalSpy granularity(&state, &ViewState::granularityChanged);
        QString error;
        QVERIFY(!state.fromJson(json, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(state.selectedTokens(), QStringList{QStringLiteral("pepe")});
        QCOMPARE(state.metric(), Metric::Mean);
        QCOMPARE(state.granularity(), Granularity::Day);
        QCOMPARE(tokens.count() + metric.count() + granularity.count(), 0);
    }

    void metricLabelsAreDistinct()
    {
        const QList<Metric> metrics{Metric::Mean,   Metric::Weighted,     Metric::PositiveShare,
                                    Metric::Volume, Metric::ShareOfVoice, Metric::Unscored};
        QStringList labels;
        for (Metric metric : metrics) {
            const QString label = metricLabel(metric);
            QVERIFY(!label.isEmpty());
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.append(label);
        }
    }
};

QTEST_GUILESS_MAIN(TestViewState)
#include "tst_viewstate.moc"
