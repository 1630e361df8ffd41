// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import… with a CoinGecko download: the user picks the token (the file name's suggestion comes first), the
// prices land on that token, and a cancelled pick writes nothing.
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

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_file;
};

QTEST_MAIN(TestMarketImport)
#include "tst_marketimport.moc"
