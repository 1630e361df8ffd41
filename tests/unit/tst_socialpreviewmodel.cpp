// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/socialpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace seance;
using namespace Qt::StringLiterals;

class TestSocialPreviewModel : public QObject
{
    Q_OBJECT
private slots:
    void showsRoutesAndScores_data()
    {
        QTest::addColumn<QStringList>("routedTo");
        QTest::addColumn<QStringList>("ambiguous");
        QTest::addColumn<QVariant>("compound");
        QTest::addColumn<QString>("routeText");
        QTest::addColumn<QString>("scoreText");
        QTest::newRow("two tokens") << QStringList{u"Pepe (PEPE)"_s, u"Dogecoin (DOGE)"_s} << QStringList{}
                                    << QVariant(0.5) << u"Pepe (PEPE), Dogecoin (DOGE)"_s << u"0.50"_s;
        QTest::newRow("unmatched") << QStringList{} << QStringList{} << QVariant() << u"not imported (names nothing)"_s
                                   << u"unscored"_s;
        QTest::newRow("ambiguous") << QStringList{} << QStringList{u"GHOST"_s} << QVariant(-0.25)
                                   << u"not imported (ambiguous: GHOST)"_s << u"-0.25"_s;
    }
    void showsRoutesAndScores()
    {
        QFETCH(QStringList, routedTo);
        QFETCH(QStringList, ambiguous);
        QFETCH(QVariant, compound);
        QFETCH(QString, routeText);
        QFETCH(QString, scoreText);
        QLocale::setDefault(QLocale::c());
        SocialPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SocialPreviewPost post;
        post.postedAtMs = 1'759'276'800'000;
        post.author = u"alice"_s;
        post.text = u"line one\nline two"_s;
        post.routedTo = routedTo;
        post.ambiguous = ambiguous;
        if (compound.isValid())
            post.compound = compound.toDouble();
        model.setPosts({post, post});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, SocialPreviewModel::Text).data().toString(), u"line one line two"_s);
        QCOMPARE(model.index(1, SocialPreviewModel::RoutedTo).data().toString(), routeText);
        QCOMPARE(model.index(0, SocialPreviewModel::Score).data().toString(), scoreText);
        QCOMPARE(model.index(0, SocialPreviewModel::Time).data().toString().left(10), u"2025-10-01"_s);
        QCOMPARE(model.index(0, 0).data(SocialPreviewModel::RoutedRole).toStringList(), routedTo);
        model.setUtc(false);
        model.setPosts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSocialPreviewModel)
#include "tst_socialpreviewmodel.moc"
