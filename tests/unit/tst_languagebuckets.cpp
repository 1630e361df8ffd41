// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The language filter against brute force over the raw posts: languageBucketRange (what the chart shows under
// a filter), the post list's page query, and the chart loader's filtered series. Each fixture post carries the
// language it must count as, written by hand from the rules in docs (tag first, else the dominant script;
// Han alone and anything unscored by the English rules are "other").
#include "models/chart/chartdata.h"
#include "models/sentiment/buckets/languagebuckets.h"
#include "models/storage/database.h"
#include "models/storage/poststore.h"
#include "models/storage/postwriter.h"
#include "models/viewstate.h"
#include "postfixtures.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace seance;

Q_DECLARE_METATYPE(seance::PostLanguage)

namespace {

constexpr qint64 day0 = 1'740'960'000'000; // 2025-03-03T00:00Z, a Monday
constexpr qint64 dayLength = 86'400'000;

struct FixturePost
{
    const char* token;
    const char* alsoToken; // a further token the post names, or ""
    int day;
    int hour;
    const char* lang;
    const char* text;
    std::optional<double> compound;
    PostLanguage expected; // by hand
};

const FixturePost fixture[] = {
    {"alpha", "", 0, 1, "en", "great pump today", 0.6, PostLanguage::English},
    {"alpha", "", 0, 2, "", "moon soon", 0.4, PostLanguage::English},
    {"alpha", "", 0, 3, "", "떡상 가즈아", 0.7, PostLanguage::Korean},
    {"alpha", "", 1, 4, "ko", "ok", 0.1, PostLanguage::Korean},               // the tag decides
    {"alpha", "", 1, 5, "", "爆上げきた", 0.5, PostLanguage::Japanese},       // Kana with Han
    {"alpha", "", 1, 6, "", "比特币上涨", std::nullopt, PostLanguage::Other}, // Han alone
    {"alpha", "", 1, 7, "ja", "比特币上涨", 0.2, PostLanguage::Japanese},     // Han alone, but tagged ja
    {"alpha", "", 2, 8, "de", "sehr gut", std::nullopt, PostLanguage::Other},
    {"alpha", "", 2, 9, "", "привет мир", std::nullopt, PostLanguage::Other},
    {"alpha", "", 2, 10, "und", "안녕하세요 좋아요", 0.3, PostLanguage::Korean}, // "und" names no language
    {"beta", "alpha", 2, 11, "en-US", "bad dump", -0.6, PostLanguage::English},
    {"beta", "", 3, 12, "ja-JP", "ダメだ", -0.4, PostLanguage::Japanese},
    {"beta", "", 3, 13, "", "떡락", -0.03, PostLanguage::Korean}, // inside the neutral band
    {"alpha", "", 4, 14, "", "12345", std::nullopt, PostLanguage::Other},
};

bool isAbout(const FixturePost& post, const QString& token)
{
    return token == QLatin1String(post.token) || token == QLatin1String(post.alsoToken);
}

qint64 postedAt(const FixturePost& post)
{
    return day0 + post.day * dayLength + post.hour * 3'600'000;
}

// The brute force: daily sums of the token's posts in [from, to) whose hand-written language is `language`.
std::map<qint64, BucketSums> expectedDays(const QString& token, PostLanguage language, qint64 from, qint64 to)
{
    std::map<qint64, BucketSums> days;
    for (const FixturePost& post : fixture) {
        const qint64 t = postedAt(post);
        if (isAbout(post, token) && post.expected == language && t >= from && t < to)
            testing::countPost(days[t - t % dayLength], post.compound);
    }
    return days;
}

} // namespace

