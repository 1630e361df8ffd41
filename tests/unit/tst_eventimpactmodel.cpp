// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The event impact table: its numbers against a brute-force pass over the raw posts, the model and its sort
// proxy under QAbstractItemModelTester, and empty values sorting last both ways.
#include "models/items/eventimpactmodel.h"
#include "models/items/eventimpactsortproxy.h"
#include "models/metricformat.h"
#include "postfixtures.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z

EventRecord makeEvent(const char* id, const char* narrative, qint64 at, QStringList tokens = {})
{
    EventRecord e;
    e.id = QString::fromLatin1(id);
    e.narrativeId = QString::fromLatin1(narrative);
    e.occurredAt = at;
    e.title = QStringLiteral("Event ") + e.id;
    e.tokenIds = tokens;
    return e;
}

} // namespace

class TestEventImpactModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("impact.seance"))));
        QVERIFY(execSql(m_db.handle(),
                        "INSERT INTO tokens (id, name, symbol, chain) VALUES ('ghost', 'Ghost', 'GHOST', 'x')"));
        QVERIFY(execSql(m_db.handle(),
                        "INSERT INTO narratives (id, title) VALUES ('ghosts', 'Ghosts'), ('quiet', 'Quiet')"));
        QRandomGenerator random(11);
        for (int i = 0; i < 2500; ++i) {
            PostRecord post;
            post.postedAt = day0 - 25 * dayMs + qint64(random.bounded(50 * 86'400)) * 1000;
            post.narrativeId = random.bounded(2) == 0 ? QStringLiteral("ghosts") : QString();
            post.tokenId = QStringLiteral("ghost");
            post.text = QStringLiteral("x");
            if (random.bounded(12) != 0)
                post.compound =
                    std::clamp(random.generateDouble() * 1.6 - 0.8 + (post.postedAt >= day0 ? 0.2 : 0.0), -1.0, 1.0);
            m_posts.append(post);
        }
        QString error;
        QVERIFY2(testing::writePosts(m_db, m_posts, &error), qPrintable(error));
        m_events = {makeEvent("late", "ghosts", day0 + 23 * hourMs + 30 * 60'000),
                    makeEvent("early", "ghosts", day0 - 10 * dayMs + 5 * hourMs),
                    makeEvent("token-only", "", day0 + 3 * dayMs, {QStringLiteral("ghost")}),
                    makeEvent("silent", "quiet", day0),
                    makeEvent("unlinked", "", day0 + dayMs)};
        m_titles = {{QStringLiteral("ghosts"), QStringLiteral("Ghosts")},
                    {QStringLiteral("ghost"), QStringLiteral("Ghost")}};
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("metric");
        QTest::newRow("7 days, mean") << 7 << int(Metric::Mean);
        QTest::newRow("3 days, positive share") << 3 << int(Metric::PositiveShare);
        QTest::newRow("14 days, volume") << 14 << int(Metric::Volume);
        QTest::newRow("1 day, mean") << 1 << int(Metric::Mean);
    }
    void matchesBruteForce()
    {
        QFETCH(int, days);
        QFETCH(int, metric);
        BucketQuery query(m_db);
        QString error;
        const auto rows = eventImpactRows(query, m_events, m_titles, Metric(metric), days, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), m_events.size());
        for (int i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).event.occurredAt <= rows->at(i).event.occurredAt);
        for (const EventImpactRow& row : *rows) {
            if (row.event.id == QLatin1String("unlinked")) {
                QVERIFY(row.subjectId.isEmpty());
                QVERIFY(!row.impact.before && !row.impact.after);
                continue;
            }
            // Brute force: UTC calendar days of each post against the event's UTC day.
            const QDate eventDay = QDateTime::fromMSecsSinceEpoch(row.event.occurredAt, QTimeZone::utc()).date();
            BucketSums before;
            BucketSums after;
            for (const PostRecord& post : std::as_const(m_posts)) {
                const bool mine = row.kind == SubjectKind::Narrative ? post.narrativeId == row.subjectId
                                                                     : post.tokenId == row.subjectId;
                const qint64 offset =
                    eventDay.daysTo(QDateTime::fromMSecsSinceEpoch(post.postedAt, QTimeZone::utc()).date());
                if (mine && offset >= -days && offset < days)
                    testing::countPost(offset < 0 ? before : after, post.compound);
            }
            QCOMPARE(row.impact.volumeBefore, before.n);
            QCOMPARE(row.impact.volumeAfter, after.n);
            const auto expectBefore = metricValue(before, Metric(metric));
            const auto expectAfter = metricValue(after, Metric(metric));
            QCOMPARE(row.impact.before.has_value(), expectBefore.has_value());
            QCOMPARE(row.impact.after.has_value(), expectAfter.has_value());
            if (expectBefore && expectAfter) {
                QVERIFY(std::fabs(*row.impact.before - *expectBefore) < 1e-9);
                QVERIFY(std::fabs(*row.impact.change - (*expectAfter - *expectBefore)) < 1e-9);
            }
        }
        // The token-only event is measured on its token; the quiet narrative has no posts at all.
        const auto find = [&](const char* id) {
            return *std::find_if(rows->cbegin(), rows->cend(),
                                 [id](const EventImpactRow& r) { return r.event.id == QLatin1String(id); });
        };
        QCOMPARE(find("token-only").kind, SubjectKind::Token);
        QCOMPARE(find("token-only").subjectTitle, QStringLiteral("Ghost"));
        if (Metric(metric) != Metric::Volume) // a volume of no posts is a true 0, not an unknown
            QVERIFY(!find("silent").impact.change);
        else
            QCOMPARE(*find("silent").impact.change, 0.0);
        QVERIFY(find("late").impact.change.has_value());
    }

    void modelAndProxyUnderTester()
    {
        EventImpactModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventImpactSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BucketQuery query(m_db);
        model.setRows(*eventImpactRows(query, m_events, m_titles, Metric::Mean, 7), Metric::Mean, 7);
        QCOMPARE(model.rowCount(), int(m_events.size()));
        QCOMPARE(model.headerData(EventImpactModel::BeforeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Before (7 d)"));
        const int late = model.rowOfEvent(QStringLiteral("late"));
        QVERIFY(late >= 0);
        QCOMPARE(model.index(late, EventImpactModel::DateColumn).data().toString(), QStringLiteral("2025-10-01"));
        QCOMPARE(model.index(late, EventImpactModel::NarrativeColumn).data().toString(), QStringLiteral("Ghosts"));
        QCOMPARE(model.index(late, 0).data(EventImpactModel::EventIdRole).toString(), QStringLiteral("late"));
        const double change =
            model.index(late, EventImpactModel::ChangeColumn).data(EventImpactModel::SortRole).toDouble();
        QCOMPARE(model.index(late, EventImpactModel::ChangeColumn).data().toString(),
                 metricChangeText(change, Metric::Mean));
        QVERIFY(model.index(late, EventImpactModel::ChangeColumn).data().toString().startsWith(
            change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")));
        const int silent = model.rowOfEvent(QStringLiteral("silent"));
        QCOMPARE(model.index(silent, EventImpactModel::ChangeColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(silent, EventImpactModel::ChangeColumn).data(EventImpactModel::SortRole).isValid());

        // A new N and metric reach the rows and the headers.
        model.setRows(*eventImpactRows(query, m_events, m_titles, Metric::Volume, 3), Metric::Volume, 3);
        QCOMPARE(model.headerData(EventImpactModel::AfterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("After (3 d)"));
        QCOMPARE(model.days(), 3);

        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(EventImpactModel::ChangeColumn, order);
            QList<double> values;
            int firstEmpty = -1;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const QVariant v = proxy.index(row, EventImpactModel::ChangeColumn).data(EventImpactModel::SortRole);
                if (!v.isValid()) {
                    if (firstEmpty < 0)
                        firstEmpty = row;
                    continue;
                }
                QVERIFY2(firstEmpty < 0, "a value sorted after an empty one");
                values << v.toDouble();
            }
            QCOMPARE(firstEmpty, int(values.size()));
            QVERIFY(values.size() >= 3);
            for (int i = 1; i < values.size(); ++i)
                QVERIFY(order == Qt::AscendingOrder ? values.at(i - 1) <= values.at(i)
                                                    : values.at(i - 1) >= values.at(i));
        }
        // Numbers sort as numbers, not as text: volumes like 9 and 120 compare by value.
        proxy.sort(EventImpactModel::VolumeAfterColumn, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QVariant v = proxy.index(row, EventImpactModel::VolumeAfterColumn).data(EventImpactModel::SortRole);
            if (!v.isValid())
                break;
            QVERIFY(v.toLongLong() >= previous);
            previous = v.toLongLong();
        }
    }

    void refusesZeroDays()
    {
        BucketQuery query(m_db);
        QString error;
        QVERIFY(!eventImpactRows(query, m_events, m_titles, Metric::Mean, 0, &error));
        QVERIFY(error.startsWith(QStringLiteral("days")));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<PostRecord> m_posts;
    QList<EventRecord> m_events;
    QHash<QString, QString> m_titles;
};

QTEST_GUILESS_MAIN(TestEventImpactModel)
#include "tst_eventimpactmodel.moc"
