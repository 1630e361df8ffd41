// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A post about several tokens or narratives survives a dataset round trip: imported from a real export (routed
// by what it mentions, stored once with its further subjects in post_subjects), exported with "tokens" and
// "narratives", imported into a fresh workspace, it counts under each subject as before. The counts expected
// are worked out by hand from the posts' texts. Also the reader's rules for the two lists.
#include "models/io/dataset/datasetimport.h"
#include "models/io/dataset/datasetwriter.h"
#include "models/routing/socialimport.h"
#include "models/storage/database.h"
#include "models/storage/poststore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

// Two made-up tokens and a narrative; no posts.
const QByteArray catalogue = R"({"format": "seance-dataset", "version": 1,
  "tokens": [{"id": "tok-moon", "name": "Moon Cat", "symbol": "MCAT", "chain": "unknown"},
             {"id": "tok-frog", "name": "Frog Fund", "symbol": "FROGF", "chain": "unknown"}],
  "narratives": [{"id": "nar-ponds", "title": "Ponds", "keywords": ["pond"]}]})";

bool importBytes(const Database& db, const QByteArray& bytes, QString* error)
{
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    return importDataset(db, input, QStringLiteral("input.json"), {}, nullptr, error);
}

QByteArray exportBytes(const Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exportDataset(db, buffer, {}, nullptr, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

social::SocialPost post(int i, const char* text)
{
    social::SocialPost p;
    p.id = "t1_p" + std::to_string(i);
    p.postedAtMs = 1'700'000'000'000 + i * 60'000;
    p.text = text;
    p.source = "ponds";
    return p;
}

SocialSource fourPosts()
{
    return [](const social::SocialReadOptions&, const social::SocialPostHandler& handler) {
        social::SocialReadReport report;
        for (const social::SocialPost& p : {post(1, "$MCAT and $FROGF both up"), post(2, "only $MCAT today"),
                                            post(3, "Frog Fund by the pond"), post(4, "$FROGF $MCAT at the pond")}) {
            if (!handler(p))
                return report;
            ++report.posts;
        }
        report.ok = true;
        return report;
    };
}

struct Counts
{
    qint64 moon = -1, frog = -1, ponds = -1, posts = -1;
    friend bool operator==(const Counts&, const Counts&) = default;
};

Counts countsOf(const Database& db)
{
    const PostStore store(db);
    return {store.countForToken(QStringLiteral("tok-moon")).value_or(-1),
            store.countForToken(QStringLiteral("tok-frog")).value_or(-1),
            store.countForNarrative(QStringLiteral("nar-ponds")).value_or(-1), store.count().value_or(-1)};
}

} // namespace

class TstDatasetMultiSubject : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEverySubject();
    void readerRules_data();
    void readerRules();
};

void TstDatasetMultiSubject::roundTripKeepsEverySubject()
{
    QTemporaryDir dir;
    Database first;
    QString error;
    QVERIFY(first.open(dir.filePath(QStringLiteral("first.seance"))));
    QVERIFY2(importBytes(first, catalogue, &error), qPrintable(error));
    const SocialImportReport report = importSocialPosts(first, fourPosts(), QStringLiteral("ponds.jsonl"), {});
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.inserted, 4);
    // By hand: Moon Cat is in posts 1, 2, 4; Frog Fund in 1, 3, 4; the pond in 3, 4.
    const Counts expected{3, 3, 2, 4};
    QCOMPARE(countsOf(first), expected);

    const QByteArray exported = exportBytes(first);
    // Post 4 mentions $FROGF first: that is its token; the further one follows.
    QVERIFY2(exported.contains(R"("token": "tok-frog", "tokens": ["tok-frog", "tok-moon"], "narrative": "nar-ponds")"),
             exported.constData());
    QVERIFY2(exported.contains(R"("token": "tok-moon", "tokens": ["tok-moon", "tok-frog"], "time")"),
             exported.constData());
    for (const QByteArray& line : exported.split('\n')) // no post is about two narratives
        QVERIFY2(!line.contains(R"("text")") || !line.contains(R"("narratives")"), line.constData());

    Database second;
    QVERIFY(second.open(dir.filePath(QStringLiteral("second.seance"))));
    QVERIFY2(importBytes(second, exported, &error), qPrintable(error));
    QCOMPARE(countsOf(second), expected);
    QCOMPARE(PostStore(second).bucketCount().value_or(-1), PostStore(first).bucketCount().value_or(-2));
    QCOMPARE(exportBytes(second), exported);
}

void TstDatasetMultiSubject::readerRules_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("tokens alone, the first taken as the token")
        << QByteArray(R"("tokens": ["tok-moon", "tok-frog"])") << QString();
    QTest::newRow("narratives alone") << QByteArray(R"("narratives": ["nar-ponds", "nar-lakes"])") << QString();
    QTest::newRow("token and tokens that do not start with it")
        << QByteArray(R"("token": "tok-frog", "tokens": ["tok-moon", "tok-frog"])")
        << QStringLiteral("posts[0].tokens: must start with the token given in \"token\" (tok-frog)");
    QTest::newRow("an empty list") << QByteArray(R"("token": "tok-moon", "tokens": [])")
                                   << QStringLiteral("posts[0].tokens: must not be empty");
    QTest::newRow("a token listed twice") << QByteArray(R"("tokens": ["tok-moon", "tok-moon"])")
                                          << QStringLiteral("posts[0].tokens[1]: \"tok-moon\" is listed twice");
    QTest::newRow("an unknown further token") << QByteArray(R"("tokens": ["tok-moon", "tok-nope"])")
                                              << QStringLiteral("posts[0].tokens[1]: token \"tok-nope\"");
}

void TstDatasetMultiSubject::readerRules()
{
    QFETCH(QByteArray, post);
    QFETCH(QString, error);
    const QByteArray file = R"({"format": "seance-dataset", "version": 1,
  "tokens": [{"id": "tok-moon", "name": "Moon Cat", "symbol": "MCAT", "chain": "unknown"},
             {"id": "tok-frog", "name": "Frog Fund", "symbol": "FROGF", "chain": "unknown"}],
  "narratives": [{"id": "nar-ponds", "title": "Ponds"}, {"id": "nar-lakes", "title": "Lakes"}],
  "posts": [{)" + post + R"(, "time": "2024-01-01T00:00:00Z", "text": "x"}]})";
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.seance"))));
    QString message;
    const bool ok = importBytes(db, file, &message);
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(PostStore(db).count().value_or(-1), 1);
    } else {
        QVERIFY(!ok);
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(PostStore(db).count().value_or(-1), 0);
    }
}

QTEST_GUILESS_MAIN(TstDatasetMultiSubject)
#include "tst_datasetmultisubject.moc"
