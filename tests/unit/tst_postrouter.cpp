// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingcatalog.h"

#include "models/routing/postrouter.h"
#include "models/sentiment/scoring/scorer.h"

#include <QTest>

using namespace seance;
using namespace Qt::StringLiterals;

namespace {

// "token:id" and "narrative:id", sorted, so rows need not know the order of mention.
QStringList subjectsOf(const PostRouter& router, const PostRoute& route)
{
    QStringList names;
    for (const int subject : route.subjects) {
        const RoutingSubject& s = router.index().subjects()[static_cast<std::size_t>(subject)];
        names.append((s.kind == SubjectKind::Token ? QStringLiteral("token:") : QStringLiteral("narrative:")) + s.id);
    }
    names.sort();
    return names;
}

QStringList ambiguousOf(const PostRouter& router, const PostRoute& route)
{
    QStringList terms;
    for (const int term : route.ambiguousTerms)
        terms.append(router.index().masker().terms().at(term));
    return terms;
}

PostRoute routed(const PostRouter& router, const QString& text, const QString& source = {})
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray sourceUtf8 = source.toUtf8();
    PostRoute route;
    router.route({utf8.constData(), std::size_t(utf8.size())}, {sourceUtf8.constData(), std::size_t(sourceUtf8.size())},
                 route);
    return route;
}

std::unique_ptr<PostRouter> makeRouter(const RoutingOptions& options = {})
{
    QString error;
    auto router = PostRouter::create(testing::routingIndex(), options, &error);
    if (!router)
        qWarning() << error;
    return router;
}

const QString xrpl = QStringLiteral("token:xrpl-ghost-coin");
const QString icp = QStringLiteral("token:icp-ghost");
const QString pepe = QStringLiteral("token:ethereum-pepe");
const QString doge = QStringLiteral("token:dogecoin-doge");

} // namespace

