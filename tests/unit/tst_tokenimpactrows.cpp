// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Event impact measured on any token: one row per event and token, each against a brute-force mean over the raw
// posts (a post about two tokens counts for both), the token's own price, and the table under the model tester.
#include "markingtranslator.h"
#include "models/analysis/tokenimpactloader.h"
#include "models/items/eventimpactmodel.h"
#include "models/items/eventimpactsortproxy.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"
#include "models/storage/seriesstore.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z

struct RawPost
{
    qint64 t;
    QByteArray token;
    QByteArray also; // a further token, or empty
    double compound;
};

EventRecord makeEvent(const char* id, qint64 t, const char* narrative, QStringList tokens)
{
    EventRecord e;
    e.id = QString::fromLatin1(id);
    e.title = e.id;
    e.occurredAt = t;
    e.narrativeId = QString::fromLatin1(narrative);
    e.tokenIds = tokens;
    return e;
}

} // namespace

class TestTokenImpactRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tokens.seance"));
        QVERIFY(m_db.open(m_path));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES "
                                       "('a', 'Alpha', 'A', 'x'), ('b', 'Beta', 'B', 'x'), ('c', 'Gamma', 'C', 'x')"));
        QRandomGenerator random(5);
        for (int i = 0; i < 1500; ++i) {
            RawPost post;
            post.t = day0 - 12 * dayMs + qint64(random.bounded(30 * 86'400)) * 1000;
            post.token = random.bounded(2) ? "a" : "b";
            if (random.bounded(5) == 0)
                post.also = post.token == "a" ? "b" : "a";
            // Beta cheers up after day0 + 5 days; Alpha does not.
            const double lift = post.t >= day0 + 5 * dayMs && (post.token == "b" || post.also == "b") ? 0.4 : 0.0;
            post.compound = std::clamp(random.generateDouble() * 1.2 - 0.6 + lift, -1.0, 1.0);
            m_posts.append(post);
        }
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        for (const RawPost& raw : std::as_const(m_posts)) {
            PostView post;
            post.tokenId = std::string_view(raw.token.constData(), std::size_t(raw.token.size()));
            post.postedAt = raw.t;
            post.text = "x";
            post.compound = raw.compound;
            const PostSubjectRef also[] = {
                {SubjectKind::Token, std::string_view(raw.also.constData(), std::size_t(raw.also.size()))}};
            if (!raw.also.isEmpty())
                post.alsoAbout = also;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit(&error));
        // Alpha has a price: 1.0 rising by 1 % a day from day0 − 30 days.
        SeriesRecord price;
        price.id = QStringLiteral("a-price-usd");
        price.tokenId = QStringLiteral("a");
        price.metric = QStringLiteral("price");
        price.unit = QStringLiteral("USD");
        for (int d = -30; d <= 30; ++d)
            price.points.append({day0 + d * dayMs, std::pow(1.01, d + 30)});
        QVERIFY(SeriesStore(m_db).insert(price, &error));
        m_events = {makeEvent("late", day0 + 5 * dayMs + 13 * hourMs, "n", {u"a"_s}),
                    makeEvent("early", day0, "", {u"b"_s})};
    }

    void oneRowPerEventAndToken()
    {
        BucketQuery query(m_db);
        QString error;
        const auto rows = tokenEventImpactRows(query, m_events, {u"b"_s, u"a"_s},
                                               {{u"a"_s, u"Alpha"_s}, {u"b"_s, u"Beta"_s}}, Metric::Mean, 3, &error);
        QVERIFY2(rows, qPrintable(error));
        QStringList order;
        for (const EventImpactRow& row : *rows)
            order.append(row.event.id + QLatin1Char('/') + row.subjectTitle);
        // Events by time, then the tokens in the order given, whichever tokens the events link.
        QCOMPARE(order, (QStringList{u"early/Beta"_s, u"early/Alpha"_s, u"late/Beta"_s, u"late/Alpha"_s}));
        for (const EventImpactRow& row : *rows)
            QCOMPARE(row.kind, SubjectKind::Token);
    }

    // The window error reaches the user (Event Impact's message) in their language: it goes through tr().
    void windowErrorGoesThroughTr()
    {
        BucketQuery query(m_db);
        QString error;
        QVERIFY(!tokenEventImpactRows(query, m_events, {u"a"_s}, {}, Metric::Mean, 0, &error));
        QVERIFY(error.contains(u"window"));
        QVERIFY(!testing::MarkingTranslator::isMarked(error));
        testing::MarkingTranslator translator("seance::TokenImpactRows");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QVERIFY(!tokenEventImpactRows(query, m_events, {u"a"_s}, {}, Metric::Mean, 0, &error));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(testing::MarkingTranslator::isMarked(error), qPrintable(error));
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("eventIndex");
        QTest::addColumn<int>("days");
        for (const char* token : {"a", "b", "c"}) {
            for (int e = 0; e < 2; ++e) {
                for (int days : {1, 3, 7})
                    QTest::addRow("%s, %s, %d days", token, e ? "day0" : "day0+5d13h", days)
                        << QString::fromLatin1(token) << e << days;
            }
        }
    }

    void matchesBruteForce()
    {
        QFETCH(QString, token);
        QFETCH(int, eventIndex);
        QFETCH(int, days);
        const EventRecord& e = m_events.at(eventIndex);
        const qint64 day = e.occurredAt - e.occurredAt % dayMs;
        // The mean compound of the token's posts in [from, to): its first token or its further one.
        const auto mean = [&](qint64 from, qint64 to) -> std::pair<std::optional<double>, qint64> {
            double sum = 0;
            qint64 n = 0;
            for (const RawPost& post : std::as_const(m_posts)) {
                if (post.t >= from && post.t < to &&
                    (post.token == token.toLatin1() || post.also == token.toLatin1())) {
                    sum += post.compound;
                    ++n;
                }
            }
            return {n ? std::optional(sum / double(n)) : std::nullopt, n};
        };
        const auto [before, nBefore] = mean(day - days * dayMs, day);
        const auto [after, nAfter] = mean(day, day + days * dayMs);

        TokenImpactRequest request;
        request.events = {e};
        request.tokenIds = {token};
        request.metric = Metric::Mean;
        request.days = days;
        const TokenImpactResult result = computeTokenImpacts(m_db, request);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 1);
        const EventImpact& impact = result.rows.constFirst().impact;
        QCOMPARE(impact.volumeBefore, nBefore);
        QCOMPARE(impact.volumeAfter, nAfter);
        QCOMPARE(impact.before.has_value(), before.has_value());
        QCOMPARE(impact.after.has_value(), after.has_value());
        if (before)
            QVERIFY(std::fabs(*impact.before - *before) < 1e-9);
        if (after)
            QVERIFY(std::fabs(*impact.after - *after) < 1e-9);
    }

    void eachTokenGetsItsOwnPrice()
    {
        TokenImpactRequest request;
        request.events = m_events;
        request.tokenIds = {u"a"_s, u"b"_s};
        request.days = 7;
        const TokenImpactResult result = computeTokenImpacts(m_db, request);
        // Alpha's price at day0 is 1.01^30, seven days before 1.01^23: +7.21 %; Beta has no price at all.
        const PriceImpact early = result.prices.value(tokenPriceKey(u"early"_s, u"a"_s));
        QCOMPARE(early.tokenId, QStringLiteral("a"));
        QVERIFY(early.beforePercent && std::fabs(*early.beforePercent - 100 * (std::pow(1.01, 7) - 1)) < 1e-9);
        QVERIFY(!result.prices.contains(tokenPriceKey(u"early"_s, u"b"_s)));

        EventImpactModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeasuredOnTokens(true);
        model.setRows(result.rows, Metric::Mean, 7);
        model.setTokenPriceImpacts(result.prices);
        QCOMPARE(model.headerData(EventImpactModel::NarrativeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Token"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString token = model.rows().at(row).subjectId;
            const QVariant price =
                model.index(row, EventImpactModel::PriceBeforeColumn).data(EventImpactModel::SortRole);
            QCOMPARE(price.isValid(), token == QLatin1String("a")); // the row's token's price, never the event's
        }
    }

    void sortsBySubject()
    {
        TokenImpactRequest request;
        request.events = m_events;
        request.tokenIds = {u"b"_s, u"a"_s};
        request.titles = {{u"a"_s, u"Alpha"_s}, {u"b"_s, u"Beta"_s}};
        const TokenImpactResult result = computeTokenImpacts(m_db, request);
        EventImpactModel model;
        model.setMeasuredOnTokens(true);
        model.setRows(result.rows, Metric::Mean, 7);
        EventImpactSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(EventImpactModel::NarrativeColumn, Qt::AscendingOrder);
        QStringList subjects;
        for (int row = 0; row < proxy.rowCount(); ++row)
            subjects.append(proxy.index(row, EventImpactModel::NarrativeColumn).data().toString());
        QCOMPARE(subjects, (QStringList{u"Alpha"_s, u"Alpha"_s, u"Beta"_s, u"Beta"_s}));
    }

    void loaderDeliversOffTheGuiThread()
    {
        TokenImpactLoader loader;
        QSignalSpy spy(&loader, &TokenImpactLoader::loaded);
        TokenImpactRequest request;
        request.databasePath = m_path;
        request.events = m_events;
        request.tokenIds = {u"a"_s};
        loader.request(request);
        request.tokenIds = {u"a"_s, u"b"_s, u"c"_s};
        loader.request(request); // the first is stale now and never delivered
        QVERIFY(spy.wait(10'000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<TokenImpactResult>().rows.size(), 6);
    }

    void measureNamesRoundTrip()
    {
        for (const ImpactMeasure m :
             {ImpactMeasure::EventNarrative, ImpactMeasure::SelectedTokens, ImpactMeasure::ChosenTokens})
            QCOMPARE(impactMeasureFromName(impactMeasureName(m)), m);
        QCOMPARE(impactMeasureFromName(QStringLiteral("nonsense")), ImpactMeasure::EventNarrative);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    QList<RawPost> m_posts;
    QList<EventRecord> m_events;
};

QTEST_GUILESS_MAIN(TestTokenImpactRows)
#include "tst_tokenimpactrows.moc"
