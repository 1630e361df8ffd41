// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Event Impact's "Measure on": the user switches the real combo box to the selected tokens, and Ghost Coin gets a
// row for Karpathy's thread; the chosen-tokens menu and the way back to the narratives.
#include "samplewindow.h"

#include "models/items/eventimpactmodel.h"
#include "models/viewstate.h"
#include "ui/impact/impactpane.h"

#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace seance;
using namespace seance::testing;

namespace {

const QString karpathy = QStringLiteral("karpathy-thread-2025-10-01");
const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");

// The subjects shown for an event, as the table's rows show them (after sorting).
QStringList subjectsOf(const ImpactPane* pane, const QString& eventId)
{
    const QAbstractItemModel* model = pane->tableView()->model();
    QStringList subjects;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventImpactModel::EventIdRole).toString() == eventId)
            subjects.append(model->index(row, EventImpactModel::NarrativeColumn).data().toString());
    }
    return subjects;
}

void chooseMeasure(ImpactPane* pane, const char* name)
{
    QComboBox* combo = pane->measureComboBox();
    const int index = combo->findData(QString::fromLatin1(name));
    QVERIFY(index >= 0);
    combo->setFocus();
    // Through the keyboard, as a user without a mouse would: Home, then Down to the wanted entry.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

} // namespace

class TestImpactMeasure : public QObject
{
    Q_OBJECT
private slots:
    void selectedTokensGiveARowPerEventAndToken()
    {
        auto window = openSampleWindow(m_dir);
        QVERIFY(window);
        ImpactPane* pane = window->impactPane();
        QCOMPARE(pane->measure(), ImpactMeasure::EventNarrative);
        QVERIFY(!subjectsOf(pane, karpathy).isEmpty());
        QVERIFY(!subjectsOf(pane, karpathy).join(u' ').contains(u"Ghost Coin")); // the narrative's own posts
        const int events = pane->model()->rowCount();                            // one row per event
        QVERIFY(events > 1);

        window->viewState()->setSelectedTokens({ghostCoin, QStringLiteral("icp-ghost")});
        QSignalSpy loaded(pane, &ImpactPane::tokenRowsLoaded);
        chooseMeasure(pane, "selected");
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(pane->model()->headerData(EventImpactModel::NarrativeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Token"));
        const QStringList subjects = subjectsOf(pane, karpathy);
        QCOMPARE(subjects.size(), 2);
        QVERIFY2(subjects.join(u'|').contains(u"Ghost Coin"), qPrintable(subjects.join(u'|')));
        // Every event has one row per selected token.
        QCOMPARE(pane->tableView()->model()->rowCount(), 2 * events);

        // Ghost Coin's row measures Ghost Coin's posts: it has posts around the thread, before and after.
        const QList<EventImpactRow>& rows = pane->model()->rows();
        const auto ghostRow = std::find_if(rows.cbegin(), rows.cend(), [](const EventImpactRow& row) {
            return row.event.id == karpathy && row.subjectId == ghostCoin;
        });
        QVERIFY(ghostRow != rows.cend());
        QVERIFY(ghostRow->impact.volumeAfter > 0);
        QVERIFY(ghostRow->impact.change.has_value());

        // SEANCE_SCREENSHOT_DIR=… keeps a picture of the window for a person to look at.
        if (const QString dir = qEnvironmentVariable("SEANCE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            auto* dock = qobject_cast<QDockWidget*>(pane->parentWidget());
            QVERIFY(dock);
            dock->raise();
            window->resizeDocks({dock}, {380}, Qt::Vertical);
            pane->tableView()->sortByColumn(EventImpactModel::DateColumn, Qt::DescendingOrder);
            QTest::qWait(300);
            QVERIFY(window->grab().save(dir + QStringLiteral("/impact-measure-on.png")));
            pane->tableView()->sortByColumn(EventImpactModel::DateColumn, Qt::AscendingOrder);
        }

        // The selection changes: the rows follow it.
        window->viewState()->setSelectedTokens({ghostCoin});
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(subjectsOf(pane, karpathy).size(), 1);

        // And back to the narratives.
        chooseMeasure(pane, "narrative");
        QCOMPARE(pane->model()->headerData(EventImpactModel::NarrativeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Narrative"));
        QCOMPARE(subjectsOf(pane, karpathy).size(), 1);
        QVERIFY(!subjectsOf(pane, karpathy).constFirst().contains(u"Ghost Coin"));
    }

    void chosenTokensFromTheMenu()
    {
        auto window = openSampleWindow(m_dir);
        QVERIFY(window);
        ImpactPane* pane = window->impactPane();
        QVERIFY(!pane->tokensButton()->isVisibleTo(pane));
        chooseMeasure(pane, "chosen");
        QVERIFY(pane->tokensButton()->isVisibleTo(pane));
        QCOMPARE(pane->model()->rowCount(), 0); // nothing chosen yet: the hint says how
        QSignalSpy loaded(pane, &ImpactPane::tokenRowsLoaded);
        const QList<QAction*> actions = pane->tokensButton()->menu()->actions();
        const auto pepe = std::find_if(actions.cbegin(), actions.cend(), [](const QAction* a) {
            return a->data().toString() == QLatin1String("ethereum-pepe");
        });
        QVERIFY(pepe != actions.cend());
        (*pepe)->trigger();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(pane->chosenTokens(), QStringList{QStringLiteral("ethereum-pepe")});
        QCOMPARE(pane->tokensButton()->text(), QStringLiteral("Tokens: 1"));
        if (const QString dir = qEnvironmentVariable("SEANCE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(pane->grab().save(dir + QStringLiteral("/impact-chosen-tokens.png")));
        QCOMPARE(subjectsOf(pane, karpathy).size(), 1);
        QVERIFY(subjectsOf(pane, karpathy).constFirst().contains(u"Pepe"));
        // The selection does not matter in this mode.
        window->viewState()->setSelectedTokens({ghostCoin});
        QTest::qWait(100);
        QVERIFY(subjectsOf(pane, karpathy).constFirst().contains(u"Pepe"));
    }

    void theChoiceIsRemembered()
    {
        {
            auto window = openSampleWindow(m_dir);
            QVERIFY(window);
            chooseMeasure(window->impactPane(), "selected");
        }
        // openSampleWindow clears the settings, so read the pane of a window made without clearing them.
        MainWindow again;
        QCOMPARE(again.impactPane()->measure(), ImpactMeasure::SelectedTokens);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImpactMeasure)
#include "tst_impactmeasure.moc"