class TestPostRouter : public QObject
{
    Q_OBJECT
private slots:
    void routesByMentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("subjects");
        QTest::addColumn<QStringList>("ambiguous");
        const QStringList none;
        const QStringList ghost = {QStringLiteral("GHOST")};
        QTest::newRow("cashtag") << u"$PEPE to the moon"_s << QString() << QStringList{pepe} << none;
        QTest::newRow("symbol as a word") << u"PEPE is up again"_s << QString() << QStringList{pepe} << none;
        QTest::newRow("symbol in lower case") << u"bought some pepe"_s << QString() << QStringList{pepe} << none;
        QTest::newRow("name in capitals") << u"DOGECOIN rallies"_s << QString() << QStringList{doge} << none;
        QTest::newRow("hashtag") << u"#doge army"_s << QString() << QStringList{doge} << none;
        QTest::newRow("alias phrase") << u"pepe-coin forever"_s << QString() << QStringList{pepe} << none;
        QTest::newRow("possessive") << u"Dogecoin's chart"_s << QString() << QStringList{doge} << none;
        QTest::newRow("not inside a word") << u"the team ghosted us"_s << QString() << none << none;
        QTest::newRow("not a plural") << u"pepes everywhere"_s << QString() << none << none;
        QTest::newRow("not a prefix") << u"dogecoins and dogecoinery"_s << QString() << none << none;
        QTest::newRow("not in a link") << u"see https://pepe.example/doge"_s << QString() << none << none;
        QTest::newRow("not a handle") << u"ask @pepe"_s << QString() << none << none;
        QTest::newRow("Hangul alias alone") << u"고스트 가즈아"_s << QString() << QStringList{xrpl} << none;
        QTest::newRow("Hangul alias with particle") << u"고스트가 떡상했다"_s << QString() << QStringList{xrpl} << none;
        QTest::newRow("Hangul longer word") << u"고스트타운 같다"_s << QString() << none << none;
        QTest::newRow("Kana alias in a run") << u"ゴーストが上がった"_s << QString() << QStringList{icp} << none;
        QTest::newRow("Kana alias after Han") << u"今日ゴースト買った"_s << QString() << QStringList{icp} << none;
        QTest::newRow("Kana longer word") << u"ゴーストタウンに行った"_s << QString() << none << none;
        QTest::newRow("two tokens") << u"$PEPE and $DOGE both green"_s << QString() << QStringList{doge, pepe} << none;
        QTest::newRow("narrative keyword") << u"Karpathy says we are summoning ghosts"_s << QString()
                                           << QStringList{QStringLiteral("narrative:summoning-ghosts")} << none;
        QTest::newRow("ambiguous cashtag") << u"$GHOST wen moon"_s << QString() << none << ghost;
        QTest::newRow("ambiguous bare symbol") << u"ghost is pumping"_s << QString() << none << ghost;
        QTest::newRow("decided by the post")
            << u"Ghost Coin holders, $GHOST is ours"_s << QString() << QStringList{xrpl} << none;
        QTest::newRow("decided by the chat") << u"$GHOST wen moon"_s << u"IC GHOST Army"_s << QStringList{icp} << none;
        QTest::newRow("decided by the subreddit")
            << u"$GHOST wen moon"_s << u"XRPL Ghost traders"_s << QStringList{xrpl} << none;
        QTest::newRow("chat naming both decides nothing")
            << u"$GHOST wen moon"_s << u"Ghost Coin vs IC GHOST"_s << none << ghost;
        QTest::newRow("ambiguous beside a clear token")
            << u"$GHOST and $PEPE"_s << QString() << QStringList{pepe} << ghost;
    }
    void routesByMentions()
    {
        QFETCH(QString, text);
        QFETCH(QString, source);
        QFETCH(QStringList, subjects);
        QFETCH(QStringList, ambiguous);
        const auto router = makeRouter();
        QVERIFY(router);
        const PostRoute route = routed(*router, text, source);
        QCOMPARE(subjectsOf(*router, route), subjects);
        QCOMPARE(ambiguousOf(*router, route), ambiguous);
        QCOMPARE(route.unmatched, subjects.isEmpty() && ambiguous.isEmpty());
    }

    void userChoiceDecidesAmbiguousNames()
    {
        RoutingOptions options;
        options.ambiguityChoices.insert(QStringLiteral("ghost"), QStringLiteral("icp-ghost"));
        const auto router = makeRouter(options);
        QVERIFY(router);
        QCOMPARE(subjectsOf(*router, routed(*router, u"$GHOST wen moon"_s)), QStringList{icp});
        // The chat still comes first.
        QCOMPARE(subjectsOf(*router, routed(*router, u"$GHOST"_s, u"Ghost Coin XRPL"_s)), QStringList{xrpl});
    }

    void fileNameDecidesAmbiguousNames()
    {
        RoutingOptions options;
        options.fileContext = QStringLiteral("ic-ghost-army.json");
        const auto router = makeRouter(options);
        QVERIFY(router);
        QCOMPARE(subjectsOf(*router, routed(*router, u"$GHOST wen moon"_s)), QStringList{icp});
    }

    void routesEverythingToOneSubject_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token") << u"token:ethereum-pepe"_s << pepe;
        QTest::newRow("narrative") << u"narrative:misc"_s << u"narrative:misc"_s;
    }
    void routesEverythingToOneSubject()
    {
        QFETCH(QString, route);
        QFETCH(QString, expected);
        QString error;
        const auto options = RouteSpec::parse(route, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(RouteSpec::format(*options), route);
        const auto router = makeRouter(*options);
        QVERIFY(router);
        for (const QString& text : {u"$DOGE"_s, u"nothing at all"_s, u"$GHOST"_s})
            QCOMPARE(subjectsOf(*router, routed(*router, text)), QStringList{expected});
    }

    void keepsUnmatchedPosts()
    {
        RoutingOptions options;
        options.keepUnmatched = QStringLiteral("misc");
        const auto router = makeRouter(options);
        QVERIFY(router);
        const PostRoute unmatched = routed(*router, u"gm everyone"_s);
        QCOMPARE(subjectsOf(*router, unmatched), QStringList{u"narrative:misc"_s});
        QVERIFY(unmatched.kept && unmatched.unmatched);
        const PostRoute matched = routed(*router, u"$DOGE"_s);
        QCOMPARE(subjectsOf(*router, matched), QStringList{doge});
        QVERIFY(!matched.kept);
    }

    void refusesUnknownIds_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("keep");
        QTest::addColumn<QString>("choiceTerm");
        QTest::addColumn<QString>("choiceToken");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such token") << u"token:nope"_s << QString() << QString() << QString() << u"nope"_s;
        QTest::newRow("no such narrative") << u"narrative:nope"_s << QString() << QString() << QString() << u"nope"_s;
        QTest::newRow("keep in a token") << u"mentions"_s << u"ethereum-pepe"_s << QString() << QString()
                                         << u"ethereum-pepe"_s;
        QTest::newRow("choice for a clear name")
            << u"mentions"_s << QString() << u"PEPE"_s << u"ethereum-pepe"_s << u"PEPE"_s;
        QTest::newRow("choice of another token")
            << u"mentions"_s << QString() << u"GHOST"_s << u"ethereum-pepe"_s << u"ethereum-pepe"_s;
        QTest::newRow("bad route") << u"everything"_s << QString() << QString() << QString() << u"everything"_s;
    }
    void refusesUnknownIds()
    {
        QFETCH(QString, route);
        QFETCH(QString, keep);
        QFETCH(QString, choiceTerm);
        QFETCH(QString, choiceToken);
        QFETCH(QString, message);
        QString error;
        auto options = RouteSpec::parse(route, &error);
        if (options) {
            options->keepUnmatched = keep;
            if (!choiceTerm.isEmpty())
                options->ambiguityChoices.insert(choiceTerm, choiceToken);
            QVERIFY(!PostRouter::create(testing::routingIndex(), *options, &error));
        }
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // The scorer masks what the router routes: a name the router credits is not scored as a word.
    void masksWhatRoutes()
    {
        const auto index = testing::routingIndex();
        Scorer scorer(nullptr);
        scorer.setMaskedTerms(index->terms());
        for (const QString& text : {u"GHOST is going to the moon!!!"_s, u"Ghost Coin holders"_s, u"$PEPE"_s}) {
            const QByteArray utf8 = text.toUtf8();
            QVERIFY(!scorer.explain({utf8.constData(), std::size_t(utf8.size())}).maskedTerms.isEmpty());
        }
        QCOMPARE(index->terms().first(), QStringLiteral("Ghost Coin"));
        QVERIFY(index->terms().contains(QStringLiteral("ゴースト")));
    }
};

QTEST_GUILESS_MAIN(TestPostRouter)
#include "tst_postrouter.moc"
