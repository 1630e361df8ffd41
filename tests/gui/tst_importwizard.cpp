// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesskeys.h"
#include "sampleworkspace.h"

#include "models/items/socialpreviewmodel.h"
#include "models/storage/database.h"
#include "models/storage/walcheckpoint.h"
#include "ui/importexport/importdroptarget.h"
#include "ui/importexport/importwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace seance;
using namespace Qt::StringLiterals;

namespace {

const QString telegramExample = QStringLiteral(SEANCE_FIXTURES_DIR "/routing/ic-ghost-army.json");

// The posts per subject id in one of the wizard's count tables.
QMap<QString, qint64> countsIn(const QTableWidget* table)
{
    QMap<QString, qint64> counts;
    for (int row = 0; row < table->rowCount(); ++row)
        counts.insert(table->item(row, 1)->data(Qt::UserRole).toString(),
                      table->item(row, 2)->data(Qt::UserRole).toLongLong());
    return counts;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// Saves the wizard's page as a PNG when SEANCE_WIZARD_PNG_DIR names a folder, for a look at the layout.
void grabPage(QWidget* wizard, const char* row, const char* name)
{
    const QByteArray dir = qgetenv("SEANCE_WIZARD_PNG_DIR");
    if (!dir.isEmpty())
        wizard->grab().save(QString::fromLocal8Bit(dir) + u'/' + QLatin1String(row) + u'-' + QLatin1String(name) +
                            u".png"_s);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_path, &error), qPrintable(error));
        QVERIFY(m_db.open(m_path));
    }
    void cleanup()
    {
        m_db.close();
        waitForBackgroundCheckpoints();
        QFile::remove(m_path);
    }

    void importsAnExportRoutedByMentions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("previewRows");
        QTest::addColumn<QString>("firstRoute");
        QTest::addColumn<QList<int>>("tokenCounts"); // icp-ghost, xrpl-ghost-coin, ethereum-pepe, dogecoin-doge
        QTest::addColumn<int>("inserted");
        // A service message and a sticker without text are skipped; "$GHOST" is decided by the chat's name;
        // PEPE and DOGE in one post: stored once, counted in each.
        QTest::newRow("Telegram") << telegramExample << int(social::SocialFormat::Telegram) << 5
                                  << u"IC GHOST (GHOST)"_s << QList<int>{2, 1, 1, 1} << 4;
        // "[deleted]" is skipped; "$GHOST" in r/CryptoMoonShots names neither GHOST token, so it is credited to
        // none (the sample's "ghost" keyword still brings it to the Summoning ghosts narrative).
        QTest::newRow("Reddit") << QStringLiteral(SEANCE_FIXTURES_DIR "/routing/reddit-comments.ndjson")
                                << int(social::SocialFormat::Reddit) << 4 << u"Pepe (PEPE)"_s << QList<int>{0, 1, 1, 1}
                                << 3;
    }
    void importsAnExportRoutedByMentions()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, previewRows);
        QFETCH(QString, firstRoute);
        QFETCH(QList<int>, tokenCounts);
        QFETCH(int, inserted);
        ImportWizard wizard(m_db, file, social::SocialFormat(format));
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        QVERIFY(wizard.currentPage()->findChild<QLabel*>()->text().startsWith(u"Detected"_s));
        grabPage(&wizard, QTest::currentDataTag(), "1-source");

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto* preview = wizard.currentPage()->findChild<QTableView*>(u"importPreview"_s);
        QVERIFY(preview);
        QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(preview->model()->rowCount(), previewRows);
        QVERIFY(preview->model()
                    ->index(0, SocialPreviewModel::RoutedTo)
                    .data(SocialPreviewModel::RoutedRole)
                    .toStringList()
                    .contains(firstRoute));
        grabPage(&wizard, QTest::currentDataTag(), "2-preview");

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RoutingPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        auto* live = wizard.currentPage()->findChild<QTableWidget*>(u"routingCounts"_s);
        QCOMPARE(countsIn(live).value(u"dogecoin-doge"_s), tokenCounts.at(3));
        grabPage(&wizard, QTest::currentDataTag(), "3-routing");

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        grabPage(&wizard, QTest::currentDataTag(), "4-summary");
        QVERIFY2(wizard.result().ok, qPrintable(wizard.result().error));
        const QMap<QString, qint64> counts =
            countsIn(wizard.currentPage()->findChild<QTableWidget*>(u"importCounts"_s));
        QCOMPARE(counts.value(u"icp-ghost"_s), tokenCounts.at(0));
        QCOMPARE(counts.value(u"xrpl-ghost-coin"_s), tokenCounts.at(1));
        QCOMPARE(counts.value(u"ethereum-pepe"_s), tokenCounts.at(2));
        QCOMPARE(counts.value(u"dogecoin-doge"_s), tokenCounts.at(3));
        QCOMPARE(wizard.result().inserted, inserted);
        QCOMPARE(wizard.result().unmatched, 1);
        QVERIFY(wizard.currentPage()->findChild<QLabel*>(u"importSummary"_s)->text().contains(u"service"_s));

        auto* show = wizard.currentPage()->findChild<QPushButton*>(u"showInChart"_s);
        QVERIFY(show && show->isVisible());
        show->click();
        QCOMPARE(wizard.result().ok, true);
        const auto request = wizard.showRequest();
        QVERIFY(request);
        QVERIFY(request->tokens.contains(u"ethereum-pepe"_s) && request->tokens.contains(u"dogecoin-doge"_s));
        QVERIFY(!request->tokens.contains(u"icp-ghost"_s) || tokenCounts.at(0) > 0);
        QVERIFY(request->range.contains(1'759'309'500'000) && request->range.contains(1'759'312'800'000));
        QVERIFY(!wizard.isVisible());
    }

    void routingChoiceChangesTheLiveCounts()
    {
        ImportWizard wizard(m_db, QStringLiteral(SEANCE_FIXTURES_DIR "/routing/reddit-comments.ndjson"),
                            social::SocialFormat::Reddit);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        auto* keep = wizard.currentPage()->findChild<QAbstractButton*>(u"keepUnmatched"_s);
        keep->click();
        QVERIFY(!wizard.currentPage()->isComplete()); // recounting
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        auto* live = wizard.currentPage()->findChild<QTableWidget*>(u"routingCounts"_s);
        QCOMPARE(countsIn(live).value(u"dogecoin-origin"_s), 2); // the unmatched post kept under the first narrative
        // The ambiguous $GHOST credited to the token the user picks.
        auto* ghost = wizard.currentPage()->findChild<QComboBox*>(u"ambiguity:GHOST"_s);
        QVERIFY(ghost);
        ghost->setCurrentIndex(ghost->findData(u"icp-ghost"_s));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        QCOMPARE(countsIn(live).value(u"icp-ghost"_s), 1);
        QVERIFY(wizard.currentPage()->findChild<QLabel*>(u"routingShares"_s)->text().contains(u"Ambiguous: 0"_s));
    }

    // Nothing would be stored: the routing page says why, for a workspace without subjects and for posts that name
    // none of them.
    void theRoutingPageSaysWhyNothingWouldBeImported()
    {
        Database empty;
        QVERIFY(empty.open(m_dir.filePath(u"empty.seance"_s)));
        // The routing page's summary once its counts are in.
        const auto routingSummary = [](const Database& db, const QString& path) {
            ImportWizard wizard(db, path, social::SocialFormat::Telegram);
            wizard.show();
            for (int page = 0; page < 3; ++page) {
                if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 20000))
                    return u"page %1 never completed"_s.arg(page);
                if (page < 2)
                    wizard.next();
            }
            return wizard.currentPage()->findChild<QLabel*>(u"routingShares"_s)->text();
        };
        const QString onEmpty = routingSummary(empty, telegramExample);
        QVERIFY2(onEmpty.contains(u"has no tokens or narratives"_s), qPrintable(onEmpty));
        {
            // Nor can every post go to a token or narrative, or be kept under one: those choices are off.
            ImportWizard wizard(empty, telegramExample, social::SocialFormat::Telegram);
            const QWizardPage* routing = wizard.page(ImportWizard::RoutingPage);
            QVERIFY(routing);
            for (const char* name : {"routeToTokenMode", "routeToNarrativeMode", "keepUnmatched"}) {
                const auto* choice = routing->findChild<QAbstractButton*>(QLatin1String(name));
                QVERIFY2(choice && !choice->isEnabled(), name);
            }
            ImportWizard onSampleWorkspace(m_db, telegramExample, social::SocialFormat::Telegram);
            for (const char* name : {"routeToTokenMode", "routeToNarrativeMode", "keepUnmatched"})
                QVERIFY2(onSampleWorkspace.page(ImportWizard::RoutingPage)
                             ->findChild<QAbstractButton*>(QLatin1String(name))
                             ->isEnabled(),
                         name);
        }
        const QString onSample = routingSummary(m_db, telegramExample);
        QVERIFY2(onSample.contains(u"posts will be imported"_s) && !onSample.contains(u"names a token"_s) &&
                     !onSample.contains(u"no tokens"_s),
                 qPrintable(onSample)); // this export's posts do name tokens

        const QString cats = m_dir.filePath(u"cats.json"_s);
        QFile file(cats);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Cats", "type": "private_group", "id": 7, "messages": [{"id": 1, "type": "message",
            "date": "2024-03-01T09:00:00", "date_unixtime": "1709283600", "from": "Kiri", "text": "my cat sleeps"}]})");
        file.close();
        const QString namesNothing = routingSummary(m_db, cats);
        QVERIFY2(namesNothing.contains(u"No post names a token or narrative"_s), qPrintable(namesNothing));
        empty.close();
    }

    // Alt plus a letter reaches one control only, in every language: "Every post to the &narrative" once took the
    // N of "&Next >", so Alt+N toggled between the two.
    void accessKeysAreDistinctOnEveryPage_data() { testing::addLanguageRows(); }
    void accessKeysAreDistinctOnEveryPage()
    {
        const testing::RowLanguage language;
        QVERIFY(language.installed());
        ImportWizard wizard(m_db, telegramExample, social::SocialFormat::Telegram);
        wizard.show();
        for (int page = 0; page < 3; ++page) {
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
            const QStringList texts = testing::accessKeyTexts(wizard);
            const QString clash = testing::accessKeyClash(texts);
            QVERIFY2(clash.isEmpty(), qPrintable(wizard.currentPage()->title() + u": "_s + clash));
            QVERIFY(texts.size() > 2); // Back, Next, Cancel at least
            if (page < 2)
                wizard.next(); // not from the routing page: that would import
        }
    }

    void badInputEndsTheWizardAndWritesNothing()
    {
        QFile example(telegramExample);
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QByteArray truncated = example.readAll().left(1200);
        const QString bad = m_dir.filePath(u"truncated.json"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(truncated);
        out.close();
        m_db.close();
        waitForBackgroundCheckpoints();
        const QByteArray before = fileHash(m_path);
        QVERIFY(m_db.open(m_path));
        {
            ImportWizard wizard(m_db, bad, social::SocialFormat::Telegram);
            wizard.show();
            QLabel* error = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((error = wizard.currentPage()->findChild<QLabel*>(u"importError"_s)), 20000);
            QVERIFY2(error->text().contains(u"truncated.json"_s), qPrintable(error->text()));
            QVERIFY(!wizard.currentPage()->isComplete());
            QVERIFY(!wizard.imported());
            grabPage(&wizard, "bad", "error");
        }
        QCOMPARE(fileHash(m_path), before);
    }

    void droppingOneFileOnTheWindowImportsIt_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::addColumn<QString>("imported");
        const QUrl example = QUrl::fromLocalFile(telegramExample);
        QTest::newRow("one file") << QList<QUrl>{example} << telegramExample;
        QTest::newRow("two files") << QList<QUrl>{example, example} << QString();
        QTest::newRow("a web address") << QList<QUrl>{QUrl(u"https://example.org/result.json"_s)} << QString();
    }
    void droppingOneFileOnTheWindowImportsIt()
    {
        QFETCH(QList<QUrl>, urls);
        QFETCH(QString, imported);
        QWidget window;
        QString dropped;
        new ImportDropTarget(&window, [&dropped](const QString& path) { dropped = path; });
        QVERIFY(window.acceptDrops());
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&window, &enter);
        QCOMPARE(enter.isAccepted(), !imported.isEmpty());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCoreApplication::processEvents();
        QTRY_COMPARE(dropped, imported);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
