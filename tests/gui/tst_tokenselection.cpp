// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A filter hides rows, never selected tokens: with any of the search, chain, status and tag filters hiding a
// selected token, the ViewState, the chart and the posts list keep both tokens, and the pane says so.
#include "models/items/postlistmodel.h"
#include "models/items/tokentablemodel.h"
#include "models/viewstate.h"
#include "samplewindow.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/posts/postspane.h"
#include "ui/tokens/tokenbrowser.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace seance;

namespace {

const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");
const QString doge = QStringLiteral("dogecoin-doge");

QModelIndex rowOf(TokenBrowser* browser, const QString& id)
{
    const QAbstractItemModel* model = browser->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TokenTableModel::NameColumn);
        if (index.data(TokenTableModel::TokenIdRole).toString() == id)
            return index;
    }
    return {};
}

// What a Ctrl+click on the row does.
void toggleRow(TokenBrowser* browser, const QString& id)
{
    const QModelIndex index = rowOf(browser, id);
    QVERIFY2(index.isValid(), qPrintable(id));
    browser->tableView()->selectionModel()->select(index, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
}

QSet<QString> asSet(const QStringList& ids)
{
    return QSet<QString>(ids.begin(), ids.end());
}

} // namespace

class TestTokenSelection final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_window = testing::openSampleWindow(m_dir);
        QVERIFY(m_window);
    }
    void cleanup() { m_window.reset(); }

    void filterKeepsHiddenSelection_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("value");
        QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("doge");
        QTest::newRow("chain") << QStringLiteral("chain") << QStringLiteral("dogecoin");
        QTest::newRow("tag") << QStringLiteral("tag") << QStringLiteral("dog");
        QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("hypothetical");
    }

    void filterKeepsHiddenSelection()
    {
        QFETCH(QString, filter);
        QFETCH(QString, value);
        TokenBrowser* browser = m_window->tokenBrowser();
        ViewState* state = m_window->viewState();
        browser->tableView()->selectionModel()->clearSelection();
        toggleRow(browser, ghostCoin);
        toggleRow(browser, doge);
        QCOMPARE(state->selectedTokens(), QStringList({ghostCoin, doge}));
        QTRY_COMPARE(m_window->chartPane()->visibleSeriesCount(), 2);

        if (filter == QLatin1String("search")) {
            browser->searchField()->setText(value);
        } else {
            const QString name = filter + QStringLiteral("Filter");
            auto* combo = browser->findChild<QComboBox*>(name);
            QVERIFY2(combo, qPrintable(name));
            combo->setCurrentIndex(combo->findData(value));
            QVERIFY(combo->currentIndex() > 0);
        }
        const int hidden = filter == QLatin1String("status") ? 2 : 1; // "hypothetical" hides both
        QCOMPARE(browser->hiddenSelectedCount(), hidden);
        // The selection is kept everywhere and the pane says so.
        QCOMPARE(state->selectedTokens(), QStringList({ghostCoin, doge}));
        QCOMPARE(browser->selectedTokenIds(), QStringList({ghostCoin, doge}));
        QVERIFY2(browser->summaryText().contains(TokenBrowser::selectionSummary(2, hidden)),
                 qPrintable(browser->summaryText()));
        QTRY_COMPARE(m_window->chartPane()->visibleSeriesCount(), 2);
        QCOMPARE(asSet(m_window->postsPane()->model()->filter().tokenIds), asSet(state->selectedTokens()));

        // Clearing the filter shows the hidden row selected again, and the summary drops the "hidden".
        if (filter == QLatin1String("search"))
            browser->searchField()->clear();
        else
            browser->findChild<QComboBox*>(filter + QStringLiteral("Filter"))->setCurrentIndex(0);
        QCOMPARE(browser->hiddenSelectedCount(), 0);
        QCOMPARE(browser->tableView()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(state->selectedTokens(), QStringList({ghostCoin, doge}));
    }

    void userChangesKeepHiddenTokens()
    {
        TokenBrowser* browser = m_window->tokenBrowser();
        ViewState* state = m_window->viewState();
        browser->tableView()->selectionModel()->clearSelection();
        toggleRow(browser, ghostCoin);
        toggleRow(browser, doge);
        browser->searchField()->setText(QStringLiteral("ghost"));
        // Deselecting a shown row takes only that one out; selecting another adds it after the kept ones.
        toggleRow(browser, ghostCoin);
        QCOMPARE(state->selectedTokens(), QStringList({doge}));
        toggleRow(browser, QStringLiteral("icp-ghost"));
        QCOMPARE(state->selectedTokens(), QStringList({doge, QStringLiteral("icp-ghost")}));
        QTRY_COMPARE(m_window->chartPane()->visibleSeriesCount(), 2);
        QCOMPARE(asSet(m_window->postsPane()->model()->filter().tokenIds), asSet(state->selectedTokens()));
    }

    void summaryLinks()
    {
        TokenBrowser* browser = m_window->tokenBrowser();
        ViewState* state = m_window->viewState();
        browser->tableView()->selectionModel()->clearSelection();
        toggleRow(browser, ghostCoin);
        toggleRow(browser, doge);
        browser->searchField()->setText(QStringLiteral("ghost"));
        auto* summary = browser->findChild<QLabel*>(QStringLiteral("tokenSelectionSummary"));
        QVERIFY(summary);
        emit summary->linkActivated(QStringLiteral("deselect"));
        QCOMPARE(state->selectedTokens(), QStringList({ghostCoin}));
        QCOMPARE(browser->hiddenSelectedCount(), 0);

        toggleRow(browser, QStringLiteral("icp-ghost"));
        browser->searchField()->setText(QStringLiteral("xrpl"));
        QCOMPARE(browser->hiddenSelectedCount(), 1);
        emit summary->linkActivated(QStringLiteral("show"));
        QVERIFY(browser->searchField()->text().isEmpty());
        QCOMPARE(browser->hiddenSelectedCount(), 0);
        QCOMPARE(state->selectedTokens(), QStringList({ghostCoin, QStringLiteral("icp-ghost")}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTokenSelection)
#include "tst_tokenselection.moc"
