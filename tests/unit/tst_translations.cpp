// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded .qm files translate strings of every layer under the context the code asks with, and the loader
// installs them (with Qt's own) and the matching locale.
#include "models/i18n/languagesetting.h"
#include "models/i18n/translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace seance;

Q_DECLARE_METATYPE(seance::Language)

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { installTranslations(Language::English); }

    void qmTranslatesEveryLayer_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* code, const char* context, const char* source,
                            const QString& expected) {
            QTest::newRow(name) << QString::fromLatin1(code) << QByteArray(context) << QByteArray(source) << expected;
        };
        // ui: a menu title, with its accelerator kept.
        row("ko menu", "ko", "seance::MainWindow", "&File", QStringLiteral("파일(&F)"));
        row("ja menu", "ja", "seance::MainWindow", "&File", QStringLiteral("ファイル(&F)"));
        // models: an error made in a storage unit whose context used to be a hand-written shim.
        row("ko model error", "ko", "seance::Database", "the disk is full (%1)",
            QStringLiteral("디스크가 가득 찼습니다(%1)"));
        row("ja model error", "ja", "seance::Database", "the disk is full (%1)",
            QStringLiteral("ディスクがいっぱいです (%1)"));
        row("ko lexicon error", "ko", "seance::Lexicon", "the term is empty", QStringLiteral("용어가 비어 있습니다"));
        row("ja post parser", "ja", "seance::PostParser", "invalid UTF-8", QStringLiteral("不正な UTF-8"));
        // app: a command-line message and a command summary (extracted through QT_TRANSLATE_NOOP).
        row("ko cli message", "ko", "seance::cli::import", "Nothing was imported.",
            QStringLiteral("아무것도 가져오지 않았습니다."));
        row("ja command summary", "ja", "seance::cli", "Print the number of rows in each table",
            QStringLiteral("各テーブルの行数を表示"));
        // A date pattern, so a translation can order year, month and day its own way.
        row("ja date pattern", "ja", "seance::SentimentChartPane", "MMM d yyyy", QStringLiteral("yyyy年M月d日"));
    }

    void qmTranslatesEveryLayer()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("seance_") + code, QStringLiteral(":/i18n")),
                 "the .qm is not embedded");
        QCOMPARE(translator.translate(context.constData(), source.constData()), expected);
    }

    void installsTranslationsAndLocale_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QLocale::Language>("localeLanguage");
        QTest::newRow("Korean") << Language::Korean << QStringLiteral("보기(&V)") << QLocale::Korean;
        QTest::newRow("Japanese") << Language::Japanese << QStringLiteral("表示(&V)") << QLocale::Japanese;
        QTest::newRow("English") << Language::English << QStringLiteral("&View") << QLocale().language();
    }

    void installsTranslationsAndLocale()
    {
        QFETCH(Language, language);
        QFETCH(QString, menu);
        QFETCH(QLocale::Language, localeLanguage);
        QCOMPARE(installTranslations(language), language);
        QCOMPARE(installedLanguage(), language);
        QCOMPARE(QCoreApplication::translate("seance::MainWindow", "&View"), menu);
        QCOMPARE(QLocale().language(), localeLanguage);
        if (language != Language::English && qtTranslationsAvailable(language)) {
            // Qt's own dialog strings come from Debian's qtbase_<code>.qm.
            QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QStringLiteral("Cancel"));
        }
    }

    void switchingBackRemovesTranslations()
    {
        installTranslations(Language::Japanese);
        installTranslations(Language::English);
        QCOMPARE(QCoreApplication::translate("seance::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("known");
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << QStringLiteral("en") << true << Language::English;
        QTest::newRow("KO") << QStringLiteral("KO") << true << Language::Korean;
        QTest::newRow("ja") << QStringLiteral("ja") << true << Language::Japanese;
        QTest::newRow("system") << QStringLiteral("system") << true << Language::System;
        QTest::newRow("de") << QStringLiteral("de") << false << Language::System;
    }

    void languageCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, known);
        QFETCH(Language, language);
        const std::optional<Language> parsed = languageFromCode(code);
        QCOMPARE(parsed.has_value(), known);
        if (known) {
            QCOMPARE(*parsed, language);
            QCOMPARE(languageFromCode(languageCode(language)), parsed);
        }
    }

    void systemFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<Language>("resolved");
        QTest::newRow("ko_KR") << QLocale(QLocale::Korean, QLocale::SouthKorea) << Language::Korean;
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << Language::Japanese;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << Language::English;
        QTest::newRow("C") << QLocale::c() << Language::English;
    }

    void systemFollowsTheLocale()
    {
        QFETCH(QLocale, system);
        QFETCH(Language, resolved);
        QCOMPARE(resolvedLanguage(Language::System, system), resolved);
        QCOMPARE(resolvedLanguage(Language::Japanese, system), Language::Japanese);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
