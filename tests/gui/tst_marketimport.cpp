// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import… with a CoinGecko download: the user picks the token (the file name's suggestion comes first), the
// prices land on that token, and a cancelled pick writes nothing. A generic series CSV (LunarCrush, Santiment) takes
// the same path: the user picks the token, and a bad cell names its line and column and writes nothing.
#include "models/storage/database.h"
#include "models/storage/seriesstore.h"
#include "sampleworkspace.h"
#include "ui/common/dialogseam.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QMenuBar>
#include <QTest>

using namespace seance;
using namespace seance::testing;

class TestMarketImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(prepareSampleWorkspace(m_dir, &m_path, &error), qPrintable(error));
        m_file = m_dir.filePath(QStringLiteral("pepe-usd-max.csv"));
        QVERIFY(QFile::copy(QStringLiteral(SEANCE_FIXTURES_DIR "/series/ghost-usd-max.csv"), m_file));
    }

    void theUserPicksTheToken_data()
    {
        QTest::addColumn<QString>("pick"); // empty: cancel
        QTest::newRow("another token than the suggestion") << QStringLiteral("icp-ghost");
        QTest::newRow("cancelled") << QString();
    }
    void theUserPicksTheToken()
    {
        QFETCH(QString, pick);
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        QStringList offered;
        QString label;
        QString information;
        DialogSeam seam = DialogSeam::standard();
        seam.openFileName = [this](QWidget*, const QString&, const QString&, const QString&) { return m_file; };
        seam.chooseItem = [&](QWidget*, const QString&, const QString& text, const QStringList& items) {
            offered = items;
            label = text;
            for (const QString& item : items) {
                if (!pick.isEmpty() && item.endsWith(QStringLiteral(" — ") + pick))
                    return item;
            }
            return QString();
        };
        seam.showInformation = [&](QWidget*, const QString&, const QString& text) { information = text; };
        seam.showError = [](QWidget*, const QString&, const QString& text) { QFAIL(qPrintable(text)); };
        window.setDialogSeam(seam);
        QAction* import = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Import…"))
                import = action;
        }
        QVERIFY(import);
        const QList<SeriesRecord> before = SeriesStore(*window.database()).all();
        import->trigger();
        QVERIFY2(label.contains(QStringLiteral("CoinGecko")), qPrintable(label));
        QVERIFY2(offered.constFirst().endsWith(QStringLiteral(" — ethereum-pepe")), qPrintable(offered.join(u'|')));
        QCOMPARE(offered.size(), 7);
        const std::optional<SeriesRecord> price =
            SeriesStore(*window.database()).find(QStringLiteral("icp-ghost-price-usd"));
        if (pick.isEmpty()) {
            QCOMPARE(SeriesStore(*window.database()).all(), before);
            QVERIFY(information.isEmpty());
            return;
        }
        QVERIFY(price);
        QCOMPARE(price->source, QStringLiteral("CoinGecko"));
        QCOMPARE(price->unit, QStringLiteral("USD"));
        QVERIFY2(information.contains(QStringLiteral("icp-ghost")), qPrintable(information));
        // The suggested token keeps its own (sample) prices: the file name decided nothing.
        QCOMPARE(SeriesStore(*window.database()).find(QStringLiteral("ethereum-pepe-price-usd"))->source,
                 QStringLiteral("sample data"));
    }

    // The generic series CSV through File › Import…: offered as a series CSV, never as posts; the file name
    // ("ghost") decides nothing.
    void genericSeriesCsvThroughTheWindow_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("pick");  // empty: cancel
        QTest::addColumn<QString>("error"); // expected in the error message; empty: a success
        QTest::addColumn<QStringList>("series");
        QTest::addColumn<int>("points");
        // lunarcrush-ghost.csv: 3 rows, 5 value columns, one empty cell (galaxy_score on line 3): 14 points.
        QTest::newRow("LunarCrush-style, picked token")
            << QStringLiteral("lunarcrush-ghost.csv") << QStringLiteral("xrpl-ghost-coin") << QString()
            << QStringList{QStringLiteral("xrpl-ghost-coin-alt_rank"), QStringLiteral("xrpl-ghost-coin-close"),
                           QStringLiteral("xrpl-ghost-coin-galaxy_score"), QStringLiteral("xrpl-ghost-coin-open"),
                           QStringLiteral("xrpl-ghost-coin-social_volume")}
            << 14;
        // santiment-ghost.csv: a byte-order mark, quoted cells, one value column of 3 points.
        QTest::newRow("Santiment-style, picked token")
            << QStringLiteral("santiment-ghost.csv") << QStringLiteral("icp-ghost") << QString()
            << QStringList{QStringLiteral("icp-ghost-value")} << 3;
        QTest::newRow("cancelled") << QStringLiteral("lunarcrush-ghost.csv") << QString() << QString() << QStringList()
                                   << 0;
        QTest::newRow("not a number on line 3")
            << QStringLiteral("series-bad-value.csv") << QStringLiteral("icp-ghost")
            << QStringLiteral("series-bad-value.csv:3: column \"galaxy_score\": not a number") << QStringList() << 0;
    }
    void genericSeriesCsvThroughTheWindow()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, pick);
        QFETCH(QString, error);
        QFETCH(QStringList, series);
        QFETCH(int, points);
        QTemporaryDir dir;
        QString path;
        QString prepareError;
        QVERIFY2(prepareSampleWorkspace(dir, &path, &prepareError), qPrintable(prepareError));
        const QString file = dir.filePath(fixture);
        QVERIFY(QFile::copy(QStringLiteral(SEANCE_FIXTURES_DIR "/series/") + fixture, file));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QString label;
        QStringList offered;
        QString information;
        QString shownError;
        DialogSeam seam = DialogSeam::standard();
        seam.openFileName = [&file](QWidget*, const QString&, const QString&, const QString&) { return file; };
        seam.chooseItem = [&](QWidget*, const QString&, const QString& text, const QStringList& items) {
            label = text;
            offered = items;
            for (const QString& item : items) {
                if (!pick.isEmpty() && item.endsWith(QStringLiteral(" — ") + pick))
                    return item;
            }
            return QString();
        };
        seam.showInformation = [&](QWidget*, const QString&, const QString& text) { information = text; };
        seam.showError = [&](QWidget*, const QString&, const QString& text) { shownError = text; };
        window.setDialogSeam(seam);
        QAction* import = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Import…"))
                import = action;
        }
        QVERIFY(import);
        const QList<SeriesRecord> before = SeriesStore(*window.database()).all();
        import->trigger();
        QVERIFY2(label.contains(QStringLiteral("series CSV")), qPrintable(label));
        QCOMPARE(offered.size(), 7); // every sample token, for the user to pick from
        const QList<SeriesRecord> after = SeriesStore(*window.database()).all();
        if (!error.isEmpty() || pick.isEmpty()) {
            QCOMPARE(after, before); // all or nothing
            QVERIFY(information.isEmpty());
            QVERIFY2(shownError.contains(error), qPrintable(shownError));
            QVERIFY(error.isEmpty() || shownError.contains(QStringLiteral("unchanged")));
            return;
        }
        QVERIFY2(shownError.isEmpty(), qPrintable(shownError));
        QCOMPARE(after.size(), before.size() + series.size());
        int added = 0;
        for (const QString& id : series) {
            const std::optional<SeriesRecord> record = SeriesStore(*window.database()).find(id);
            QVERIFY2(record, qPrintable(id));
            QCOMPARE(record->tokenId, pick);
            added += int(record->points.size());
        }
        QCOMPARE(added, points);
        QVERIFY2(information.contains(pick), qPrintable(information));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_file;
};

QTEST_MAIN(TestMarketImport)
#include "tst_marketimport.moc"
