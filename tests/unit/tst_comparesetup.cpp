// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare Narratives setup as a saved view stores it: round trips, and malformed objects name their field.
#include "models/compare/alignedseries.h"
#include "models/compare/comparesetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seance;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestCompareSetup : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        CompareSetup setup;
        setup.window = {-14, 45};
        setup.rows = {{SubjectKind::Narrative, QStringLiteral("summoning-ghosts"), QStringLiteral("karpathy")},
                      {SubjectKind::Token, QStringLiteral("icp-ghost"), QStringLiteral("sutton")}};
        const QJsonObject json = setup.toJson();
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("token"));
        CompareSetup back;
        QString error;
        QVERIFY2(back.fromJson(json, &error), qPrintable(error));
        QCOMPARE(back, setup);
        // Through text too, as the settings and saved views store it.
        CompareSetup fromText;
        QVERIFY(fromText.fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error));
        QCOMPARE(fromText, setup);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const char* head = R"("format":"seance-compare","version":1)";
        auto with = [head](const char* rest) -> QByteArray { return QByteArray("{") + head + "," + rest + "}"; };
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("format");
        QTest::newRow("wrong version") << QByteArray(R"({"format":"seance-compare","version":2})")
                                       << QStringLiteral("version");
        QTest::newRow("no window") << with(R"("rows":[])") << QStringLiteral("window");
        QTest::newRow("fractional day") << with(R"("window":{"first":-1.5,"last":3},"rows":[])")
                                        << QStringLiteral("window.first");
        QTest::newRow("huge day") << with(R"("window":{"first":-3,"last":100000},"rows":[])")
                                  << QStringLiteral("window.last");
        QTest::newRow("day 0 outside") << with(R"("window":{"first":3,"last":10},"rows":[])")
                                       << QStringLiteral("window");
        QTest::newRow("nothing after day 0")
            << with(R"("window":{"first":-5,"last":0},"rows":[])") << QStringLiteral("window");
        QTest::newRow("rows not array") << with(R"("window":{"first":-3,"last":3},"rows":{})")
                                        << QStringLiteral("rows");
        QTest::newRow("bad kind")
            << with(
                   R"("window":{"first":-3,"last":3},"rows":[{"kind":"narrative","subject":"a","anchorEvent":"e"},{"kind":"coin","subject":"b","anchorEvent":"e"}])")
            << QStringLiteral("rows[1].kind");
        QTest::newRow("empty subject")
            << with(R"("window":{"first":-3,"last":3},"rows":[{"kind":"token","subject":" ","anchorEvent":"e"}])")
            << QStringLiteral("rows[0].subject");
        QTest::newRow("no anchor")
            << with(R"("window":{"first":-3,"last":3},"rows":[{"kind":"token","subject":"a"}])")
            << QStringLiteral("rows[0].anchorEvent");
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        CompareSetup setup;
        setup.rows = {{SubjectKind::Token, QStringLiteral("kept"), QStringLiteral("kept-event")}};
        const CompareSetup before = setup;
        QString error;
        QVERIFY(!setup.fromJson(parse(json.constData()), &error));
        QVERIFY2(error.startsWith(field + u':'), qPrintable(error));
        QCOMPARE(setup, before); // all or nothing
    }

    void tooManyRows()
    {
        CompareSetup setup;
        for (int i = 0; i <= CompareSetup::maximumRows; ++i)
            setup.rows.append({SubjectKind::Token, QStringLiteral("t%1").arg(i), QStringLiteral("e")});
        CompareSetup back;
        QString error;
        QVERIFY(!back.fromJson(setup.toJson(), &error));
        QVERIFY(error.startsWith(QStringLiteral("rows:")));
    }

    void alignsBucketRowsPurely()
    {
        const qint64 anchor = 1'759'276'800'000 + 23 * hourMs + 30 * 60'000; // 2025-10-01T23:30Z
        BucketRow before;
        before.start = 1'759'276'800'000 - dayMs; // the UTC day before the anchor's day
        before.sums.n = 4;
        before.sums.nScored = 2;
        before.sums.sumCompound = 0.5;
        BucketRow onlyUnscored;
        onlyUnscored.start = 1'759'276'800'000 + 2 * dayMs;
        onlyUnscored.sums.n = 3;
        onlyUnscored.sums.nUnscored = 3;
        BucketRow outside;
        outside.start = 1'759'276'800'000 + 9 * dayMs;
        outside.sums.n = 1;
        const QList<AlignedPoint> points =
            alignDailyBuckets({onlyUnscored, outside, before}, anchor, DayWindow{-2, 3}, Metric::Mean);
        QCOMPARE(points.size(), 6);
        QCOMPARE(points.at(0), (AlignedPoint{-2, std::nullopt, 0}));
        QCOMPARE(points.at(1), (AlignedPoint{-1, 0.25, 4}));
        QCOMPARE(points.at(2), (AlignedPoint{0, std::nullopt, 0}));
        QCOMPARE(points.at(4), (AlignedPoint{2, std::nullopt, 3})); // posts, but no mean: a gap with a count
        QCOMPARE(points.at(5), (AlignedPoint{3, std::nullopt, 0}));
    }
};

QTEST_GUILESS_MAIN(TestCompareSetup)
#include "tst_comparesetup.moc"
