// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// View › Language switches the open window to Korean and to Japanese (menu titles and a pane's empty state),
// remembers the choice, and switches back to English.
#include "models/i18n/languagesetting.h"
#include "models/i18n/translationloader.h"
#include "sampleworkspace.h"
#include "ui/common/languagemenu.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace seance;

Q_DECLARE_METATYPE(seance::Language)

namespace {

QStringList menuTitles(const QMainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Every action's shortcut in portable text, sorted: what must not change with the language.
QStringList shortcuts(const QMainWindow& window)
{
    QStringList keys;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty())
            keys << action->shortcut().toString(QKeySequence::PortableText);
    }
    keys.sort();
    return keys;
}

LanguageMenu* languageMenu(const QMainWindow& window)
{
    const QList<LanguageMenu*> menus = window.findChildren<LanguageMenu*>();
    return menus.size() == 1 ? menus.first() : nullptr;
}

bool showsLabel(const QWidget& window, const QString& text)
{
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [&text](const QLabel* label) { return label->text() == text; });
}

} // namespace

class TestLanguageMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_samplePath, &error), qPrintable(error));
        installTranslations(Language::English);
    }

    void cleanupTestCase()
    {
        LanguageMenu::setWindowRebuilder({});
        installTranslations(Language::English);
    }

    void switchesTheOpenWindow_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("emptyDetails");
        QTest::newRow("Korean") << Language::Korean
                                << QStringList{QStringLiteral("파일(&F)"), QStringLiteral("편집(&E)"),
                                               QStringLiteral("보기(&V)"), QStringLiteral("도움말(&H)")}
                                << QStringLiteral(
                                       "표에서 토큰을 선택하면 정체, 공급량, 링크, 이벤트를 볼 수 있습니다.");
        QTest::newRow("Japanese") << Language::Japanese
                                  << QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                                                 QStringLiteral("表示(&V)"), QStringLiteral("ヘルプ(&H)")}
                                  << QStringLiteral(
                                         "表でトークンを選ぶと、その素性、供給量、リンク、イベントが表示されます。");
    }

    void switchesTheOpenWindow()
    {
        QFETCH(Language, language);
        QFETCH(QStringList, titles);
        QFETCH(QString, emptyDetails);
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openDatabase(m_samplePath));
        const QStringList english = menuTitles(*window);
        QVERIFY2(english.contains(QStringLiteral("&File")), qPrintable(english.join(QLatin1Char(','))));
        const QStringList englishKeys = shortcuts(*window);
        QVERIFY(englishKeys.size() > 10);
        int rebuilds = 0;
        LanguageMenu::setWindowRebuilder([&window, &rebuilds] {
            window = rebuiltMainWindow(std::move(window));
            ++rebuilds;
        });

        LanguageMenu* menu = languageMenu(*window);
        QVERIFY(menu);
        QCOMPARE(menu->menu()->actions().size(), 5); // four languages and a separator after System
        menu->actionFor(language)->trigger();
        QTRY_COMPARE(rebuilds, 1);
        QCOMPARE(savedLanguage(), language);
        const QStringList translated = menuTitles(*window);
        for (const QString& title : titles)
            QVERIFY2(translated.contains(title), qPrintable(translated.join(QLatin1Char(','))));
        QVERIFY(showsLabel(*window, emptyDetails));
        QCOMPARE(window->databasePath(), m_samplePath);
        QVERIFY(languageMenu(*window)->actionFor(language)->isChecked());
        QCOMPARE(shortcuts(*window), englishKeys); // the same shortcuts in every language

        languageMenu(*window)->actionFor(Language::English)->trigger();
        QTRY_COMPARE(rebuilds, 2);
        QCOMPARE(menuTitles(*window), english);
        QCOMPARE(savedLanguage(), Language::English);
        LanguageMenu::setWindowRebuilder({});
    }

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
