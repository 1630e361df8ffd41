// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A token keeps one colour whatever else is selected, on screen, in exports and in Compare Narratives, and the
// colour the user chooses for it reaches all three and is kept in the settings. Colours are found on pixels.
#include "models/appsettings.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "samplewindow.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/theme/theme.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>

using namespace seance;
using seance::testing::pixelsNear;

namespace {

const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");
const QString icGhost = QStringLiteral("icp-ghost");


} // namespace

class TestTokenColors final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_path, &error), qPrintable(error));
        Database db;
        QVERIFY(db.open(m_path, &error));
        for (const TokenRecord& token : TokenStore(db).all())
            m_allTokens << token.id;
    }

    void init() { QSettings().clear(); }

    void slotsDependOnlyOnTheIds_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("slotCount");
        for (const int tokens : {1, 2, 5, 8, 12})
            QTest::addRow("%d tokens, 8 colours", tokens) << tokens << 8;
    }

    void slotsDependOnlyOnTheIds()
    {
        QFETCH(int, tokens);
        QFETCH(int, slotCount);
        QStringList ids;
        for (int i = 0; i < tokens; ++i)
            ids << QStringLiteral("token-%1").arg(QRandomGenerator::global()->bounded(1000000));
        ids.removeDuplicates();
        const QHash<QString, int> slotOf = tokenColorSlots(ids, slotCount);
        QStringList reversed = ids;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(tokenColorSlots(reversed, slotCount), slotOf);
        QCOMPARE(slotOf.size(), ids.size());
        // No two tokens share a slot while there are enough.
        QSet<int> used;
        for (const int slot : slotOf)
            used.insert(slot);
        QCOMPARE(used.size(), std::min<qsizetype>(ids.size(), slotCount));
    }

    void aTokenKeepsItsColourOnScreen_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::newRow("alone") << QStringList{icGhost};
        QTest::newRow("second") << QStringList{ghostCoin, icGhost};
        QTest::newRow("first") << QStringList{icGhost, ghostCoin};
        QTest::newRow("third of three") << QStringList{QStringLiteral("dogecoin-doge"), ghostCoin, icGhost};
    }

    void aTokenKeepsItsColourOnScreen()
    {
        QFETCH(QStringList, selection);
        const QColor expected = ChartPalette::dark().tokenColor(icGhost, m_allTokens);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(m_path));
        window.setTheme(Theme::Dark);
        window.viewState()->setSelectedTokens(selection);
        QTRY_COMPARE(window.chartPane()->visibleSeriesCount(), selection.size());
        QTRY_VERIFY(!window.chartPane()->isLoading());
        const QImage screen = window.chartPane()->chartViewport()->grab().toImage();
        QVERIFY2(pixelsNear(screen, expected) > 40, qPrintable(expected.name()));
        QCOMPARE(exported(selection, ChartPalette::dark()).isNull(), false);
        QVERIFY2(pixelsNear(exported(selection, ChartPalette::dark()), expected) > 40, qPrintable(expected.name()));
    }

    void theUsersColourReachesEveryView()
    {
        const QColor chosen(0xff, 0x00, 0xcc);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(m_path));
        window.viewState()->setSelectedTokens({ghostCoin, icGhost});
        QTRY_COMPARE(window.chartPane()->visibleSeriesCount(), 2);
        QTRY_VERIFY(!window.chartPane()->isLoading());
        QCOMPARE(pixelsNear(window.chartPane()->chartViewport()->grab().toImage(), chosen), 0);

        TokenColors::instance().setUserColor(icGhost, chosen);
        QVERIFY(pixelsNear(window.chartPane()->chartViewport()->grab().toImage(), chosen) > 40);
        QVERIFY(pixelsNear(exported({icGhost}, ChartPalette::light()), chosen) > 40);
        QCOMPARE(AppSettings::value(Setting::TokenColors).toMap().value(icGhost).toString(), chosen.name());

        TokenColors::instance().setUserColor(icGhost, QColor());
        QCOMPARE(pixelsNear(window.chartPane()->chartViewport()->grab().toImage(), chosen), 0);
        QVERIFY(!AppSettings::value(Setting::TokenColors).toMap().contains(icGhost));
    }

private:
    QImage exported(const QStringList& tokens, const ChartPalette& palette)
    {
        ChartExportSpec spec;
        spec.databasePath = m_path;
        spec.tokenIds = tokens;
        spec.palette = palette;
        spec.size = QSize(960, 540);
        spec.showEvents = false;
        ChartExportRenderer renderer;
        QString error;
        if (!renderer.load(spec, &error)) {
            qWarning("%s", qPrintable(error));
            return QImage();
        }
        QImage image(spec.size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.paint(&painter, QRectF(QPointF(), QSizeF(spec.size)));
        return image;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_allTokens;
};

QTEST_MAIN(TestTokenColors)
#include "tst_tokencolors.moc"