class TestLanguageBuckets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("w.seance")), &error), qPrintable(error));
        for (const char* id : {"alpha", "beta"}) {
            const QByteArray sql = QByteArray("INSERT INTO tokens (id, name, symbol, chain) VALUES ('") + id + "', '" +
                                   id + "', 'X', 'solana')";
            QVERIFY(execSql(m_db.handle(), sql.constData(), &error));
        }
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QVERIFY2(writer.prepare(&error), qPrintable(error));
        for (const FixturePost& post : fixture) {
            const PostSubjectRef further[] = {{SubjectKind::Token, post.alsoToken}};
            PostView view;
            view.tokenId = post.token;
            view.postedAt = postedAt(post);
            view.lang = post.lang;
            view.text = post.text;
            view.compound = post.compound;
            if (*post.alsoToken)
                view.alsoAbout = further;
            QCOMPARE(writer.insert(view, &error), PostWriter::Result::Inserted);
        }
        QVERIFY2(writer.flushBuckets(&error) && transaction.commit(&error), qPrintable(error));
    }

    void bucketsMatchBruteForce_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<PostLanguage>("language");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const qint64 all = day0 + 7 * dayLength;
        for (const char* token : {"alpha", "beta"}) {
            for (const PostLanguage language :
                 {PostLanguage::English, PostLanguage::Korean, PostLanguage::Japanese, PostLanguage::Other}) {
                QTest::addRow("%s %s", token, qPrintable(postLanguageName(language)))
                    << QString::fromLatin1(token) << language << day0 << all;
            }
        }
        // A range that starts and ends inside days: only days 1 and 2 are read.
        QTest::newRow("alpha ko, days 1-2")
            << QStringLiteral("alpha") << PostLanguage::Korean << day0 + dayLength << day0 + 3 * dayLength;
        QTest::newRow("alpha other, days 1-2")
            << QStringLiteral("alpha") << PostLanguage::Other << day0 + dayLength << day0 + 3 * dayLength;
    }

    void bucketsMatchBruteForce()
    {
        QFETCH(QString, token);
        QFETCH(PostLanguage, language);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QString error;
        const auto rows = languageBucketRange(m_db, SubjectKind::Token, token, Granularity::Day, from, to, language,
                                              BucketQuery::ShareOfVoice::Skip, &error);
        QVERIFY2(rows, qPrintable(error));
        const std::map<qint64, BucketSums> expected = expectedDays(token, language, from, to);
        QCOMPARE(rows->size(), qsizetype(expected.size()));
        auto want = expected.begin();
        for (const BucketRow& row : *rows) {
            QCOMPARE(row.start, want->first);
            QCOMPARE(row.sums.n, want->second.n);
            QCOMPARE(row.sums.nScored, want->second.nScored);
            QCOMPARE(row.sums.nPos, want->second.nPos);
            QCOMPARE(row.sums.nNeg, want->second.nNeg);
            QCOMPARE(row.sums.nUnscored, want->second.nUnscored);
            QVERIFY(qAbs(row.sums.sumCompound - want->second.sumCompound) < 1e-12);
            QCOMPARE(row.sums.sumWeight, double(want->second.nScored)); // engagement 0: weight 1 per scored post
            ++want;
        }
    }

    // Share of voice under a filter: the denominator counts every token's posts in that language.
    void shareOfVoiceCountsTheLanguageOnly()
    {
        QString error;
        const auto rows = languageBucketRange(m_db, SubjectKind::Token, QStringLiteral("alpha"), Granularity::Day, day0,
                                              day0 + 7 * dayLength, PostLanguage::English,
                                              BucketQuery::ShareOfVoice::Include, &error);
        QVERIFY2(rows, qPrintable(error));
        // Day 0: alpha's two English posts and no other token's. Day 2: "bad dump" is about beta and alpha.
        QCOMPARE(rows->size(), qsizetype(2));
        QCOMPARE(rows->at(0).sums.allSubjectsN, qint64(2));
        QCOMPARE(rows->at(1).sums.n, qint64(1));
        QCOMPARE(rows->at(1).sums.allSubjectsN, qint64(2));
    }

    void postPagesFilterByLanguage_data()
    {
        QTest::addColumn<PostLanguage>("language");
        QTest::addColumn<int>("count");
        // Counted by hand from the fixture (each post once: the page lists posts, not subjects).
        QTest::newRow("en") << PostLanguage::English << 3;
        QTest::newRow("ko") << PostLanguage::Korean << 4;
        QTest::newRow("ja") << PostLanguage::Japanese << 3;
        QTest::newRow("other") << PostLanguage::Other << 4;
    }

    void postPagesFilterByLanguage()
    {
        QFETCH(PostLanguage, language);
        QFETCH(int, count);
        QVERIFY(registerPostLanguageFunction(m_db.handle()));
        PostFilter filter;
        filter.languageCode = int(language);
        QSqlQuery page = PostStore::page(m_db.connection(), filter, std::nullopt, 100);
        QVERIFY(page.isActive());
        int rows = 0;
        while (page.next())
            ++rows;
        QCOMPARE(rows, count);
    }

    // The chart loader under a filter: Korean daily means of alpha are 0.7, 0.1 and 0.3 (by hand), while the
    // unfiltered request still reads the buckets of every language.
    void chartSeriesFollowTheFilter()
    {
        BucketQuery query(m_db);
        ChartRequest request;
        request.databasePath = m_db.path();
        request.tokenIds = {QStringLiteral("alpha")};
        request.window = {day0, day0 + 7 * dayLength};
        request.language = PostLanguage::Korean;
        const ChartBuckets korean = loadChartBuckets(query, request, &m_db);
        QVERIFY2(korean.error.isEmpty(), qPrintable(korean.error));
        QVERIFY(korean.language == PostLanguage::Korean);
        QCOMPARE(korean.tokens.size(), qsizetype(1));
        const QList<BucketRow>& rows = korean.tokens.constFirst().rows;
        const double means[] = {0.7, 0.1, 0.3};
        QCOMPARE(rows.size(), qsizetype(3));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows.at(i).start, day0 + i * dayLength);
            QVERIFY(qAbs(rows.at(i).sums.sumCompound / double(rows.at(i).sums.nScored) - means[i]) < 1e-12);
        }

        request.language = PostLanguage::All;
        const ChartBuckets all = loadChartBuckets(query, request, &m_db);
        QVERIFY(all.language == PostLanguage::All);
        const qint64 postsPerDay[] = {3, 4, 4, 0, 1}; // alpha's posts, "bad dump" included
        QCOMPARE(all.tokens.constFirst().rows.size(), qsizetype(4));
        for (const BucketRow& row : all.tokens.constFirst().rows)
            QCOMPARE(row.sums.n, postsPerDay[(row.start - day0) / dayLength]);
    }

    // The token table under the Korean filter (worked out by hand): alpha's days end with its latest day in any
    // language (day 4) and hold Korean posts on days 0, 1 and 2; beta's end with day 3, its one Korean post.
    void tokenSummariesCountTheLanguage()
    {
        QString error;
        const auto summaries = languageTokenSummaries(m_db, Metric::Volume, PostLanguage::Korean, &error);
        QVERIFY2(summaries, qPrintable(error));
        QCOMPARE(summaries->size(), qsizetype(2));
        for (const TokenSummary& summary : *summaries) {
            const bool alpha = summary.tokenId == QLatin1String("alpha");
            QCOMPARE(summary.latestDay, std::optional<qint64>(day0 + (alpha ? 4 : 3) * dayLength));
            QCOMPARE(summary.volume7d, qint64(alpha ? 3 : 1));
            QCOMPARE(summary.trend.size(), qsizetype(TokenSummary::trendDays));
            const QList<double> lastDays = summary.trend.mid(TokenSummary::trendDays - 4);
            const QList<double> expected = alpha ? QList<double>{1, 1, 0, 0} : QList<double>{0, 0, 0, 1};
            QCOMPARE(lastDays, expected); // the last four days, up to the latest
            if (alpha)
                QVERIFY(!summary.latest); // no Korean post on its latest day
            else
                QCOMPARE(summary.latest, std::optional<double>(1.0));
        }
    }

    // The language filter is saved only when it is not "all", so views read by older builds are as before; a
    // view with the key round-trips.
    void viewStateSavesTheFilter_data()
    {
        QTest::addColumn<PostLanguage>("language");
        QTest::addColumn<QString>("saved"); // the key's value; empty: no key
        QTest::newRow("all") << PostLanguage::All << QString();
        QTest::newRow("en") << PostLanguage::English << QStringLiteral("en");
        QTest::newRow("ko") << PostLanguage::Korean << QStringLiteral("ko");
        QTest::newRow("ja") << PostLanguage::Japanese << QStringLiteral("ja");
        QTest::newRow("other") << PostLanguage::Other << QStringLiteral("other");
    }
    void viewStateSavesTheFilter()
    {
        QFETCH(PostLanguage, language);
        QFETCH(QString, saved);
        ViewState state;
        QSignalSpy changed(&state, &ViewState::postLanguageChanged);
        state.setPostLanguage(language);
        QCOMPARE(changed.count(), language == PostLanguage::All ? 0 : 1);
        const QJsonObject json = state.toJson();
        QCOMPARE(json.contains(QStringLiteral("language")), !saved.isEmpty());
        QCOMPARE(json.value(QStringLiteral("language")).toString(), saved);

        ViewState restored;
        restored.setPostLanguage(PostLanguage::Japanese);
        QVERIFY(restored.fromJson(json));
        // A view without the key was saved showing all languages, and shows them again.
        QVERIFY(restored.postLanguage() == (saved.isEmpty() ? PostLanguage::All : language));
    }

    void namesRoundTrip()
    {
        for (const PostLanguage language : allPostLanguages)
            QVERIFY(postLanguageFromName(postLanguageName(language)) == language);
        QVERIFY(!postLanguageFromName(QStringLiteral("kr")));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestLanguageBuckets)
#include "tst_languagebuckets.moc"
