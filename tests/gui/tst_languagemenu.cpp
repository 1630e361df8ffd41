// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// View › Language switches the open window to Korean and to Japanese in place (the same window; menu titles,
// a dock title, a table header and a pane's empty state change; selection and zoom stay), remembers the choice,
// and switches back to English.
#include "accesskeys.h"
#include "models/i18n/languagesetting.h"
#include "models/i18n/translationloader.h"
#include "models/items/tokentablemodel.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/common/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace seance;

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

QString dockTitle(const QMainWindow& window, const QString& name)
{
    const auto* dock = window.findChild<QDockWidget*>(name);
    return dock ? dock->windowTitle() : QString();
}

QString nameHeaderText(const MainWindow& window)
{
    return window.tokenBrowser()
        ->tableView()
        ->model()
        ->headerData(TokenTableModel::NameColumn, Qt::Horizontal)
        .toString();
}

bool hasAction(const QMainWindow& window, const QString& text)
{
    const QList<QAction*> actions = window.findChildren<QAction*>();
    return std::any_of(actions.begin(), actions.end(),
                       [&text](const QAction* action) { return action->text() == text; });
}

int mainWindowCount()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    return int(std::count_if(windows.begin(), windows.end(),
                             [](const QWidget* w) { return qobject_cast<const MainWindow*>(w) != nullptr; }));
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

    void cleanupTestCase() { installTranslations(Language::English); }

    void switchesTheOpenWindow_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("emptyDetails");
        QTest::addColumn<QString>("tokensDock");
        QTest::addColumn<QString>("nameHeader");
        QTest::addColumn<QString>("impactDays");
        QTest::addColumn<QString>("showAllData");
        QTest::addColumn<QString>("supplyRow");
        // The expected texts are the translations in resources/translations/seance_{ko,ja}.ts, copied by hand.
        QTest::newRow("Korean") << Language::Korean
                                << QStringList{QStringLiteral("파일(&F)"), QStringLiteral("편집(&E)"),
                                               QStringLiteral("보기(&V)"), QStringLiteral("도움말(&H)")}
                                << QStringLiteral("표에서 토큰을 선택하면 정체, 공급량, 링크, 이벤트를 볼 수 있습니다.")
                                << QStringLiteral("토큰 목록") << QStringLiteral("이름") << QStringLiteral("전후 일수:")
                                << QStringLiteral("전체 데이터 보기(&A)") << QStringLiteral("공급량");
        QTest::newRow("Japanese") << Language::Japanese
                                  << QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                                                 QStringLiteral("表示(&V)"), QStringLiteral("ヘルプ(&H)")}
                                  << QStringLiteral(
                                         "表でトークンを選ぶと、その素性、供給量、リンク、イベントが表示されます。")
                                  << QStringLiteral("トークン一覧") << QStringLiteral("名前")
                                  << QStringLiteral("前後の日数:") << QStringLiteral("すべてのデータを表示(&A)")
                                  << QStringLiteral("供給量");
    }

    // The switch retranslates the window in place: the same MainWindow, its selection and zoom kept, and every
    // kind of text (menu bar, dock title, table header, a pane's labels, a View menu action) in the new language.
    void switchesTheOpenWindow()
    {
        QFETCH(Language, language);
        QFETCH(QStringList, titles);
        QFETCH(QString, emptyDetails);
        QFETCH(QString, tokensDock);
        QFETCH(QString, nameHeader);
        QFETCH(QString, impactDays);
        QFETCH(QString, showAllData);
        QFETCH(QString, supplyRow);
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openDatabase(m_samplePath));
        const QPointer<MainWindow> before(window.get());
        const QStringList english = menuTitles(*window);
        QVERIFY2(english.contains(QStringLiteral("&File")), qPrintable(english.join(QLatin1Char(','))));
        QCOMPARE(dockTitle(*window, QStringLiteral("tokensDock")), QStringLiteral("Tokens"));
        QCOMPARE(nameHeaderText(*window), QStringLiteral("Name"));
        const QStringList englishKeys = shortcuts(*window);
        QVERIFY(englishKeys.size() > 10);

        // State the switch must keep: a selected token and a zoomed range.
        const QString token = QStringLiteral("ethereum-pepe");
        window->tokenBrowser()->selectTokens({token});
        window->viewState()->setSelectedTokens({token});
        const TimeRange all = window->viewState()->visibleRange();
        const TimeRange zoomed{all.from + all.span() / 4, all.to - all.span() / 4};
        window->viewState()->setVisibleRange(zoomed);
        const QStringList selectedBefore = window->viewState()->selectedTokens();
        const TimeRange rangeBefore = window->viewState()->visibleRange();

        LanguageMenu* menu = languageMenu(*window);
        QVERIFY(menu);
        QCOMPARE(menu->menu()->actions().size(), 5); // four languages and a separator after System
        menu->actionFor(language)->trigger();
        QCOMPARE(savedLanguage(), language);
        QTRY_VERIFY2(menuTitles(*window).contains(titles.constFirst()),
                     qPrintable(menuTitles(*window).join(QLatin1Char(','))));
        QCOMPARE(window.get(), before.data()); // the same window object, not a rebuilt one
        QVERIFY(!before.isNull());
        QCOMPARE(mainWindowCount(), 1);
        const QStringList translated = menuTitles(*window);
        for (const QString& title : titles)
            QVERIFY2(translated.contains(title), qPrintable(translated.join(QLatin1Char(','))));
        QCOMPARE(dockTitle(*window, QStringLiteral("tokensDock")), tokensDock);
        QCOMPARE(nameHeaderText(*window), nameHeader);
        QVERIFY(showsLabel(*window, emptyDetails)); // the token pane's empty state
        QVERIFY(showsLabel(*window, impactDays));   // a pane's own label
        QVERIFY(hasAction(*window, showAllData));   // an action inside View
        QVERIFY(showsLabel(*window, supplyRow));    // a row name of the token pane's form
        QCOMPARE(window->viewState()->selectedTokens(), selectedBefore);
        QCOMPARE(window->viewState()->visibleRange(), rangeBefore);
        QCOMPARE(window->tokenBrowser()->tableView()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(window->databasePath(), m_samplePath);
        QVERIFY(languageMenu(*window)->actionFor(language)->isChecked());
        QCOMPARE(shortcuts(*window), englishKeys); // the same shortcuts in every language
        // For looking at: SEANCE_SCREENSHOT_DIR=/tmp/x ctest -R tst_languagemenu saves the switched window.
        if (const QString dir = qEnvironmentVariable("SEANCE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window->resize(1500, 950);
            QTest::qWait(300);
            window->grab().save(dir + QStringLiteral("/live-switch-%1.png").arg(languageCode(language)));
        }

        languageMenu(*window)->actionFor(Language::English)->trigger();
        QTRY_COMPARE(menuTitles(*window), english);
        QCOMPARE(window.get(), before.data());
        QCOMPARE(dockTitle(*window, QStringLiteral("tokensDock")), QStringLiteral("Tokens"));
        QCOMPARE(nameHeaderText(*window), QStringLiteral("Name"));
        QVERIFY(hasAction(*window, QStringLiteral("Show &All Data")));
        QVERIFY(showsLabel(*window, QStringLiteral("Supply")));
        QCOMPARE(window->viewState()->selectedTokens(), selectedBefore);
        QCOMPARE(savedLanguage(), Language::English);
    }

    // In every language, Alt plus a letter opens one menu of the menu bar, and a letter picks one entry of a menu.
    void menuAccessKeysAreDistinct_data() { testing::addLanguageRows(); }
    void menuAccessKeysAreDistinct()
    {
        const testing::RowLanguage language;
        QVERIFY(language.installed());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_samplePath));
        const auto textsOf = [](const QList<QAction*>& actions) {
            QStringList texts;
            for (const QAction* action : actions) {
                if (!action->isSeparator() && action->isVisible())
                    texts.append(action->text());
            }
            return texts;
        };
        const QString barClash = testing::accessKeyClash(textsOf(window.menuBar()->actions()));
        QVERIFY2(barClash.isEmpty(), qPrintable(barClash));
        int menus = 0;
        for (const QMenu* menu : window.findChildren<QMenu*>()) {
            if (menu->actions().isEmpty())
                continue;
            ++menus;
            const QString clash = testing::accessKeyClash(textsOf(menu->actions()));
            QVERIFY2(clash.isEmpty(), qPrintable(menu->title() + QStringLiteral(": ") + clash));
        }
        QVERIFY(menus > 5);
    }

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
