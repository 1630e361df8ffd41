// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Help › Keyboard and Mouse lists every shortcut the window has, the chart's "?" opens it and its tooltip lists
// the chart's gestures, and the README's table says the same as the sheet, gesture by gesture.
#include "samplewindow.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/common/keyboardmousehelp.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QTest>
#include <QToolButton>

using namespace seance;

class TestKeyboardMouseHelp final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_window = testing::openSampleWindow(m_dir);
        QVERIFY(m_window);
    }
    void cleanup() { m_window.reset(); }

    void menuEntryOpensSheetWithEveryShortcut()
    {
        QAction* entry = nullptr;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Keyboard and Mouse")))
                entry = action;
        }
        QVERIFY(entry);
        QCOMPARE(entry->shortcut(), QKeySequence(QKeySequence::HelpContents));
        entry->trigger();
        auto* sheet = m_window->findChild<KeyboardMouseHelpDialog*>();
        QVERIFY(sheet);
        QVERIFY(sheet->isVisible());
        const QStringList rows = sheet->rows();
        int checked = 0;
        for (const QAction* action : m_window->findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                const QString keyText = key.toString(QKeySequence::NativeText);
                const QString name = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
                const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QString& row) {
                    const QStringList cells = row.split(QLatin1Char('\t'));
                    // A key without a text (presentation mode's) still gets a description.
                    return cells.value(1).contains(keyText) &&
                           (name.isEmpty() ? !cells.value(2).isEmpty() : cells.value(2) == name);
                });
                QVERIFY2(listed, qPrintable(QStringLiteral("%1 (%2) is not on the sheet").arg(name, keyText)));
                ++checked;
            }
        }
        QVERIFY2(checked >= 20, "the window has its usual shortcuts");
        // Every section is a menu path as the menu bar shows it, and no row is listed twice.
        for (const QString& row : rows) {
            QVERIFY2(!row.startsWith(QStringLiteral(" ›")), qPrintable(row));
            QCOMPARE(rows.count(row), 1);
        }
        for (const Gesture& gesture : chartGestures())
            QVERIFY(rows.contains(QStringLiteral("Chart\t%1\t%2").arg(gesture.input, gesture.effect)));
        for (const Gesture& gesture : timelineGestures())
            QVERIFY(rows.contains(QStringLiteral("Timeline\t%1\t%2").arg(gesture.input, gesture.effect)));
    }

    void chartQuestionMarkOpensSheet()
    {
        QToolButton* help = nullptr;
        for (QToolButton* button : m_window->chartPane()->findChildren<QToolButton*>()) {
            if (button->text() == QLatin1String("?"))
                help = button;
        }
        QVERIFY(help);
        for (const Gesture& gesture : chartGestures())
            QVERIFY2(help->toolTip().contains(gesture.input + QStringLiteral(": ") + gesture.effect),
                     qPrintable(gesture.input));
        QVERIFY(!m_window->findChild<KeyboardMouseHelpDialog*>());
        QTest::mouseClick(help, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<KeyboardMouseHelpDialog*>());
    }

    void readmeAgreesWithTheSheet()
    {
        QFile readme(QStringLiteral(SEANCE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        for (const Gesture& gesture : chartGestures() + timelineGestures())
            QVERIFY2(text.contains(QStringLiteral("| %1 | %2 |").arg(gesture.input, gesture.effect)),
                     qPrintable(QStringLiteral("README lacks \"| %1 | %2 |\"").arg(gesture.input, gesture.effect)));
        QVERIFY2(!text.contains(QLatin1String("drag pans")), "the README says a plain drag pans the chart");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestKeyboardMouseHelp)
#include "tst_keyboardmousehelp.moc"
