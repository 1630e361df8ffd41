// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What drove a move: the terms' shares of the change in mean sentiment, against values worked out by hand from a
// two-word lexicon, and the most engaged posts.
#include "markingtranslator.h"
#include "models/analysis/movedrivers.h"
#include "models/analysis/movedriversloader.h"
#include "models/items/driverpostmodel.h"
#include "models/items/drivertermmodel.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/storage/database.h"
#include "models/storage/poststore.h"
#include "models/storage/postwriter.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z
// A = [day0, day0 + 2 d), B = [day0 + 2 d, day0 + 4 d).
const TimeRange rangeB{day0 + 2 * dayMs, day0 + 4 * dayMs};

// The scorer's normalisation, written out: compound = S / sqrt(S² + 15).
double norm(double sum)
{
    return sum / std::sqrt(sum * sum + 15.0);
}

struct Post
{
    const char* token;
    const char* also; // a further token, or nullptr
    qint64 t;
    const char* text;
    qint64 engagement;
};

// "zorp" is worth +2, "blarg" −3; nothing else is in the lexicon.
const Post posts[] = {
    // A
    {"ghost", nullptr, day0 + 1 * hourMs, "zorp", 7},              // 2/√19
    {"ghost", nullptr, day0 + 5 * hourMs, "blarg", 900},           // −3/√24 (most engaged, but in A)
    {"ghost", nullptr, day0 + 30 * hourMs, "plain words here", 1}, // 0
    {"ghost", nullptr, day0 + 40 * hourMs, "zorp blarg", 3},       // S = −1: −1/4, zorp +0.5, blarg −0.75
    // B
    {"ghost", nullptr, day0 + 50 * hourMs, "zorp zorp", 50},     // 4/√31, all zorp
    {"ghost", nullptr, day0 + 60 * hourMs, "zorp", 10},          // 2/√19
    {"other", "ghost", day0 + 70 * hourMs, "zorp", 300},         // about ghost too: 2/√19
    {"ghost", nullptr, day0 + 80 * hourMs, "Привет мир", 5},     // unscored: not in nB
    {"other", nullptr, day0 + 81 * hourMs, "blarg blarg", 1000}, // another token's: not counted
    // After B: not counted
    {"ghost", nullptr, day0 + 4 * dayMs, "blarg", 2000},
};

} // namespace

