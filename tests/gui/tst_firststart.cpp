// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first start on the bundled sample: the window opens with the ghost tokens selected and charted, through the
// same settings path the launcher uses, and a later start keeps the user's own view.
#include "app/defaultworkspace.h"
#include "models/appsettings.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "sampleworkspace.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/tokens/tokenbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTest>

using namespace seance;

class TestFirstStart final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_path, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void firstViewNamesSampleTokens()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        // The window reads it as a ViewState does, all or nothing.
        ViewState state;
        QVERIFY2(state.fromJson(firstStartView(), &error), qPrintable(error));
        const QJsonArray ids = firstStartView().value(QLatin1String("selectedTokens")).toArray();
        QCOMPARE(state.selectedTokens().size(), ids.size());
        QVERIFY(ids.size() >= 2);
        for (const QJsonValue& id : ids)
            QVERIFY2(TokenStore(db).contains(id.toString()), qPrintable(id.toString()));
    }

    void firstStartChartsTheGhostTokens()
    {
        prepareFirstStartView(true);
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_path));
        const QStringList expected = {QStringLiteral("xrpl-ghost-coin"), QStringLiteral("icp-ghost")};
        QCOMPARE(window.viewState()->selectedTokens(), expected);
        QCOMPARE(window.tokenBrowser()->selectedTokenIds().size(), expected.size());
        QTRY_COMPARE(window.chartPane()->visibleSeriesCount(), 2);
        QVERIFY2(window.chartPane()->emptyStateText().isEmpty(), qPrintable(window.chartPane()->emptyStateText()));
    }

    // Only a workspace just made from the sample gets the first view; an existing one keeps the user's view, and
    // a fresh sample does not inherit a view saved for whatever was at that path before.
    void onlyAFreshSampleGetsTheFirstView()
    {
        const QByteArray own = R"({"selectedTokens":["dogecoin-doge"]})";
        AppSettings::setValue(Setting::ViewStateJson, own);
        prepareFirstStartView(false);
        QCOMPARE(AppSettings::value(Setting::ViewStateJson).toByteArray(), own);
        prepareFirstStartView(true);
        const QJsonObject saved = QJsonDocument::fromJson(AppSettings::value(Setting::ViewStateJson).toByteArray()).object();
        QCOMPARE(saved, firstStartView());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
