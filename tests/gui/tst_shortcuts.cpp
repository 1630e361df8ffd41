// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every keyboard shortcut of the main window, as a class of defects: none is bound twice in one context, in any
// state of the window (a key bound twice does nothing: Qt calls it ambiguous), and each documented one, pressed
// as a user would, has its effect.
#include "models/items/tokentablemodel.h"
#include "models/storage/database.h"
#include "models/storage/savedviewstore.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/common/keyboardmousehelp.h"
#include "ui/editing/eventeditdialog.h"
#include "ui/editing/tokeneditdialog.h"
#include "ui/mainwindow.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace seance;

namespace {

// What a shortcut row may look at after its key was pressed.
struct Probe
{
    MainWindow* window;
    QStringList* calls; // seam functions called, by name, and dialog classes run
};

struct ShortcutCase
{
    const char* name;
    QKeySequence key;
    std::function<void(Probe)> prepare; // may be empty
    std::function<bool(Probe)> effect;
};

bool dockInFront(MainWindow* window, const char* name)
{
    QDockWidget* dock = window->findChild<QDockWidget*>(QLatin1String(name));
    return dock && dock->isVisible() && !dock->visibleRegion().isEmpty();
}

QList<ShortcutCase> shortcutCases()
{
    QList<ShortcutCase> cases;
    const auto metricCase = [&cases](const char* name, Qt::Key key, Metric metric) {
        cases.append({name, QKeySequence(Qt::ALT | key),
                      [](Probe p) { p.window->viewState()->setMetric(Metric::Unscored); },
                      [metric](Probe p) { return p.window->viewState()->metric() == metric; }});
    };
    metricCase("Alt+1 mean", Qt::Key_1, Metric::Mean);
    metricCase("Alt+2 weighted", Qt::Key_2, Metric::Weighted);
    metricCase("Alt+3 positive share", Qt::Key_3, Metric::PositiveShare);
    metricCase("Alt+4 volume", Qt::Key_4, Metric::Volume);
    metricCase("Alt+5 share of voice", Qt::Key_5, Metric::ShareOfVoice);
    const auto granularityCase = [&cases](const char* name, Qt::Key key, Granularity granularity, Granularity other) {
        cases.append({name, QKeySequence(Qt::CTRL | Qt::SHIFT | key),
                      [other](Probe p) { p.window->viewState()->setGranularity(other); },
                      [granularity](Probe p) { return p.window->viewState()->granularity() == granularity; }});
    };
    granularityCase("Ctrl+Shift+1 hourly", Qt::Key_1, Granularity::Hour, Granularity::Day);
    granularityCase("Ctrl+Shift+2 daily", Qt::Key_2, Granularity::Day, Granularity::Week);
    granularityCase("Ctrl+Shift+3 weekly", Qt::Key_3, Granularity::Week, Granularity::Day);
    cases.append({"Ctrl+0 shows all data", QKeySequence(Qt::CTRL | Qt::Key_0),
                  [](Probe p) {
                      const TimeRange all = p.window->viewState()->dataRange();
                      p.window->viewState()->setVisibleRange({all.from, all.from + 3 * dayMs});
                  },
                  [](Probe p) { return p.window->viewState()->visibleRange() == p.window->viewState()->dataRange(); }});
    const auto editUndoable = [](Probe p) { p.window->editTokenById(QStringLiteral("ethereum-pepe")); };
    cases.append({"Ctrl+Z undoes", QKeySequence(Qt::CTRL | Qt::Key_Z), editUndoable,
                  [](Probe p) { return p.window->undoStack()->index() == 0 && p.window->undoStack()->count() == 1; }});
    cases.append({"Ctrl+Shift+Z redoes", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                  [editUndoable](Probe p) {
                      editUndoable(p);
                      p.window->undoStack()->undo();
                  },
                  [](Probe p) { return p.window->undoStack()->index() == 1; }});
    cases.append({"Ctrl+Alt+S saves the view", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), {}, [](Probe p) {
                      return SavedViewStore(*p.window->database()).contains(QStringLiteral("Keyed"));
                  }});
    cases.append({"Ctrl+Alt+1 opens the first view after the menu was rebuilt",
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1),
                  [](Probe p) {
                      p.window->viewState()->setMetric(Metric::Volume);
                      SavedViewRecord view;
                      view.name = QStringLiteral("First");
                      view.state = QStringLiteral(R"({"view": {"version": 1, "metric": "weighted"}})");
                      QVERIFY(SavedViewStore(*p.window->database()).insert(view));
                      for (int opening = 0; opening < 3; ++opening) {
                          for (QMenu* menu : p.window->menuBar()->findChildren<QMenu*>())
                              emit menu->aboutToShow();
                      }
                  },
                  [](Probe p) { return p.window->viewState()->metric() == Metric::Weighted; }});
    cases.append(
        {"Ctrl+Alt+C brings the comparison forward", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), {}, [](Probe p) {
             return dockInFront(p.window, "compareDock");
         }});
    cases.append(
        {"Ctrl+Alt+I brings the event impact forward", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I), {}, [](Probe p) {
             return dockInFront(p.window, "impactDock");
         }});
    cases.append(
        {"Ctrl+Alt+W brings What Drove This forward", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), {}, [](Probe p) {
             return dockInFront(p.window, "driversDock");
         }});
    cases.append({"Ctrl+Shift+M asks what market data to fetch", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                  [](Probe p) { p.window->viewState()->setSelectedTokens({QStringLiteral("ethereum-pepe")}); },
                  [](Probe p) { return p.calls->contains(QStringLiteral("FetchMarketDialog")); }});
    cases.append(
        {"Ctrl+Shift+L shows the lead/lag panel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), {}, [](Probe p) {
             auto* dock = p.window->findChild<QDockWidget*>(QStringLiteral("leadLagDock"));
             return dock && dock->isVisible();
         }});
    cases.append({"F1 shows the keyboard and mouse help", QKeySequence(Qt::Key_F1), {}, [](Probe p) {
                      auto* sheet = p.window->findChild<KeyboardMouseHelpDialog*>();
                      return sheet && sheet->isVisible();
                  }});
    cases.append({"F11 presents", QKeySequence(Qt::Key_F11), {}, [](Probe p) { return p.window->isPresenting(); }});
    cases.append({"Ctrl+E exports the chart", QKeySequence(Qt::CTRL | Qt::Key_E), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("ExportChartDialog"));
                  }});
    cases.append({"Ctrl+Shift+C copies the chart", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), {}, [](Probe p) {
                      return p.window->statusBar()->currentMessage().contains(QStringLiteral("copied"));
                  }});
    cases.append({"Ctrl+Alt+N new token", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("TokenEditDialog"));
                  }});
    cases.append({"Ctrl+Alt+E edits the token", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("TokenEditDialog"));
                  }});
    cases.append({"Ctrl+Alt+V new event", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("EventEditDialog"));
                  }});
    cases.append({"Ctrl+Alt+R rescores", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("showInformation:Rescoring finished"));
                  }});
    cases.append({"Ctrl+I imports", QKeySequence(Qt::CTRL | Qt::Key_I), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("openFileName:Import"));
                  }});
    cases.append({"Ctrl+Shift+E exports the dataset", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("saveFileName:Export Dataset"));
                  }});
    cases.append({"Ctrl+N new workspace", QKeySequence(QKeySequence::New), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("saveFileName:New Workspace"));
                  }});
    cases.append({"Ctrl+O opens a workspace", QKeySequence(QKeySequence::Open), {}, [](Probe p) {
                      return p.calls->contains(QStringLiteral("openFileName:Open Workspace"));
                  }});
    cases.append(
        {"Ctrl+Q quits", QKeySequence(Qt::CTRL | Qt::Key_Q), {}, [](Probe p) { return !p.window->isVisible(); }});
    return cases;
}