class TestMoveDrivers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("drivers.seance"))));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES "
                                       "('ghost', 'Ghost', 'GHOST', 'x'), ('other', 'Other', 'OTH', 'x')"));
        auto lexicon = std::make_shared<Lexicon>();
        QVERIFY(lexicon->insert(u"zorp", 2.0));
        QVERIFY(lexicon->insert(u"blarg", -3.0));
        m_scorer = std::make_unique<Scorer>(lexicon);
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        for (const Post& raw : posts) {
            PostView post;
            post.tokenId = raw.token;
            post.postedAt = raw.t;
            post.text = raw.text;
            post.engagement = raw.engagement;
            post.compound = m_scorer->score(raw.text).compound;
            const PostSubjectRef also[] = {{SubjectKind::Token, raw.also ? raw.also : ""}};
            if (raw.also)
                post.alsoAbout = also;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit(&error));
    }

    void rangeBeforeHasTheSameLength()
    {
        const MoveDriversRequest request = moveDriversRequest(SubjectKind::Token, QStringLiteral("ghost"), rangeB);
        QCOMPARE(request.after, rangeB);
        QCOMPARE(request.before, (TimeRange{day0, day0 + 2 * dayMs}));
    }

    void storeReadsTheSubjectsPostsInTheRange()
    {
        const PostStore store(m_db);
        QCOMPARE(store.countForSubjectIn(SubjectKind::Token, QStringLiteral("ghost"), rangeB.from, rangeB.to), 4);
        QCOMPARE(store.countForSubjectIn(SubjectKind::Token, QStringLiteral("other"), rangeB.from, rangeB.to), 2);
        SqlStatement scan = store.subjectPostsScan(SubjectKind::Token, QStringLiteral("ghost"), rangeB.from, rangeB.to);
        QStringList texts;
        while (scan.next())
            texts.append(scan.text(PostStore::SubjectPostText));
        QCOMPARE(texts, (QStringList{QStringLiteral("zorp zorp"), QStringLiteral("zorp"), QStringLiteral("zorp"),
                                     QStringLiteral("Привет мир")})); // time order
    }

    void termsShareTheChange_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<qint64>("postsBefore");
        QTest::addColumn<qint64>("postsAfter");
        // nA = 4 scored posts, nB = 3 (the Cyrillic post is unscored).
        QTest::newRow("blarg") << QStringLiteral("blarg") << (norm(-3) - 0.75) / 4 << 0.0 << qint64(2) << qint64(0);
        QTest::newRow("zorp") << QStringLiteral("zorp") << (norm(2) + 0.5) / 4 << (norm(4) + 2 * norm(2)) / 3
                              << qint64(2) << qint64(3);
    }

    void termsShareTheChange()
    {
        QFETCH(QString, term);
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(qint64, postsBefore);
        QFETCH(qint64, postsAfter);
        const MoveDrivers result = compute();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const auto found = std::find_if(result.terms.cbegin(), result.terms.cend(),
                                        [&](const DriverTerm& t) { return t.term == term; });
        QVERIFY(found != result.terms.cend());
        QVERIFY(std::fabs(found->before - before) < 1e-9);
        QVERIFY(std::fabs(found->after - after) < 1e-9);
        QVERIFY(std::fabs(found->change - (after - before)) < 1e-9);
        QCOMPARE(found->postsBefore, postsBefore);
        QCOMPARE(found->postsAfter, postsAfter);
    }

    void topTermIsTheLargestChange()
    {
        // blarg: 0 − (−3/√24 − 0.75)/4 = +0.3406; zorp: (4/√31 + 2·2/√19)/3 − (2/√19 + 0.5)/4 = +0.3057.
        const MoveDrivers result = compute();
        QCOMPARE(result.terms.size(), 2);
        QCOMPARE(result.terms.at(0).term, QStringLiteral("blarg"));
        QVERIFY(std::fabs(result.terms.at(0).change - 0.340593) < 1e-6);
        QVERIFY(std::fabs(result.terms.at(1).change - 0.305653) < 1e-6);
    }

    void sharesAddUpToTheChangeInTheMean()
    {
        const MoveDrivers result = compute();
        QCOMPARE(result.postsBefore, 4);
        QCOMPARE(result.postsAfter, 4);
        QCOMPARE(result.scoredBefore, 4);
        QCOMPARE(result.scoredAfter, 3);
        const double meanA = (norm(2) + norm(-3) + 0 + norm(-1)) / 4;
        const double meanB = (norm(4) + 2 * norm(2)) / 3;
        QVERIFY(result.meanBefore && std::fabs(*result.meanBefore - meanA) < 1e-9);
        QVERIFY(result.meanAfter && std::fabs(*result.meanAfter - meanB) < 1e-9);
        double sum = result.otherTermsChange + result.unattributedChange;
        for (const DriverTerm& term : result.terms)
            sum += term.change;
        QVERIFY(std::fabs(sum - (meanB - meanA)) < 1e-9);
    }

    void mostEngagedPostsOfTheRange()
    {
        const MoveDrivers result = compute(2);
        QCOMPARE(result.topPosts.size(), 2);
        QCOMPARE(result.topPosts.at(0).engagement, 300); // the post about both tokens
        QCOMPARE(result.topPosts.at(0).text, QStringLiteral("zorp"));
        QCOMPARE(result.topPosts.at(1).engagement, 50);
        QVERIFY(result.topPosts.at(1).compound && std::fabs(*result.topPosts.at(1).compound - norm(4)) < 1e-9);
    }

    void cancelStopsTheScan()
    {
        const MoveDriversRequest request = moveDriversRequest(SubjectKind::Token, QStringLiteral("ghost"), rangeB);
        // The callback is asked every 256 posts and once at the end; refusing at the end still marks nothing
        // computed as final, so a workspace of 600 posts is scanned here.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("many.seance"))));
        QVERIFY(execSql(db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('ghost', 'G', 'G', 'x')"));
        Transaction transaction(db);
        PostWriter writer(db);
        QString error;
        QVERIFY(writer.prepare(&error));
        for (int i = 0; i < 600; ++i) {
            PostView post;
            post.tokenId = "ghost";
            post.postedAt = day0 + 2 * dayMs + i * 60'000;
            post.text = "zorp";
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit(&error));
        int calls = 0;
        const MoveDrivers result = computeMoveDrivers(db, *m_scorer, request, [&](qint64 done, qint64 total) {
            ++calls;
            return total == 600 && done < 256;
        });
        QVERIFY(result.cancelled);
        QCOMPARE(calls, 1);
        QVERIFY(result.terms.isEmpty());
    }

    // Without a scorer the loader reports an error, made on its worker thread, through tr() like every text the
    // pane shows.
    void loaderWithoutAScorerSaysSoThroughTr()
    {
        testing::MarkingTranslator translator("seance::MoveDriversLoader");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        MoveDriversLoader loader;
        std::optional<MoveDrivers> result;
        connect(&loader, &MoveDriversLoader::loaded, this, [&result](const MoveDrivers& loaded) { result = loaded; });
        loader.request(m_db.path(), nullptr, moveDriversRequest(SubjectKind::Token, QStringLiteral("ghost"), rangeB));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!result->cancelled);
        QVERIFY(result->terms.isEmpty());
        QVERIFY2(testing::MarkingTranslator::isMarked(result->error), qPrintable(result->error));
    }

    void termModelShowsTheTerms()
    {
        DriverTermModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerms(compute().terms);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DriverTermModel::TermColumn).data().toString(), QStringLiteral("blarg"));
        QCOMPARE(model.index(0, DriverTermModel::ChangeColumn).data().toString(), QStringLiteral("+0.341"));
        QVERIFY(model.index(0, DriverTermModel::ChangeColumn).data(DriverTermModel::SortRole).toDouble() > 0.34);
        QVERIFY(model.headerData(DriverTermModel::ChangeColumn, Qt::Horizontal).toString().contains(u"share"));
        DriverPostModel posts;
        QAbstractItemModelTester postTester(&posts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        posts.setPosts(compute(3).topPosts);
        QCOMPARE(posts.rowCount(), 3);
        QCOMPARE(posts.index(0, DriverPostModel::EngagementColumn).data().toString(), QStringLiteral("300"));
        posts.setPosts({});
        QCOMPARE(posts.rowCount(), 0);
    }

private:
    MoveDrivers compute(int maxPosts = 10)
    {
        MoveDriversRequest request = moveDriversRequest(SubjectKind::Token, QStringLiteral("ghost"), rangeB);
        request.maxPosts = maxPosts;
        return computeMoveDrivers(m_db, *m_scorer, request);
    }

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Scorer> m_scorer;
};

QTEST_GUILESS_MAIN(TestMoveDrivers)
#include "tst_movedrivers.moc"
