// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Korean and Japanese rules: which rule set a post gets, and what each rule does, per language.
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/postrescoring.h"
#include "models/sentiment/scoring/cjklexicon.h"
#include "models/sentiment/scoring/cjkrulewords.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/sentiment/scoring/scoringlanguage.h"
#include "models/storage/database.h"
#include "postfixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace seance;

namespace {

SentimentScore scoreOf(const Scorer& scorer, const QString& text, const QString& lang = {})
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray tag = lang.toUtf8();
    return scorer.score(std::string_view(utf8.constData(), utf8.size()), std::string_view(tag.constData(), tag.size()));
}

double compoundOf(const Scorer& scorer, const QString& text, const QString& lang = {})
{
    return scoreOf(scorer, text, lang).compound;
}

} // namespace

class TestCjkScorer : public QObject
{
    Q_OBJECT

private slots:
    // The built-in lexicons hold thousands of entries and the slang the issue names, with the right sign;
    // laughter marks are marked as such.
    void builtInLexiconsHoldTheSlang_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("sign"); // +1, −1, or 0 for a laughter mark
        const char* const koPositive[] = {"떡상",     "존버", "가즈아", "익절",  "펌핑",
                                          "에어드랍", "좋아", "좋은",   "좋네요"};
        const char* const koNegative[] = {"떡락", "물렸다", "손절",   "한강",     "상폐", "덤핑",
                                          "세력", "스캠",   "러그풀", "개잡코인", "ㅠㅠ"};
        const char* const jaPositive[] = {"爆上げ", "爆益", "ガチホ", "握力", "億り人", "利確", "月まで", "(^^)"};
        const char* const jaNegative[] = {"暴落",     "含み損",   "養分", "ナンピン", "損切り",
                                          "高値掴み", "ラグプル", "詐欺", "草コイン", "(´；ω；｀)"};
        const auto add = [](bool japanese, const char* term, int sign) {
            QTest::addRow("%s %s", japanese ? "ja" : "ko", term) << japanese << QString::fromUtf8(term) << sign;
        };
        for (const char* term : koPositive)
            add(false, term, 1);
        for (const char* term : koNegative)
            add(false, term, -1);
        for (const char* term : jaPositive)
            add(true, term, 1);
        for (const char* term : jaNegative)
            add(true, term, -1);
        for (const char* term : {"ㅋㅋ", "ㅎㅎ"})
            add(false, term, 0);
        for (const char* term : {"w", "草"})
            add(true, term, 0);
    }
    void builtInLexiconsHoldTheSlang()
    {
        QFETCH(bool, japanese);
        QFETCH(QString, term);
        QFETCH(int, sign);
        const auto lexicon = CjkLexicon::builtIn(japanese ? ScoringLanguage::Japanese : ScoringLanguage::Korean);
        QVERIFY(lexicon->size() >= 3000);
        const std::string key = normalizeCjk(term.toStdString());
        const CjkTerm* found = nullptr;
        QCOMPARE(lexicon->longestMatch(key, &found), key.size());
        QVERIFY(found && found->hasValence);
        QCOMPARE(static_cast<bool>(found->flags & cjk::Laughter), sign == 0);
        if (sign != 0)
            QCOMPARE(found->valence > 0 ? 1 : -1, sign);
    }

    void choosesRulesByTagThenScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("language");
        const auto row = [](const char* name, const QString& text, const QString& lang, ScoringLanguage language) {
            QTest::newRow(name) << text << lang << static_cast<int>(language);
        };
        row("Hangul", QStringLiteral("유령 코인 오늘 분위기"), {}, ScoringLanguage::Korean);
        row("Hangul quoting Latin names", QStringLiteral("Karpathy의 LLM 유령 비유가 화제"), {},
            ScoringLanguage::Korean);
        row("Kana with Han", QStringLiteral("幽霊コインの話題"), {}, ScoringLanguage::Japanese);
        row("Kana alone", QStringLiteral("ゴーストコイン"), {}, ScoringLanguage::Japanese);
        row("Han alone goes to the English rules, which leave it unscored", QStringLiteral("幽灵币太棒了"), {},
            ScoringLanguage::English);
        row("Latin", QStringLiteral("ghost coin to the moon"), {}, ScoringLanguage::English);
        row("Latin with one Korean word", QStringLiteral("great coin today, 최고"), {}, ScoringLanguage::English);
        row("tag ja on Han alone", QStringLiteral("最高"), QStringLiteral("ja"), ScoringLanguage::Japanese);
        row("tag ko-KR", QStringLiteral("GHOST"), QStringLiteral("ko-KR"), ScoringLanguage::Korean);
        row("tag EN on Hangul", QStringLiteral("유령"), QStringLiteral("EN"), ScoringLanguage::English);
        row("tag zh", QStringLiteral("good"), QStringLiteral("zh"), ScoringLanguage::Unscored);
        row("tag und lets the script decide", QStringLiteral("유령"), QStringLiteral("und"), ScoringLanguage::Korean);
        row("X's media tag lets the script decide", QStringLiteral("good"), QStringLiteral("qme"),
            ScoringLanguage::English);
    }
    void choosesRulesByTagThenScript()
    {
        QFETCH(QString, text);
        QFETCH(QString, lang);
        QFETCH(int, language);
        const QByteArray utf8 = text.toUtf8();
        const QByteArray tag = lang.toUtf8();
        QCOMPARE(static_cast<int>(chooseScoringLanguage(std::string_view(utf8.constData(), utf8.size()),
                                                        std::string_view(tag.constData(), tag.size()))),
                 language);
    }

    // Each row: a text and what its compound must be: > 0, < 0 or exactly 0 (scored), or unscored.
    void scoresSlangAndRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected"); // "+", "-", "0" or "unscored"
        const auto row = [](const char* name, const char* text, const char* lang, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(lang) << QString::fromUtf8(expected);
        };
        row("ko positive slang", "이 코인 떡상 간다", "", "+");
        row("ko positive slang 가즈아", "가즈아 🚀", "", "+");
        row("ko negative slang", "결국 상폐 당했다", "", "-");
        row("ko negative slang 물렸다", "고점에서 물렸다", "", "-");
        row("ko stem with ending", "커뮤니티 분위기 좋네요", "", "+");
        row("ko negation 안", "요즘 분위기 안 좋다", "", "-");
        row("ko negation -지 않다", "차트가 좋지 않다", "", "-");
        row("ko negation 없다", "이 영화는 재미 없다", "", "-");
        row("ko laughter mark alone", "ㅋㅋㅋㅋ", "", "0");
        row("ja positive slang", "爆益きた", "", "+");
        row("ja negative slang", "また暴落した", "", "-");
        row("ja negation ない", "全然良くない", "", "-");
        row("ja negation じゃない", "このコインは好きじゃない", "", "-");
        row("ja negation ません", "全然儲かりません", "", "-");
        row("ja laughter mark w", "wwww", "ja", "0");
        row("ja laughter mark 草", "それは草", "", "0");
        row("ja junk coin", "草コインを買った", "", "-");
        row("Han alone stays unscored", "最高的币", "", "unscored");
        row("Han alone with lang ja", "最高", "ja", "+");
        row("a language without rules", "excellent", "de", "unscored");
    }
    void scoresSlangAndRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const Scorer scorer(Lexicon::builtIn());
        const SentimentScore score = scoreOf(scorer, text, lang);
        QCOMPARE(score.scored, expected != QLatin1String("unscored"));
        if (expected == QLatin1String("+"))
            QVERIFY2(score.compound > 0, qPrintable(QString::number(score.compound)));
        else if (expected == QLatin1String("-"))
            QVERIFY2(score.compound < 0, qPrintable(QString::number(score.compound)));
        else
            QCOMPARE(score.compound, 0.0);
        if (score.scored)
            QVERIFY(std::abs(score.pos + score.neu + score.neg - 1.0) < 1e-9);
    }

    // An intensifier moves a term away from zero; a laughter mark next to it changes nothing, unless
    // laughter is switched on.
    void intensifiersAndLaughter_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("intensified");
        QTest::addColumn<QString>("laughing");
        QTest::newRow("ko 너무") << QStringLiteral("좋다") << QStringLiteral("너무 좋다")
                                 << QStringLiteral("좋다 ㅋㅋ");
        QTest::newRow("ko 개-") << QStringLiteral("좋다") << QStringLiteral("개좋다") << QStringLiteral("좋다ㅎㅎ");
        QTest::newRow("ko negative 진짜")
            << QStringLiteral("최악") << QStringLiteral("진짜 최악") << QStringLiteral("최악 ㅋㅋㅋ");
        QTest::newRow("ja めっちゃ") << QStringLiteral("嬉しい") << QStringLiteral("めっちゃ嬉しい")
                                     << QStringLiteral("嬉しいwww");
        QTest::newRow("ja 超") << QStringLiteral("悲しい") << QStringLiteral("超悲しい") << QStringLiteral("悲しい草");
    }
    void intensifiersAndLaughter()
    {
        QFETCH(QString, plain);
        QFETCH(QString, intensified);
        QFETCH(QString, laughing);
        const Scorer scorer(Lexicon::builtIn());
        const double base = compoundOf(scorer, plain);
        QVERIFY(base != 0);
        QVERIFY2(std::abs(compoundOf(scorer, intensified)) > std::abs(base), qPrintable(intensified));
        QCOMPARE(compoundOf(scorer, laughing), base);
        ScorerOptions options;
        options.laughter = true;
        QVERIFY(compoundOf(Scorer(Lexicon::builtIn(), options), laughing) != base);
    }

    void masksNamesInHangulAndKana_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("Hangul") << QStringLiteral("대박코인") << QStringLiteral("대박코인 샀다");
        QTest::newRow("Kana") << QStringLiteral("ハッピーコイン") << QStringLiteral("ハッピーコインを買った");
    }
    void masksNamesInHangulAndKana()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        Scorer scorer(Lexicon::builtIn());
        QVERIFY(compoundOf(scorer, text) > 0); // the name holds a sentiment word
        scorer.setMaskedTerms({name});
        QCOMPARE(compoundOf(scorer, text), 0.0);
        QCOMPARE(scorer.explain(text.toStdString()).maskedTerms, QStringList{name});
    }

    // Every beginning of a key is kept as a prefix, so a hostile 64 KiB token name would cost gigabytes: keys
    // over the limit are left out, keys at it are kept.
    void leavesOutKeysOverTheLimit_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("kept");
        // 가 is 3 bytes in UTF-8 (341 of them are 1,023 bytes); the rest of the length is ASCII letters.
        QTest::newRow("under the limit") << 1023 << 1;
        QTest::newRow("at the limit") << 1024 << 1;
        QTest::newRow("a byte over") << 1025 << 0;
        QTest::newRow("64 KiB") << 65535 << 0;
    }
    void leavesOutKeysOverTheLimit()
    {
        QFETCH(int, bytes);
        QFETCH(int, kept);
        const std::string key =
            QString(QString(bytes / 3, QChar(0xAC00)) + QString(bytes % 3, QLatin1Char('a'))).toStdString();
        QCOMPARE(int(key.size()), bytes);
        CjkLexicon lexicon(ScoringLanguage::Unscored);
        lexicon.insert(key, 1.5);
        QCOMPARE(int(lexicon.size()), kept);
        const CjkTerm* term = nullptr;
        QCOMPARE(lexicon.longestMatch(key + " 좋다", &term), std::size_t(kept ? bytes : 0));
    }

    void explainsTheRulesThatFired()
    {
        const Scorer scorer(Lexicon::builtIn());
        const ScoreExplanation korean = scorer.explain("안 좋다");
        QCOMPARE(korean.terms.size(), 1);
        QCOMPARE(korean.terms.at(0).term, QStringLiteral("좋다"));
        QCOMPARE(korean.terms.at(0).rules, QStringList{QStringLiteral("negated by “안” (×−0.74)")});
        QVERIFY(korean.rulesFired.contains(QStringLiteral("read as Korean")));
        QCOMPARE(korean.score.compound, compoundOf(scorer, QStringLiteral("안 좋다")));

        const ScoreExplanation japanese = scorer.explain("最高すぎwww");
        QCOMPARE(japanese.terms.size(), 2);
        QCOMPARE(japanese.terms.at(1).text, QStringLiteral("www"));
        QCOMPARE(japanese.terms.at(1).contribution, 0.0);
        QVERIFY(japanese.rulesFired.contains(QStringLiteral("read as Japanese")));
    }

    // The bundled sample's Korean and Japanese posts, unscored before these rules, are scored now.
    void scoresTheSamplesKoreanAndJapanesePosts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sample.seance"));
        QString error;
        QVERIFY2(createSampleDatabase(path, Scorer(Lexicon::builtIn()).scoreFunction(), &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        const auto count = [&db](const char* sql) {
            QSqlQuery query(db.connection());
            return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toLongLong() : -1;
        };
        QVERIFY(count("SELECT COUNT(*) FROM posts WHERE lang IN ('ko', 'ja')") > 0);
        QCOMPARE(count("SELECT COUNT(*) FROM posts WHERE lang IN ('ko', 'ja') AND compound IS NULL"), 0);
        QVERIFY(count("SELECT COUNT(*) FROM posts WHERE lang = 'ko' AND compound > 0") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM posts WHERE lang = 'ko' AND compound < 0") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM posts WHERE lang = 'ja' AND compound > 0") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM posts WHERE lang = 'ja' AND compound < 0") > 0);
        db.close();
    }

    // Rescore All Posts brings an old workspace along: Korean and Japanese posts stored unscored get
    // scored, by their lang tag where the script alone would not tell (Han-only text tagged ja).
    void rescoringScoresOldKoreanAndJapanesePosts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("old.seance")), &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tokens (id, name, symbol, chain) "
                                          "VALUES ('a', 'Alpha Coin', 'AAA', 'x')")));
        QList<PostRecord> posts;
        const auto add = [&posts](const QString& text, const QString& lang) {
            PostRecord post;
            post.tokenId = QStringLiteral("a");
            post.postedAt = 1'759'276'800'000 + posts.size();
            post.text = text;
            post.lang = lang;
            posts.append(post); // no score: stored as unscored, as before these rules
        };
        add(QStringLiteral("떡상 가즈아"), QStringLiteral("ko"));
        add(QStringLiteral("最高"), QStringLiteral("ja"));
        add(QStringLiteral("最高"), QString());
        QVERIFY2(testing::writePosts(db, posts, &error), qPrintable(error));
        RescoreOptions options;
        options.score = Scorer(Lexicon::builtIn()).scoreFunction();
        const RescoreResult result = rescoreAllPosts(db, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.unscored, 1); // Han alone without a tag
        QVERIFY(query.exec(QStringLiteral("SELECT compound FROM posts ORDER BY posted_at")));
        QVERIFY(query.next() && query.value(0).toDouble() > 0);
        QVERIFY(query.next() && query.value(0).toDouble() > 0);
        QVERIFY(query.next() && query.value(0).isNull());
        db.close();
    }

    // English goes through the English rules whatever the tag says, bit for bit.
    void leavesEnglishAsItWas()
    {
        const Scorer scorer(Lexicon::builtIn());
        for (const QString& text : {QStringLiteral("GHOST is not VERY good, but GREAT!!! 🚀"),
                                    QStringLiteral("rug pull, ngmi 😭"), QStringLiteral("gm")}) {
            const SentimentScore plain = scorer.score(text.toStdString());
            for (const QString& lang : {QString(), QStringLiteral("en"), QStringLiteral("und")}) {
                const SentimentScore tagged = scoreOf(scorer, text, lang);
                QCOMPARE(tagged.compound, plain.compound);
                QCOMPARE(tagged.pos, plain.pos);
                QCOMPARE(tagged.neg, plain.neg);
            }
        }
        // A one-argument callable still makes a ScoreFunction, and the scorer's own takes the tag.
        const ScoreFunction oneArgument = [](std::string_view) { return SentimentScore{0.5, 0.5, 0.5, 0, true}; };
        QCOMPARE(oneArgument("x", "ko").compound, 0.5);
        QVERIFY(scorer.scoreFunction()("最高", "ja").scored);
        QVERIFY(!scorer.scoreFunction()("最高").scored);
    }
};

QTEST_GUILESS_MAIN(TestCjkScorer)
#include "tst_cjkscorer.moc"
