// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/textmasker.h"
#include "models/sentiment/scoring/tokenizer.h"

#include <QTest>

using namespace seance;

namespace {

// The masked stretches of text, as written.
QStringList maskedIn(const TextMasker& masker, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    TokenizedText tokenized;
    tokenize(view, nullptr, tokenized);
    QStringList masked;
    for (std::size_t i = 0; i < tokenized.tokens.size();) {
        const int count = masker.matchAt(tokenized, i);
        if (count == 0) {
            ++i;
            continue;
        }
        const Token& first = tokenized.tokens[i];
        const Token& last = tokenized.tokens[i + count - 1];
        masked.append(
            QString::fromUtf8(view.substr(first.textOffset, last.textOffset + last.textLength - first.textOffset)));
        i += static_cast<std::size_t>(count);
    }
    return masked;
}

} // namespace

class TestTextMasker : public QObject
{
    Q_OBJECT
private slots:
    void masksWholeNames_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("masked");
        const QStringList ghost = {QStringLiteral("ghost")};
        QTest::newRow("bare, any case") << ghost << QStringLiteral("GHOST is going to the moon")
                                        << QStringList{QStringLiteral("GHOST")};
        QTest::newRow("ticker") << ghost << QStringLiteral("bought more $GHOST today")
                                << QStringList{QStringLiteral("$GHOST")};
        QTest::newRow("hashtag") << ghost << QStringLiteral("#ghost army") << QStringList{QStringLiteral("#ghost")};
        QTest::newRow("possessive") << ghost << QStringLiteral("GHOST's chart")
                                    << QStringList{QStringLiteral("GHOST's")};
        QTest::newRow("typographic possessive")
            << ghost << QStringLiteral("Ghost\u2019s chart") << QStringList{QStringLiteral("Ghost\u2019s")};
        QTest::newRow("every occurrence")
            << ghost << QStringLiteral("ghost, ghost and GHOST")
            << QStringList{QStringLiteral("ghost"), QStringLiteral("ghost"), QStringLiteral("GHOST")};
        QTest::newRow("not inside a word") << ghost << QStringLiteral("the team ghosted us") << QStringList{};
        QTest::newRow("not a plural") << ghost << QStringLiteral("ghosts everywhere") << QStringList{};
        QTest::newRow("not a compound") << ghost << QStringLiteral("ghostwriter") << QStringList{};

        const QStringList coin = {QStringLiteral("Ghost Coin")};
        QTest::newRow("phrase") << coin << QStringLiteral("Ghost Coin is up")
                                << QStringList{QStringLiteral("Ghost Coin")};
        QTest::newRow("phrase with hyphen")
            << coin << QStringLiteral("ghost-coin is up") << QStringList{QStringLiteral("ghost-coin")};
        QTest::newRow("phrase possessive")
            << coin << QStringLiteral("Ghost Coin's team") << QStringList{QStringLiteral("Ghost Coin's")};
        const QStringList hangulCoin = {QStringLiteral("고스트 코인")};
        QTest::newRow("Hangul phrase with a particle")
            << hangulCoin << QStringLiteral("고스트 코인이 또 올랐네") << QStringList{QStringLiteral("고스트 코인이")};
        QTest::newRow("Hangul phrase, longer last word")
            << hangulCoin << QStringLiteral("고스트 코인베이스") << QStringList{};
        QTest::newRow("Hangul particle only on the last word")
            << hangulCoin << QStringLiteral("고스트가 코인") << QStringList{};
        QTest::newRow("phrase broken by comma") << coin << QStringLiteral("a ghost, coin") << QStringList{};
        QTest::newRow("phrase first word alone") << coin << QStringLiteral("a ghost story") << QStringList{};

        const QStringList both = {QStringLiteral("ghost"), QStringLiteral("ghost coin"),
                                  QStringLiteral("summoning ghosts")};
        QTest::newRow("longest match") << both << QStringLiteral("ghost coin and ghost")
                                       << QStringList{QStringLiteral("ghost coin"), QStringLiteral("ghost")};
        QTest::newRow("narrative keyword") << both << QStringLiteral("We're summoning ghosts, not building animals")
                                           << QStringList{QStringLiteral("summoning ghosts")};
        QTest::newRow("camel-case alias")
            << QStringList{QStringLiteral("KarpathyGhost")} << QStringLiteral("karpathyghost wen")
            << QStringList{QStringLiteral("karpathyghost")};
        QTest::newRow("symbol given with $") << QStringList{QStringLiteral("$PEPE")} << QStringLiteral("pepe and $pepe")
                                             << QStringList{QStringLiteral("pepe"), QStringLiteral("$pepe")};
        QTest::newRow("emoji name") << QStringList{QStringLiteral("👻")} << QStringLiteral("👻👻 wagmi")
                                    << QStringList{QStringLiteral("👻"), QStringLiteral("👻")};
    }
    void masksWholeNames()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, text);
        QFETCH(QStringList, masked);
        QCOMPARE(maskedIn(TextMasker(terms), text), masked);
    }

    void dropsTermsWithNothingToMatch()
    {
        const TextMasker masker({QString(), QStringLiteral("   "), QStringLiteral("ghost")});
        QVERIFY(!masker.empty());
        QCOMPARE(masker.terms(), QStringList{QStringLiteral("ghost")});
        QVERIFY(TextMasker({QString()}).empty());
        QVERIFY(TextMasker().empty());
    }
};

QTEST_GUILESS_MAIN(TestTextMasker)
#include "tst_textmasker.moc"
