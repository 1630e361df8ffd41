// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The lead/lag panel: follows the selected token, draws a bar per lag, shows n and its warnings, never "predicts".
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/market/leadlagpane.h"

#include <QLabel>
#include <QTest>

using namespace seance;
using namespace seance::testing;

class TestLeadLagPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(prepareSampleWorkspace(m_dir, &m_path, &error), qPrintable(error));
    }

    void followsTheSelection_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<bool>("bars");
        QTest::addColumn<QString>("text");
        QTest::newRow("a live sample token") << QStringList{QStringLiteral("xrpl-ghost-coin")} << true
                                             << QStringLiteral("A correlation, not a forecast");
        QTest::newRow("two tokens") << QStringList{QStringLiteral("xrpl-ghost-coin"), QStringLiteral("icp-ghost")}
                                    << false << QStringLiteral("Select one token");
        QTest::newRow("a token without a price")
            << QStringList{QStringLiteral("ghostai-hypothetical")} << false << QStringLiteral("has no price series");
        QTest::newRow("nothing selected") << QStringList{} << false << QStringLiteral("Select one token");
    }
    void followsTheSelection()
    {
        QFETCH(QStringList, tokens);
        QFETCH(bool, bars);
        QFETCH(QString, text);
        ViewState state;
        LeadLagPane pane(&state, [this] { return m_path; });
        pane.resize(420, 260);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        state.setSelectedTokens(tokens);
        const QString heading = pane.findChildren<QLabel*>().constFirst()->text();
        QVERIFY2(heading.contains(text), qPrintable(heading));
        QVERIFY(!heading.contains(QStringLiteral("predict"), Qt::CaseInsensitive));
        QCOMPARE(pane.result().lags.size(), bars ? 2 * leadLagMaxDays + 1 : 0);
        if (!bars)
            return;
        QVERIFY(heading.contains(QStringLiteral("n = ")));
        int drawn = 0;
        for (int lag = -leadLagMaxDays; lag <= leadLagMaxDays; ++lag)
            drawn += pane.barRect(lag).isEmpty() ? 0 : 1;
        QCOMPARE(drawn, 2 * leadLagMaxDays + 1);
        // The sample's 91 days give every lag more than 30 pairs and a full overlap: no warning.
        QCOMPARE(pane.warningText(), QString());
        QVERIFY(pane.grab().save(m_dir.filePath(QStringLiteral("leadlag.png"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestLeadLagPane)
#include "tst_leadlagpane.moc"
