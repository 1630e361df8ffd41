// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Day-0 alignment: daily UTC buckets seen from an anchor event, checked against the raw posts and under several
// local time zones, because a local-time slip would move every point by a day for half the world.
#include "models/compare/alignedseries.h"
#include "postfixtures.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <ctime>

using namespace seance;

namespace {

qint64 utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

void setLocalZone(const QByteArray& zone)
{
    qputenv("TZ", zone);
    ::tzset();
}

// Days between the UTC calendar dates, through QDate rather than the millisecond arithmetic under test.
int calendarDays(qint64 from, qint64 to)
{
    return int(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc())
                   .date()
                   .daysTo(QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()).date()));
}

} // namespace

class TestDayZeroAlignment : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_originalZone = qgetenv("TZ");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("align.seance"))));
        QVERIFY(execSql(m_db.handle(),
                        "INSERT INTO tokens (id, name, symbol, chain) VALUES ('ghost', 'Ghost', 'GHOST', 'x')"));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO narratives (id, title) VALUES ('ghosts', 'Summoning ghosts')"));
        QRandomGenerator random(5);
        // Posts across both 2025 DST switches of the US and Europe, with some exactly on UTC midnights.
        const qint64 start = utc(2025, 2, 20);
        for (int i = 0; i < 4000; ++i) {
            PostRecord post;
            post.narrativeId = QStringLiteral("ghosts");
            post.tokenId = QStringLiteral("ghost");
            post.text = QStringLiteral("x");
            post.postedAt = start + qint64(random.bounded(300 * 24)) * hourMs +
                            (i % 7 == 0 ? 0 : qint64(random.bounded(3600)) * 1000);
            if (random.bounded(10) != 0)
                post.compound = random.generateDouble() * 2 - 1;
            m_posts.append(post);
        }
        // A quiet stretch, so gaps are tested: drop every post of 2025-04-10..2025-04-12 UTC.
        m_posts.removeIf(
            [](const PostRecord& p) { return p.postedAt >= utc(2025, 4, 10) && p.postedAt < utc(2025, 4, 13); });
        QString error;
        QVERIFY2(testing::writePosts(m_db, m_posts, &error), qPrintable(error));
    }

    void cleanup() { setLocalZone(m_originalZone); }

    void daysSinceAnchor_data()
    {
        QTest::addColumn<qint64>("anchor");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<int>("day");
        QTest::newRow("same instant") << utc(2025, 10, 1, 12) << utc(2025, 10, 1, 12) << 0;
        QTest::newRow("late anchor, same UTC day") << utc(2025, 10, 1, 23, 30) << utc(2025, 10, 1, 0, 5) << 0;
        QTest::newRow("late anchor, next UTC day") << utc(2025, 10, 1, 23, 30) << utc(2025, 10, 2, 0, 10) << 1;
        QTest::newRow("midnight anchor, a minute before") << utc(2025, 10, 1) << utc(2025, 9, 30, 23, 59) << -1;
        QTest::newRow("across US DST start") << utc(2025, 3, 8, 23, 30) << utc(2025, 3, 10, 1) << 2;
        QTest::newRow("across EU DST end") << utc(2025, 10, 25, 22) << utc(2025, 10, 27, 0, 30) << 2;
        QTest::newRow("before 1970") << utc(1969, 12, 31, 23) << utc(1970, 1, 1, 1) << 1;
        QTest::newRow("sixty days on") << utc(2025, 10, 1, 9) << utc(2025, 11, 30, 23, 59) << 60;
    }
    void daysSinceAnchor()
    {
        QFETCH(qint64, anchor);
        QFETCH(qint64, t);
        QFETCH(int, day);
        QCOMPARE(seance::daysSinceAnchor(t, anchor), day);
        QCOMPARE(seance::daysSinceAnchor(t, anchor), calendarDays(anchor, t));
        QVERIFY(alignedDayStart(anchor, day) <= t);
        QVERIFY(t < alignedDayStart(anchor, day + 1));
    }

    void gapsStayGaps()
    {
        const qint64 anchor = utc(2025, 4, 11, 15);
        const auto series = alignSubject(m_query(), SubjectKind::Narrative, QStringLiteral("ghosts"), anchor,
                                         QStringLiteral("e"), {}, DayWindow{-3, 3}, Metric::Volume);
        QVERIFY(series);
        QCOMPARE(series->points.size(), 7);
        for (const AlignedPoint& point : series->points) {
            const bool quiet = point.day >= -1 && point.day <= 1;
            QCOMPARE(point.value.has_value(), !quiet);
            QCOMPARE(point.posts == 0, quiet);
        }
        // Volume is the one metric that could be mistaken for 0 on a quiet day; it is a gap too.
        QVERIFY(!series->pointAt(0)->value);
        QVERIFY(!series->pointAt(4));
    }

    void matchesRawPosts_data()
    {
        QTest::addColumn<qint64>("anchor");
        QTest::addColumn<int>("metric");
        QTest::newRow("23:30 UTC, mean") << utc(2025, 6, 14, 23, 30) << int(Metric::Mean);
        QTest::newRow("US DST start, mean") << utc(2025, 3, 9, 7) << int(Metric::Mean);
        QTest::newRow("EU DST start, positive share") << utc(2025, 3, 30, 1, 30) << int(Metric::PositiveShare);
        QTest::newRow("EU DST end, volume") << utc(2025, 10, 26, 0, 30) << int(Metric::Volume);
        QTest::newRow("US DST end, unscored") << utc(2025, 11, 2, 6) << int(Metric::Unscored);
    }
    void matchesRawPosts()
    {
        QFETCH(qint64, anchor);
        QFETCH(int, metric);
        const DayWindow window{-20, 25};
        const auto series = alignSubject(m_query(), SubjectKind::Token, QStringLiteral("ghost"), anchor,
                                         QStringLiteral("e"), {}, window, Metric(metric));
        QVERIFY(series);
        QCOMPARE(series->points.size(), window.dayCount());
        QHash<int, BucketSums> expected;
        for (const PostRecord& post : std::as_const(m_posts)) {
            const int day = calendarDays(anchor, post.postedAt);
            if (window.contains(day))
                testing::countPost(expected[day], post.compound);
        }
        for (const AlignedPoint& point : series->points) {
            const BucketSums sums = expected.value(point.day);
            QCOMPARE(point.posts, sums.n);
            const std::optional<double> value = sums.n > 0 ? metricValue(sums, Metric(metric)) : std::nullopt;
            QCOMPARE(point.value.has_value(), value.has_value());
            if (value)
                QVERIFY2(std::fabs(*point.value - *value) < 1e-9, qPrintable(QString::number(point.day)));
        }
    }

    void sameResultInEveryTimeZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("anchor");
        const QList<QByteArray> zones{"America/New_York", "Europe/Berlin", "Asia/Seoul", "Pacific/Kiritimati"};
        const QList<std::pair<const char*, qint64>> anchors{
            {"23:30 UTC", utc(2025, 6, 14, 23, 30)},
            {"US DST start", utc(2025, 3, 9, 7)},
            {"EU DST start", utc(2025, 3, 30, 1, 30)},
            {"EU DST end", utc(2025, 10, 26, 0, 30)},
            {"US DST end", utc(2025, 11, 2, 5, 30)},
        };
        for (const QByteArray& zone : zones) {
            for (const auto& [name, anchor] : anchors)
                QTest::addRow("%s, %s", zone.constData(), name) << zone << anchor;
        }
    }
    void sameResultInEveryTimeZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, anchor);
        const QList<EventRecord> events = eventsAround(anchor);
        auto compute = [&] {
            return alignSubject(m_query(), SubjectKind::Narrative, QStringLiteral("ghosts"), anchor,
                                QStringLiteral("anchor"), events, DayWindow{-10, 10}, Metric::Mean);
        };
        setLocalZone("UTC");
        const auto reference = compute();
        setLocalZone(zone);
        // The zone really is in effect: local midnight is not UTC midnight in any of these zones.
        QVERIFY(QDateTime::fromMSecsSinceEpoch(anchor).offsetFromUtc() != 0);
        const auto local = compute();
        QVERIFY(reference && local);
        QCOMPARE(local->points, reference->points);
        QCOMPARE(local->events, reference->events);
        QCOMPARE(alignedDayStart(anchor, 0) % dayMs, 0);
        // The anchor's own day is day 0 and its events sit on their UTC days.
        QCOMPARE(local->events.size(), 3);
        QCOMPARE(local->events.at(0).day, -1);
        QCOMPARE(local->events.at(1).day, 0);
        QCOMPARE(local->events.at(2).day, calendarDays(anchor, anchor + dayMs - minuteMs()));
    }

    void eventsBelongToTheirSubject()
    {
        EventRecord narrativeEvent;
        narrativeEvent.id = QStringLiteral("n");
        narrativeEvent.narrativeId = QStringLiteral("ghosts");
        narrativeEvent.occurredAt = utc(2025, 10, 5);
        EventRecord tokenEvent;
        tokenEvent.id = QStringLiteral("t");
        tokenEvent.tokenIds = {QStringLiteral("ghost")};
        tokenEvent.occurredAt = utc(2025, 9, 28, 23, 59);
        EventRecord farEvent = narrativeEvent;
        farEvent.id = QStringLiteral("far");
        farEvent.occurredAt = utc(2026, 1, 1);
        const QList<EventRecord> events{farEvent, narrativeEvent, tokenEvent};
        const qint64 anchor = utc(2025, 10, 1, 23, 30);
        const QList<AlignedEvent> forNarrative =
            alignEvents(events, SubjectKind::Narrative, QStringLiteral("ghosts"), anchor, DayWindow{-30, 60});
        QCOMPARE(forNarrative.size(), 1);
        QCOMPARE(forNarrative.at(0).eventId, QStringLiteral("n"));
        QCOMPARE(forNarrative.at(0).day, 4);
        const QList<AlignedEvent> forToken =
            alignEvents(events, SubjectKind::Token, QStringLiteral("ghost"), anchor, DayWindow{-30, 60});
        QCOMPARE(forToken.size(), 1);
        QCOMPARE(forToken.at(0).day, -3);
    }

    void emptyWindowIsAnError()
    {
        QString error;
        QVERIFY(!alignSubject(m_query(), SubjectKind::Token, QStringLiteral("ghost"), utc(2025, 6, 1), QString(), {},
                              DayWindow{5, -5}, Metric::Mean, &error));
        QVERIFY(error.contains(QStringLiteral("window")));
    }

private:
    static qint64 minuteMs() { return 60'000; }

    BucketQuery& m_query()
    {
        if (!m_bucketQuery)
            m_bucketQuery = std::make_unique<BucketQuery>(m_db);
        return *m_bucketQuery;
    }

    // Three events of the narrative: the UTC day before the anchor, the anchor, and 23:59 after it.
    static QList<EventRecord> eventsAround(qint64 anchor)
    {
        QList<EventRecord> events;
        const qint64 times[] = {alignedDayStart(anchor, 0) - 1, anchor, anchor + dayMs - minuteMs()};
        int i = 0;
        for (qint64 t : times) {
            EventRecord event;
            event.id = QStringLiteral("e%1").arg(i++);
            event.narrativeId = QStringLiteral("ghosts");
            event.occurredAt = t;
            events.append(event);
        }
        return events;
    }

    QByteArray m_originalZone;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<BucketQuery> m_bucketQuery;
    QList<PostRecord> m_posts;
};

QTEST_GUILESS_MAIN(TestDayZeroAlignment)
#include "tst_dayzeroalignment.moc"
