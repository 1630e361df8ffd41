// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// View › Saved Views through the real main window: save, reopen, replace, delete, and bad stored state.
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/storage/savedviewstore.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/compare/comparepane.h"
#include "ui/mainwindow.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

class TestSavedViews : public QObject
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
        m_window = std::make_unique<MainWindow>();
        DialogSeam seam = DialogSeam::standard();
        seam.askText = [this](QWidget*, const QString&, const QString&, const QString&) { return m_answer; };
        seam.confirm = [this](QWidget*, const QString&, const QString&) {
            ++m_confirmations;
            return m_confirm;
        };
        seam.chooseItem = [this](QWidget*, const QString&, const QString&, const QStringList& items) {
            return items.contains(m_answer) ? m_answer : QString();
        };
        seam.showError = [this](QWidget*, const QString&, const QString& text) { m_errors << text; };
        m_window->setDialogSeam(seam);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_samplePath));
        m_errors.clear();
        m_confirmations = 0;
    }
    void cleanup() { m_window.reset(); }

    void saveAndReopenRestoresTheView()
    {
        ViewState* state = m_window->viewState();
        const QStringList tokens = {QStringLiteral("icp-ghost"), QStringLiteral("xrpl-ghost-coin")};
        state->setSelectedTokens(tokens);
        state->setMetric(Metric::PositiveShare);
        state->setGranularity(Granularity::Week);
        const TimeRange range{state->dataRange().from + 10 * dayMs, state->dataRange().from + 40 * dayMs};
        state->setVisibleRange(range);

        m_answer = QStringLiteral("Launch week & after");
        triggerMenuAction(tr("&Save Current View…"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QVERIFY(SavedViewStore(*m_window->database()).contains(m_answer));

        state->setSelectedTokens({QStringLiteral("ethereum-pepe")});
        state->setMetric(Metric::Mean);
        state->setGranularity(Granularity::Day);
        state->resetRange();

        // The menu lists the view (with its '&' shown, not taken as a mnemonic) and opening it restores the state.
        triggerMenuAction(QStringLiteral("Launch week && after"));
        QCOMPARE(state->selectedTokens(), tokens);
        QCOMPARE(state->metric(), Metric::PositiveShare);
        QCOMPARE(state->granularity(), Granularity::Week);
        QCOMPARE(state->visibleRange(), range);
    }

    void themeAndComparisonTravelWithTheView()
    {
        m_window->setTheme(Theme::Presenter);
        QString error;
        const QJsonObject setup = QJsonDocument::fromJson(R"({"format":"seance-compare","version":1,
            "window":{"first":-10,"last":20},"rows":[]})").object();
        QVERIFY2(m_window->comparePane()->fromJson(setup, &error), qPrintable(error));
        m_answer = QStringLiteral("On stage");
        triggerMenuAction(tr("&Save Current View…"));

        m_window->setTheme(Theme::Light);
        QVERIFY(m_window->comparePane()->fromJson(QJsonDocument::fromJson(R"({"format":"seance-compare","version":1,
            "window":{"first":-30,"last":60},"rows":[]})").object()));
        QVERIFY(m_window->openSavedView(m_answer));
        QCOMPARE(m_window->theme(), Theme::Presenter);
        QCOMPARE(m_window->comparePane()->toJson().value(QStringLiteral("window")).toObject()
                     .value(QStringLiteral("first")).toInt(), -10);

        // A view with a bad part changes nothing at all, and the error names the part.
        SavedViewRecord broken;
        broken.name = QStringLiteral("bad theme");
        broken.state = QStringLiteral(R"({"view": {"metric": "volume"}, "theme": "neon"})");
        QVERIFY(SavedViewStore(*m_window->database()).insert(broken));
        const Metric before = m_window->viewState()->metric();
        QVERIFY(!m_window->openSavedView(broken.name));
        QVERIFY(m_errors.last().contains(QStringLiteral("theme")));
        QCOMPARE(m_window->viewState()->metric(), before);
        QCOMPARE(m_window->theme(), Theme::Presenter);
        m_window->setTheme(Theme::Dark);
    }

    void replacingAsksAndDeletingRemoves()
    {
        m_answer = QStringLiteral("Replace me");
        m_window->viewState()->setMetric(Metric::Volume);
        triggerMenuAction(tr("&Save Current View…"));
        QCOMPARE(m_confirmations, 0);
        m_window->viewState()->setMetric(Metric::Weighted);
        m_confirm = false;
        triggerMenuAction(tr("&Save Current View…"));
        QCOMPARE(m_confirmations, 1);
        m_window->viewState()->setMetric(Metric::Mean);
        QVERIFY(m_window->openSavedView(m_answer));
        QCOMPARE(m_window->viewState()->metric(), Metric::Volume); // the refused replace kept the old state

        m_confirm = true;
        triggerMenuAction(tr("&Delete Saved View…"));
        QVERIFY(!SavedViewStore(*m_window->database()).contains(m_answer));
    }

    void corruptStateIsReportedAndChangesNothing()
    {
        SavedViewRecord broken;
        broken.name = QStringLiteral("broken");
        broken.state = QStringLiteral("{\"view\": {\"metric\": 42}}");
        QVERIFY(SavedViewStore(*m_window->database()).insert(broken));
        m_window->viewState()->setMetric(Metric::Weighted);
        QVERIFY(!m_window->openSavedView(QStringLiteral("broken")));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("broken")));
        QCOMPARE(m_window->viewState()->metric(), Metric::Weighted);
        QVERIFY(SavedViewStore(*m_window->database()).remove(QStringLiteral("broken")));
    }

private:
    void triggerMenuAction(const QString& text)
    {
        QMenu* menu = nullptr;
        for (QMenu* candidate : m_window->menuBar()->findChildren<QMenu*>()) {
            if (candidate->title() == tr("Saved &Views"))
                menu = candidate;
        }
        QVERIFY(menu);
        emit menu->aboutToShow(); // rebuilds the list, as opening the menu does
        for (QAction* action : menu->actions()) {
            if (action->text() == text) {
                QVERIFY(action->isEnabled());
                action->trigger();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no action \"%1\" in the Saved Views menu").arg(text)));
    }

    QTemporaryDir m_dir;
    QString m_samplePath;
    std::unique_ptr<MainWindow> m_window;
    QString m_answer;
    bool m_confirm = true;
    int m_confirmations = 0;
    QStringList m_errors;
};

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
