// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/samplepostgenerator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace seance;

namespace {

qint64 utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

TokenRecord token(const QString& id, const QString& name, const QString& symbol, const QString& status,
                  const QStringList& tags, const QStringList& aliases)
{
    TokenRecord t;
    t.id = id;
    t.name = name;
    t.symbol = symbol;
    t.chain = QStringLiteral("test");
    t.status = status;
    t.tags = tags;
    t.aliases = aliases;
    return t;
}

// A small stand-in for the bundled dataset, so this test does not depend on the JSON file.
SampleGeneratorOptions storyOptions(quint64 seed)
{
    const QList<TokenRecord> tokens = {
        token(QStringLiteral("ghost-a"), QStringLiteral("Ghost Coin"), QStringLiteral("GHOST"), QStringLiteral("live"),
              {QStringLiteral("ghost")}, {QStringLiteral("ghost coin")}),
        token(QStringLiteral("ghost-b"), QStringLiteral("IC GHOST"), QStringLiteral("GHOST"), QStringLiteral("live"),
              {QStringLiteral("ghost")}, {QStringLiteral("ic ghost")}),
        token(QStringLiteral("idea"), QStringLiteral("GhostAI"), QStringLiteral("GhostAI"),
              QStringLiteral("hypothetical"), {QStringLiteral("hypothetical")}, {QStringLiteral("ghostai")}),
        token(QStringLiteral("doge"), QStringLiteral("Dogecoin"), QStringLiteral("DOGE"), QStringLiteral("live"),
              {QStringLiteral("reference-meme")}, {QStringLiteral("doge")}),
    };
    NarrativeRecord ghosts;
    ghosts.id = QStringLiteral("ghosts");
    ghosts.title = QStringLiteral("Summoning ghosts");
    ghosts.keywords = {QStringLiteral("summoning ghosts"), QStringLiteral("ghost")};
    NarrativeRecord origin;
    origin.id = QStringLiteral("origin");
    origin.title = QStringLiteral("Dogecoin origin");
    origin.keywords = {QStringLiteral("dogecoin")};
    EventRecord thread;
    thread.id = QStringLiteral("thread");
    thread.narrativeId = ghosts.id;
    thread.occurredAt = utc(2025, 10, 1);
    thread.kind = QStringLiteral("post");
    thread.tokenIds = {QStringLiteral("ghost-a"), QStringLiteral("ghost-b"), QStringLiteral("idea")};
    EventRecord launch; // long before the window: must not shape it
    launch.id = QStringLiteral("launch");
    launch.narrativeId = origin.id;
    launch.occurredAt = utc(2013, 12, 6);
    launch.kind = QStringLiteral("launch");
    launch.tokenIds = {QStringLiteral("doge")};
    return sampleOptionsFor(tokens, {ghosts, origin}, {thread, launch}, seed);
}

int countBetween(const QList<PostRecord>& posts, const QSet<QString>& tokenIds, qint64 from, qint64 to)
{
    int n = 0;
    for (const PostRecord& p : posts)
        n += (tokenIds.contains(p.tokenId) && p.postedAt >= from && p.postedAt < to) ? 1 : 0;
    return n;
}

} // namespace

class TestSamplePostGenerator : public QObject
{
    Q_OBJECT
private slots:
    void optionsFollowTheRecords()
    {
        const SampleGeneratorOptions options = storyOptions(1);
        QCOMPARE(options.from, utc(2025, 9, 1));
        QCOMPARE(options.to, utc(2025, 12, 1));
        QCOMPARE(options.subjects.size(), 6);
        QCOMPARE(options.subjects[0].role, SampleRole::HypedToken);
        QCOMPARE(options.subjects[2].role, SampleRole::HypotheticalToken);
        QCOMPARE(options.subjects[3].role, SampleRole::ReferenceToken);
        QCOMPARE(options.subjects[4].role, SampleRole::HypedNarrative);
        QCOMPARE(options.subjects[5].role, SampleRole::ReferenceNarrative);
        QVERIFY(options.subjects[0].names.contains(QStringLiteral("$GHOST")));
        QCOMPARE(options.events.size(), 1); // the 2013 launch lies outside the window
        QCOMPARE(options.scare.subjectId, QStringLiteral("ghost-a"));
    }

    void sameSeedSamePosts()
    {
        const QList<PostRecord> a = generateSamplePosts(storyOptions(7));
        const QList<PostRecord> b = generateSamplePosts(storyOptions(7));
        QCOMPARE(a.size(), defaultSamplePostCount);
        QVERIFY(a == b);
        const QList<PostRecord> c = generateSamplePosts(storyOptions(8));
        QCOMPARE(c.size(), a.size());
        QVERIFY(a != c);
        int sameText = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            sameText += a[i].text == c[i].text && a[i].postedAt == c[i].postedAt ? 1 : 0;
        QVERIFY2(sameText < a.size() / 10, qPrintable(QString::number(sameText)));
    }

