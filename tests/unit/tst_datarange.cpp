// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfixtures.h"

#include "models/chart/datarange.h"
#include "models/storage/eventstore.h"
#include "models/storage/tokenstore.h"
#include "models/time/granularity.h"

#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

// 2025-10-01T00:00:00Z; the other times are offsets from it, so the expected days can be read off.
constexpr qint64 day0 = 1'759'276'800'000;
constexpr qint64 now = day0 + 500 * dayMs + 12345;

} // namespace

class TestDataRange : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("range.seance")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("range.seance"))));
        TokenRecord token;
        token.id = token.name = token.symbol = token.chain = QStringLiteral("tok");
        QVERIFY(TokenStore(m_db).insert(token));
    }
    void cleanup() { m_db.close(); }

    void dataRange_data()
    {
        QTest::addColumn<QList<qint64>>("postTimes");
        QTest::addColumn<QList<qint64>>("eventTimes");
        QTest::addColumn<TimeRange>("expected");

        // Posts decide when there are any: from the first post's UTC day to the end of the last post's day.
        QTest::newRow("one post mid-day")
            << QList<qint64>{day0 + 13 * hourMs} << QList<qint64>{} << TimeRange{day0, day0 + dayMs};
        QTest::newRow("posts on two days") << QList<qint64>{day0 + 3 * dayMs + 1, day0 + hourMs, day0 + 3 * dayMs - 1}
                                           << QList<qint64>{} << TimeRange{day0, day0 + 4 * dayMs};
        QTest::newRow("post at midnight")
            << QList<qint64>{day0 + 2 * dayMs} << QList<qint64>{} << TimeRange{day0 + 2 * dayMs, day0 + 3 * dayMs};
        QTest::newRow("posts win over events")
            << QList<qint64>{day0 + 5 * dayMs} << QList<qint64>{day0, day0 + 50 * dayMs}
            << TimeRange{day0 + 5 * dayMs, day0 + 6 * dayMs};
        // Without posts: the events with a week either side, not rounded to days.
        QTest::newRow("events only") << QList<qint64>{} << QList<qint64>{day0 + 10 * dayMs + 5, day0 + hourMs}
                                     << TimeRange{day0 + hourMs - 7 * dayMs, day0 + 17 * dayMs + 5};
        QTest::newRow("one event") << QList<qint64>{} << QList<qint64>{day0}
                                   << TimeRange{day0 - 7 * dayMs, day0 + 7 * dayMs};
        // Nothing at all: the 90 days up to now.
        QTest::newRow("empty") << QList<qint64>{} << QList<qint64>{} << TimeRange{now - 90 * dayMs, now};
    }
    void dataRange()
    {
        QFETCH(QList<qint64>, postTimes);
        QFETCH(QList<qint64>, eventTimes);
        QFETCH(TimeRange, expected);
        QList<PostRecord> posts;
        for (const qint64 t : postTimes) {
            PostRecord& post = posts.emplace_back();
            post.tokenId = QStringLiteral("tok");
            post.postedAt = t;
            post.text = QStringLiteral("gm");
        }
        QString error;
        QVERIFY2(testing::writePosts(m_db, posts, &error), qPrintable(error));
        for (qsizetype i = 0; i < eventTimes.size(); ++i) {
            EventRecord event;
            event.id = QStringLiteral("e%1").arg(i);
            event.occurredAt = eventTimes.at(i);
            event.title = event.id;
            QVERIFY(EventStore(m_db).insert(event));
        }
        QCOMPARE(workspaceDataRange(m_db, now), expected);
    }

    void closedDatabaseStillGivesARange()
    {
        m_db.close();
        QCOMPARE(workspaceDataRange(m_db, now), (TimeRange{now - 90 * dayMs, now}));
    }
};

QTEST_GUILESS_MAIN(TestDataRange)
#include "tst_datarange.moc"
