// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/lexicon.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

std::optional<double> valenceOf(const Lexicon& lexicon, const QString& term)
{
    return lexicon.valence(Lexicon::normalizeTerm(term));
}

// Valences go through decimal text and a ×0.8 rescale, so compare them with a tolerance.
bool hasValence(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) < 1e-9;
}

} // namespace

class TestLexicon : public QObject
{
    Q_OBJECT
private slots:
    void normalizesTerms_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("lowercase") << QStringLiteral("GOOD") << QByteArray("good");
        QTest::newRow("spaces collapse") << QStringLiteral("  To  the\tMoon ") << QByteArray("to the moon");
        QTest::newRow("hyphen joins words") << QStringLiteral("rug-pull") << QByteArray("rug pull");
        QTest::newRow("typographic apostrophe") << QStringLiteral("don\u2019t") << QByteArray("don't");
        QTest::newRow("variation selector dropped") << QStringLiteral("\u2764\uFE0F") << QByteArray("\u2764");
        QTest::newRow("skin tone dropped") << QStringLiteral("👍🏽") << QByteArray("👍");
        QTest::newRow("emoji pair") << QStringLiteral("💎🙌") << QByteArray("💎 🙌");
        QTest::newRow("zwj sequence") << QStringLiteral("❤️‍🔥") << QByteArray("❤ 🔥");
        QTest::newRow("emoticon kept") << QStringLiteral(":-)") << QByteArray(":-)");
        QTest::newRow("emoticon lowercased") << QStringLiteral(":D") << QByteArray(":d");
        QTest::newRow("letter emoticon") << QStringLiteral("T_T") << QByteArray("t_t");
        QTest::newRow("hashtag") << QStringLiteral("#WAGMI") << QByteArray("wagmi");
        QTest::newRow("ticker") << QStringLiteral("$GHOST") << QByteArray("ghost");
        QTest::newRow("latin-1 capital") << QStringLiteral("CAFÉ") << QByteArray("café");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("blank") << QStringLiteral("   ") << QByteArray();
    }
    void normalizesTerms()
    {
        QFETCH(QString, term);
        QFETCH(QByteArray, key);
        QCOMPARE(QByteArray::fromStdString(Lexicon::normalizeTerm(term)), key);
    }

    void looksUpWordsAndPhrases()
    {
        Lexicon lexicon;
        QVERIFY(lexicon.insert(QStringLiteral("Good"), 1.9));
        QVERIFY(lexicon.insert(QStringLiteral("to the moon"), 2.8));
        QVERIFY(lexicon.insert(QStringLiteral("dead cat bounce"), -1.6));
        QVERIFY(!lexicon.insert(QStringLiteral("  "), 1.0));
        QCOMPARE(lexicon.size(), std::size_t(3));
        QVERIFY(hasValence(lexicon.valence("good"), 1.9));
        QVERIFY(hasValence(lexicon.valence("to the moon"), 2.8));
        QVERIFY(!lexicon.valence("Good")); // keys are normalized, lookups take keys
        QVERIFY(!lexicon.valence("to the"));
        QVERIFY(!lexicon.valence("moon"));
        QCOMPARE(lexicon.phraseWordsFrom("to"), 3);
        QCOMPARE(lexicon.phraseWordsFrom("dead"), 3);
        QCOMPARE(lexicon.phraseWordsFrom("good"), 0);
        const std::string_view moonSoon[] = {"to", "the", "moon", "soon"};
        double valence = 0;
        QCOMPARE(lexicon.longestMatch(moonSoon, &valence), 3);
        QVERIFY(hasValence(valence, 2.8));
        const std::string_view goodDay[] = {"good", "day"};
        QCOMPARE(lexicon.longestMatch(goodDay, &valence), 1);
        QVERIFY(hasValence(valence, 1.9));
        const std::string_view deadCat[] = {"dead", "cat"};
        QCOMPARE(lexicon.longestMatch(deadCat), 0);
        QCOMPARE(lexicon.longestMatch({}), 0);
        QVERIFY(lexicon.insert(QStringLiteral("good"), 2.0)); // replaces, does not add
        QCOMPARE(lexicon.size(), std::size_t(3));
        QVERIFY(hasValence(lexicon.valence("good"), 2.0));
    }

    void builtInHasTheAnchorWords_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("sign");
        QTest::newRow("good") << QStringLiteral("good") << 1;
        QTest::newRow("great") << QStringLiteral("great") << 1;
        QTest::newRow("love") << QStringLiteral("love") << 1;
        QTest::newRow("bad") << QStringLiteral("bad") << -1;
        QTest::newRow("hate") << QStringLiteral("hate") << -1;
        QTest::newRow("wagmi") << QStringLiteral("wagmi") << 1;
        QTest::newRow("rug pull") << QStringLiteral("rug pull") << -1;
        QTest::newRow("to the moon") << QStringLiteral("to the moon") << 1;
        QTest::newRow("rocket") << QStringLiteral("🚀") << 1;
    }
    void builtInHasTheAnchorWords()
    {
        QFETCH(QString, term);
        QFETCH(int, sign);
        const std::optional<double> valence = valenceOf(*Lexicon::builtIn(), term);
        QVERIFY2(valence, qPrintable(term));
        QCOMPARE(*valence > 0 ? 1 : -1, sign);
        QVERIFY(*valence >= -4 && *valence <= 4);
    }

    void copyIsIndependentOfBuiltIn()
    {
        Lexicon mine(*Lexicon::builtIn());
        QVERIFY(mine.insert(QStringLiteral("zzyzxword"), 3.0));
        QVERIFY(mine.valence("zzyzxword"));
        QVERIFY(!Lexicon::builtIn()->valence("zzyzxword"));
        QCOMPARE(mine.size(), Lexicon::builtIn()->size() + 1);
    }

    void mergesVaderFormat()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("vader.txt"),
                                       "goodish\t1.5\t0.67082\t[1, 2, 2, 1, 2, 1, 2, 2, 1, 1]\n"
                                       "good\t0.5\t0.5\t[0, 1, 0, 1, 0, 1, 0, 1, 0, 1]\r\n"
                                       "#-)\t-0.3\t1.1\t[0, -1, 0, 0, 1, -1, 0, 0, -1, 0]\n"
                                       "so over\t-2.2\t0.4\t[-2, -2, -3, -2, -2, -2, -2, -3, -2, -2]\n");
        Lexicon lexicon;
        lexicon.insert(QStringLiteral("good"), 1.9);
        QString error;
        QVERIFY2(lexicon.mergeFile(path, &error), qPrintable(error));
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("goodish")), 1.5));
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("good")), 0.5)); // overridden
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("#-)")), -0.3)); // an entry, not a comment
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("so over")), -2.2));
    }

    void mergesAfinnFormat()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("afinn.txt"),
                                       "\xEF\xBB\xBF"
                                       "meh\t-2\n"
                                       "cashing in\t3\n"
                                       "\n"
                                       "superb\t5\n");
        Lexicon lexicon;
        QString error;
        QVERIFY2(lexicon.mergeFile(path, &error), qPrintable(error));
        // AFINN's −5..+5 is rescaled by 0.8 onto −4..+4.
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("meh")), -1.6));
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("cashing in")), 2.4));
        QVERIFY(hasValence(valenceOf(lexicon, QStringLiteral("superb")), 4.0));
        QCOMPARE(lexicon.size(), std::size_t(3));
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vader mean not a number")
            << QByteArray("good\t1.9\t0.5\t[2]\nfine\t0.8\t0.4\t[1]\nbad\tworse\t0.5\t[-2]\n")
            << QStringLiteral(":3: the mean valence “worse” is not a number");
        QTest::newRow("vader mean out of range") << QByteArray("good\t1.9\t0.5\t[2]\nawesome\t4.5\t0.5\t[4]\n")
                                                 << QStringLiteral(":2: the mean valence 4.5 is outside −4..+4");
        QTest::newRow("vader missing sd")
            << QByteArray("good\t1.9\t0.5\t[2]\nbad\t-2.5\n")
            << QStringLiteral(":2: expected a term, a mean valence and a standard deviation");
        QTest::newRow("afinn not whole") << QByteArray("good\t3\nmeh\t-1.5\n")
                                         << QStringLiteral(
                                                ":2: the valence “-1.5” is not a whole number from −5 to +5");
        QTest::newRow("afinn out of range")
            << QByteArray("good\t3\n\nawful\t-7\n") << QStringLiteral(":3: the valence “-7” is not a whole number");
        QTest::newRow("afinn extra field")
            << QByteArray("good\t3\nbad\t-3\t1\n") << QStringLiteral(":2: expected a term and a whole-number valence");
        QTest::newRow("no tab") << QByteArray("good 3\n") << QStringLiteral(":1: expected a term and a valence");
        QTest::newRow("empty term") << QByteArray("good\t3\n\t2\n") << QStringLiteral(":2: the term is empty");
    }
    void rejectsMalformedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("user.tsv"), content);
        Lexicon lexicon;
        lexicon.insert(QStringLiteral("good"), 1.9);
        QString error;
        QVERIFY(!lexicon.mergeFile(path, &error));
        QVERIFY2(error.startsWith(path + QLatin1Char(':')), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // All or nothing: the lines before the bad one were not merged either.
        QCOMPARE(lexicon.size(), std::size_t(1));
        QVERIFY(hasValence(lexicon.valence("good"), 1.9));
    }

    void reportsMissingFile()
    {
        Lexicon lexicon;
        QString error;
        QVERIFY(!lexicon.mergeFile(QStringLiteral("/nonexistent/lexicon.tsv"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/lexicon.tsv")), qPrintable(error));
    }

    void seanceFormatTreatsHashAsComment()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("seance.tsv"), "# a comment\t1.0\nnice\t1.8\n# another\n");
        Lexicon lexicon;
        QString error;
        QVERIFY2(lexicon.mergeFile(path, &error, Lexicon::FileFormat::Seance), qPrintable(error));
        QCOMPARE(lexicon.size(), std::size_t(1));
        QVERIFY(hasValence(lexicon.valence("nice"), 1.8));
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
