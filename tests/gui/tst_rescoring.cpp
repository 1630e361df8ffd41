// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Extra Lexicon…, Remove Extra Lexicon and Rescore All Posts through the real main window.
#include "models/appsettings.h"
#include "models/storage/database.h"
#include "sampleworkspace.h"
#include "tokendialogseam.h"
#include "ui/common/dialogseam.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

class TestRescoring : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        AppSettings::setValue(Setting::ExtraLexiconPath, QString());
        // Each test rewrites scores, so each gets its own copy of the sample.
        m_workspace = m_dir.filePath(QStringLiteral("%1.seance").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_workspace);
        QVERIFY(QFile::copy(m_samplePath, m_workspace));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_workspace));
        m_errors.clear();
        m_information.clear();
        DialogSeam seam = DialogSeam::standard();
        seam.openFileName = [this](QWidget*, const QString&, const QString&, const QString&) { return m_chosenFile; };
        seam.confirm = [](QWidget*, const QString&, const QString&) { return true; };
        seam.showError = [this](QWidget*, const QString&, const QString& text) { m_errors << text; };
        seam.showInformation = [this](QWidget*, const QString&, const QString& text) { m_information << text; };
        m_window->setDialogSeam(seam);
    }

    void cleanup()
    {
        m_window.reset();
        AppSettings::setValue(Setting::ExtraLexiconPath, QString());
    }

    // Runs first whatever its place: the scored sample that each test copies.
    void initTestCase()
    {
        QString error;
        QVERIFY2(testing::prepareSampleWorkspace(m_dir, &m_samplePath, &error), qPrintable(error));
    }

    // An extra lexicon that turns "bullish" negative rescores the stored posts; removing it restores them.
    void extraLexiconRescoresStoredPosts()
    {
        const std::optional<std::pair<qint64, double>> bullish = firstPost("%bullish%");
        QVERIFY2(bullish && bullish->second > 0.05, "the sample has a positive post saying bullish");
        m_chosenFile = writeLexicon(QStringLiteral("bearish-bulls.tsv"), "bullish\t-5\n");

        m_window->chooseExtraLexicon();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(AppSettings::value(Setting::ExtraLexiconPath).toString(), m_chosenFile);
        QCOMPARE(m_information.size(), 1);
        QVERIFY2(m_information.first().contains(QStringLiteral("changed")), qPrintable(m_information.first()));
        QVERIFY2(scoreOf(bullish->first) < 0, qPrintable(QString::number(scoreOf(bullish->first))));

        m_window->removeExtraLexicon();
        QVERIFY(AppSettings::value(Setting::ExtraLexiconPath).toString().isEmpty());
        QCOMPARE(scoreOf(bullish->first), bullish->second);
    }

    // A file that is not a lexicon is refused with its line, and nothing changes.
    void badLexiconIsRefused()
    {
        const std::optional<std::pair<qint64, double>> bullish = firstPost("%bullish%");
        QVERIFY(bullish);
        m_chosenFile = writeLexicon(QStringLiteral("broken.tsv"), "good\t2\nbullish\tvery\n");
        m_window->chooseExtraLexicon();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QStringLiteral("broken.tsv:2")), qPrintable(m_errors.first()));
        QVERIFY(AppSettings::value(Setting::ExtraLexiconPath).toString().isEmpty());
        QVERIFY(m_information.isEmpty());
        QCOMPARE(scoreOf(bullish->first), bullish->second);
    }

    // Renaming a token changes what is masked; the status bar says how to apply that to the stored posts.
    void renameSuggestsRescoring()
    {
        m_window->setDialogSeam(
            testing::acceptingTokenDialogs([](TokenRecord& record) { record.aliases << QStringLiteral("frog coin"); }));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Rescore")));
        m_window->editTokenById(QStringLiteral("ethereum-pepe"));
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Rescore All Posts")),
                     qPrintable(m_window->statusBar()->currentMessage()));
    }

private:
    QString writeLexicon(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

    std::optional<std::pair<qint64, double>> firstPost(const char* pattern) const
    {
        QSqlQuery query(m_window->database()->connection());
        query.prepare(QStringLiteral("SELECT id, compound FROM posts WHERE lower(text) LIKE ? AND compound > 0.05 "
                                     "ORDER BY id LIMIT 1"));
        query.addBindValue(QString::fromLatin1(pattern));
        if (!query.exec() || !query.next())
            return std::nullopt;
        return std::pair{query.value(0).toLongLong(), query.value(1).toDouble()};
    }

    double scoreOf(qint64 postId) const
    {
        QSqlQuery query(m_window->database()->connection());
        query.prepare(QStringLiteral("SELECT compound FROM posts WHERE id = ?"));
        query.addBindValue(postId);
        return query.exec() && query.next() ? query.value(0).toDouble() : qQNaN();
    }

    QTemporaryDir m_dir;
    QString m_samplePath;
    QString m_workspace;
    QString m_chosenFile;
    QStringList m_errors;
    QStringList m_information;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRescoring)
#include "tst_rescoring.moc"