    // A fixed seed pins the exact stream, whatever the platform or standard library: a change here means
    // every sample database changes, so update the digest only on purpose.
    void streamIsPinned()
    {
        SampleGeneratorOptions options = storyOptions(defaultSampleSeed);
        options.count = 200;
        const QList<PostRecord> posts = generateSamplePosts(options);
        QCOMPARE(posts.size(), 200);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const PostRecord& p : posts) {
            hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8\n")
                             .arg(p.externalId, p.tokenId, p.narrativeId, QString::number(p.postedAt), p.author,
                                  p.lang, p.text, QString::number(p.engagement))
                             .toUtf8());
        }
        QCOMPARE(posts.first().externalId, QStringLiteral("sample-000001"));
        const QString digest = QStringLiteral("088ec38106ccd8c1b6a7fdb929b00583deea0a1005efdab0b7f6f65e968f0f2e");
        QCOMPARE(QString::fromLatin1(hash.result().toHex()), digest);
    }

    void countWindowAndShape()
    {
        SampleGeneratorOptions options = storyOptions(42);
        options.count = 2500;
        const QList<PostRecord> posts = generateSamplePosts(options);
        QCOMPARE(posts.size(), 2500);
        QSet<QString> ids;
        qint64 previous = options.from;
        for (const PostRecord& p : posts) {
            QVERIFY(p.isSample);
            QVERIFY(!p.compound.has_value());
            QVERIFY(p.postedAt >= options.from && p.postedAt < options.to);
            QVERIFY(p.postedAt >= previous);
            previous = p.postedAt;
            QVERIFY(p.tokenId.isEmpty() != p.narrativeId.isEmpty());
            QVERIFY(p.author.startsWith(QLatin1String("@sample_user_")));
            QVERIFY(!p.text.isEmpty());
            QVERIFY(p.engagement >= 0);
            ids.insert(p.externalId);
        }
        QCOMPARE(ids.size(), posts.size());
        QCOMPARE(posts.first().externalId, QStringLiteral("sample-000001"));
        QCOMPARE(posts.last().externalId, QStringLiteral("sample-002500"));
    }

    void surgeAfterTheThread()
    {
        const QList<PostRecord> posts = generateSamplePosts(storyOptions(defaultSampleSeed));
        const QSet<QString> ghosts = {QStringLiteral("ghost-a"), QStringLiteral("ghost-b")};
        const qint64 thread = utc(2025, 10, 1);
        const int before = countBetween(posts, ghosts, thread - 7 * dayMs, thread);
        const int after = countBetween(posts, ghosts, thread, thread + 7 * dayMs);
        QVERIFY2(before > 0, "the ghost tokens have chatter before the thread");
        QVERIFY2(after > 2 * before, qPrintable(QStringLiteral("before %1, after %2").arg(before).arg(after)));
        // ... and it decays: the week a month later is far quieter than the week after.
        const int later = countBetween(posts, ghosts, thread + 28 * dayMs, thread + 35 * dayMs);
        QVERIFY2(later * 2 < after, qPrintable(QStringLiteral("after %1, later %2").arg(after).arg(later)));

        // The hypothetical token is talked about only a little, and never before the thread.
        const int idea = countBetween(posts, {QStringLiteral("idea")}, 0, utc(2030, 1, 1));
        QVERIFY(idea > 0);
        QVERIFY(idea < posts.size() / 20);
        QCOMPARE(countBetween(posts, {QStringLiteral("idea")}, 0, thread), 0);
        // Nobody discusses "summoning ghosts" before the thread coined it.
        const auto early = std::count_if(posts.cbegin(), posts.cend(), [thread](const PostRecord& p) {
            return p.narrativeId == QLatin1String("ghosts") && p.postedAt < thread;
        });
        QCOMPARE(early, 0);
        QVERIFY(std::any_of(posts.cbegin(), posts.cend(),
                            [](const PostRecord& p) { return p.narrativeId == QLatin1String("ghosts"); }));
    }

    void languagesAndHabits()
    {
        const QList<PostRecord> posts = generateSamplePosts(storyOptions(defaultSampleSeed));
        int ko = 0, ja = 0, en = 0, slang = 0, dollar = 0, weekend = 0, weekday = 0;
        for (const PostRecord& p : posts) {
            ko += p.lang == QLatin1String("ko");
            ja += p.lang == QLatin1String("ja");
            en += p.lang == QLatin1String("en");
            slang += p.text.contains(QLatin1String("wagmi")) || p.text.contains(QLatin1String("rug pull"))
                || p.text.contains(QLatin1String("to the moon")) || p.text.contains(QLatin1String("diamond hands"));
            dollar += p.text.contains(QLatin1String("$GHOST"));
            const int dow = QDateTime::fromMSecsSinceEpoch(p.postedAt, Qt::UTC).date().dayOfWeek();
            (dow >= 6 ? weekend : weekday) += 1;
        }
        const double n = posts.size();
        QCOMPARE(ko + ja + en, posts.size());
        QVERIFY2(ko / n > 0.035 && ko / n < 0.065, qPrintable(QString::number(ko)));
        QVERIFY2(ja / n > 0.018 && ja / n < 0.042, qPrintable(QString::number(ja)));
        QVERIFY(slang > posts.size() / 20);
        QVERIFY(dollar > 0);
        // Weekends carry 2/7 of the days but less than 2/7 of the posts.
        QVERIFY2(weekend / n < 2.0 / 7.0, qPrintable(QString::number(weekend / n)));
    }
};

QTEST_GUILESS_MAIN(TestSamplePostGenerator)
#include "tst_samplepostgenerator.moc"