// Every shortcut bound in the window: the actions on the window itself and those in the menu bar's menus, the
// two places Qt looks for a window's shortcuts. Each key of each action counts once per binding, so an action
// listing a key twice is caught too.
QMultiHash<QKeySequence, QAction*> windowBindings(MainWindow& window)
{
    QSet<QAction*> bound(window.actions().cbegin(), window.actions().cend());
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions())
            bound.insert(action);
    }
    QMultiHash<QKeySequence, QAction*> bindings;
    for (QAction* action : std::as_const(bound)) {
        for (const QKeySequence& key : action->shortcuts())
            bindings.insert(key, action);
    }
    return bindings;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_samplePath, &error), qPrintable(error));
    }

    void init()
    {
        m_calls.clear();
        m_window = std::make_unique<MainWindow>();
        DialogSeam seam = DialogSeam::standard();
        seam.openFileName = [this](QWidget*, const QString& caption, const QString&, const QString&) {
            m_calls << QStringLiteral("openFileName:") + caption;
            return QString();
        };
        seam.saveFileName = [this](QWidget*, const QString& caption, const QString&, const QString&) {
            m_calls << QStringLiteral("saveFileName:") + caption;
            return QString();
        };
        seam.showInformation = [this](QWidget*, const QString& title, const QString&) {
            m_calls << QStringLiteral("showInformation:") + title;
        };
        seam.showError = [this](QWidget*, const QString& title, const QString& text) {
            m_calls << QStringLiteral("showError:%1: %2").arg(title, text);
        };
        seam.askText = [](QWidget*, const QString&, const QString&, const QString&) { return QStringLiteral("Keyed"); };
        seam.confirm = [](QWidget*, const QString&, const QString&) { return true; };
        seam.execDialog = [this](QDialog* dialog) {
            m_calls << QString::fromLatin1(dialog->metaObject()->className()).section(QStringLiteral("::"), -1);
            // Token dialogs are accepted with a new name, so an edit lands on the undo stack.
            if (auto* token = qobject_cast<TokenEditDialog*>(dialog); token && !token->record().id.isEmpty()) {
                TokenRecord record = token->record();
                record.name = QStringLiteral("Renamed by a key");
                token->setRecord(record);
                token->accept();
                return token->result();
            }
            return int(QDialog::Rejected);
        };
        m_window->setDialogSeam(seam);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // A fresh copy for each case, so what one case saves or edits cannot satisfy another's check.
        m_casePath = m_dir.filePath(QStringLiteral("case-%1.seance").arg(++m_caseCount));
        QVERIFY(QFile::copy(m_samplePath, m_casePath));
        QVERIFY(m_window->openDatabase(m_casePath));
        const QString token = QStringLiteral("xrpl-ghost-coin");
        QTableView* table = m_window->tokenBrowser()->tableView();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString() == token)
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        m_window->tokenBrowser()->selectTokens({token});
        m_window->viewState()->setSelectedTokens({token});
        QCOMPARE(m_window->tokenBrowser()->currentTokenId(), token);
        QCOMPARE(m_window->viewState()->selectedTokens(), QStringList{token});
    }
    void cleanup() { m_window.reset(); }

    // The class test: no key is bound twice among the window's shortcuts, whatever state the window is in.
    void noShortcutIsBoundTwice_data()
    {
        QTest::addColumn<QString>("state");
        for (const char* state : {"opened", "menus rebuilt", "workspace reopened", "presenting", "every pane shown"})
            QTest::newRow(state) << QString::fromLatin1(state);
    }
    void noShortcutIsBoundTwice()
    {
        QFETCH(QString, state);
        SavedViewRecord view; // a view of its own gives the Saved Views menu a Ctrl+Alt+1 to rebind
        view.name = QStringLiteral("A view");
        view.state = QStringLiteral(R"({"view": {"version": 1}})");
        QVERIFY(SavedViewStore(*m_window->database()).insert(view));
        m_window->reloadPanes();
        if (state == QLatin1String("menus rebuilt")) {
            for (int opening = 0; opening < 3; ++opening) {
                for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>())
                    emit menu->aboutToShow();
            }
        } else if (state == QLatin1String("workspace reopened")) {
            QVERIFY(m_window->openDatabase(m_samplePath));
            QVERIFY(m_window->openDatabase(m_casePath));
            QVERIFY(m_window->openDatabase(m_casePath));
        } else if (state == QLatin1String("presenting")) {
            m_window->setPresenting(true);
        } else if (state == QLatin1String("every pane shown")) {
            for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
                dock->show();
        }
        const QMultiHash<QKeySequence, QAction*> bindings = windowBindings(*m_window);
        QVERIFY(!bindings.isEmpty());
        QStringList twice;
        for (const QKeySequence& key : bindings.uniqueKeys()) {
            if (bindings.count(key) > 1)
                twice << QStringLiteral("%1 (%2 bindings)").arg(key.toString()).arg(bindings.count(key));
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral(", "))));
    }

    // Each documented shortcut, pressed on the window as a user would, does what it says.
    void eachShortcutHasItsEffect_data()
    {
        QTest::addColumn<int>("index");
        const QList<ShortcutCase> cases = shortcutCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).name) << i;
    }
    void eachShortcutHasItsEffect()
    {
        QFETCH(int, index);
        const ShortcutCase shortcut = shortcutCases().at(index);
        const Probe probe{m_window.get(), &m_calls};
        if (shortcut.prepare)
            shortcut.prepare(probe);
        QVERIFY(!shortcut.effect(probe)); // the effect is the key's, not the starting state's
        QTest::keySequence(m_window.get(), shortcut.key);
        QTRY_VERIFY2_WITH_TIMEOUT(shortcut.effect(probe), qPrintable(m_calls.join(QStringLiteral("; "))), 20000);
    }

    // A shortcut added to the window is added to the cases above too, so none goes untested.
    void everyShortcutIsCovered()
    {
        QSet<QKeySequence> tested;
        for (const ShortcutCase& shortcut : shortcutCases())
            tested.insert(shortcut.key);
        // Saved views 2…9 work as 1 does; Esc, ← and → are presentation mode's (tst_presentation).
        for (int key = Qt::Key_2; key <= Qt::Key_9; ++key)
            tested.insert(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(key)));
        for (const Qt::Key key : {Qt::Key_Escape, Qt::Key_Left, Qt::Key_Right})
            tested.insert(QKeySequence(key));
        QStringList untested;
        const QMultiHash<QKeySequence, QAction*> bindings = windowBindings(*m_window);
        for (const QKeySequence& key : bindings.uniqueKeys()) {
            if (!tested.contains(key) && !QKeySequence::keyBindings(QKeySequence::Redo).contains(key))
                untested << key.toString();
        }
        QVERIFY2(untested.isEmpty(), qPrintable(untested.join(QStringLiteral(", "))));
    }

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
    QString m_casePath;
    int m_caseCount = 0;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_calls;
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
