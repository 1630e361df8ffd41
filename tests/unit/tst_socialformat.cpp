// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Telling an export's format from its content, the names --format takes, and the made-up examples in docs/.
#include "models/io/social/socialformat.h"
#include "models/io/social/socialreader.h"
#include "models/routing/importfile.h"
#include "socialtesting.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace seance::social;
using namespace seance::social::testing;

class TstSocialFormat : public QObject
{
    Q_OBJECT
private slots:
    void detection_data();
    void detection();
    void unknownFileListsWhatWasTried_data();
    void unknownFileListsWhatWasTried();
    void brokenZipIsRefusedWithItsName();
    void importOfBrokenZipSaysOnlyWhyItBroke_data();
    void importOfBrokenZipSaysOnlyWhyItBroke();
    void docsExamples_data();
    void docsExamples();
    void formatNames();
};

void TstSocialFormat::detection_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SocialFormat>("expected");
    QTest::newRow("telegram chat") << fixture(QStringLiteral("telegram-chat.json")) << SocialFormat::Telegram;
    QTest::newRow("telegram account") << fixture(QStringLiteral("telegram-account.json")) << SocialFormat::Telegram;
    QTest::newRow("reddit jsonl") << fixture(QStringLiteral("reddit-mixed.jsonl")) << SocialFormat::Reddit;
    QTest::newRow("reddit zst") << fixture(QStringLiteral("reddit-mixed.jsonl.zst")) << SocialFormat::Reddit;
    QTest::newRow("x tweets.js") << fixture(QStringLiteral("x-archive/data/tweets.js")) << SocialFormat::X;
    QTest::newRow("x folder") << fixture(QStringLiteral("x-archive")) << SocialFormat::X;
    QTest::newRow("x 2019 tweet.js") << fixture(QStringLiteral("x-2019/tweet.js")) << SocialFormat::X;
    QTest::newRow("discord") << fixture(QStringLiteral("discord.json")) << SocialFormat::Discord;
}

void TstSocialFormat::detection()
{
    QFETCH(QString, path);
    QFETCH(SocialFormat, expected);
    // Copied under a name that says nothing, so only the content can tell.
    QTemporaryDir dir;
    QString probe = path;
    if (!QFileInfo(path).isDir()) {
        probe = dir.filePath(QStringLiteral("export.dat"));
        QVERIFY(QFile::copy(path, probe));
    }
    QString error;
    const SocialFormat detected = detectSocialFormat(probe, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(detected, expected);
}

void TstSocialFormat::unknownFileListsWhatWasTried_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a seance posts line") << QByteArray(R"({"time":"2025-10-01T12:00:00Z","token":"x","text":"hi"})");
    QTest::newRow("an empty object") << QByteArray("{}");
    QTest::newRow("plain text") << QByteArray("just some notes\nabout GHOST\n");
    QTest::newRow("an array of numbers") << QByteArray("[1,2,3]");
}

void TstSocialFormat::unknownFileListsWhatWasTried()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mystery.json"));
    QVERIFY(writeFile(path, content));
    QString error;
    detectSocialFormat(path, &error);
    QVERIFY(error.startsWith(QStringLiteral("mystery.json: ")));
    for (SocialFormat format : allSocialFormats())
        QVERIFY2(error.contains(socialFormatTitle(format)), qPrintable(error));
}

void TstSocialFormat::docsExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SocialFormat>("format");
    QTest::addColumn<qint64>("posts");
    QTest::addColumn<qint64>("skipped");
    QTest::newRow("telegram") << QStringLiteral("telegram-result.json") << SocialFormat::Telegram << qint64(5)
                              << qint64(2);
    QTest::newRow("reddit") << QStringLiteral("reddit-comments.jsonl") << SocialFormat::Reddit << qint64(5)
                            << qint64(2);
    QTest::newRow("x") << QStringLiteral("tweets.js") << SocialFormat::X << qint64(4) << qint64(0);
    QTest::newRow("discord") << QStringLiteral("discord.json") << SocialFormat::Discord << qint64(4) << qint64(1);
}

// The made-up examples in docs/examples are detected and read whole.
void TstSocialFormat::docsExamples()
{
    QFETCH(QString, name);
    QFETCH(SocialFormat, format);
    QFETCH(qint64, posts);
    QFETCH(qint64, skipped);
    const QString path = QStringLiteral(SEANCE_DOCS_EXAMPLES_DIR "/") + name;
    QString error;
    QCOMPARE(detectSocialFormat(path, &error), format);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qint64 handed = 0;
    const SocialReadReport report = readSocialFile(path, format, {}, [&](const SocialPost&) {
        ++handed;
        return true;
    });
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.posts, posts);
    QCOMPARE(handed, posts);
    QCOMPARE(report.skippedService + report.skippedDeleted + report.skippedEmpty, skipped);
}

void TstSocialFormat::brokenZipIsRefusedWithItsName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twitter-2024-02-29.zip"));
    QVERIFY(writeFile(path, QByteArray("PK\x03\x04\x14\x00\x00\x00", 8)));
    QString error;
    detectSocialFormat(path, &error);
    // Only a local header: no central directory, as a download cut short leaves it. A whole zip is read
    // (tst_xarchivezip).
    QVERIFY2(error.startsWith(QStringLiteral("twitter-2024-02-29.zip: not a complete zip archive")), qPrintable(error));
}

void TstSocialFormat::importOfBrokenZipSaysOnlyWhyItBroke_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorStart");
    QTest::addColumn<bool>("offersSeanceFormats");
    QTest::newRow("zip cut short") << QStringLiteral("twitter-2024-02-29.zip")
                                   << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8)
                                   << QStringLiteral("twitter-2024-02-29.zip: not a complete zip archive") << false;
    // A whole zip holding one empty notes.txt (stored, as Python's zipfile writes it).
    const QByteArray notesZip = QByteArray::fromHex(
        "504b03041400000000000f67875d000000000000000000000000090000006e6f7465732e747874504b010214031400000000000f67"
        "875d0000000000000000000000000900000000000000000000008001000000006e6f7465732e747874504b05060000000001000100"
        "37000000270000000000");
    QTest::newRow("zip without tweets") << QStringLiteral("photos.zip") << notesZip
                                        << QStringLiteral("photos.zip: no data/tweets.js") << false;
    QTest::newRow("unknown json") << QStringLiteral("mystery.json") << QByteArray("{\"notes\": [1, 2]}")
                                  << QStringLiteral("mystery.json: not an export Seance can read") << true;
    QTest::newRow("empty file") << QStringLiteral("empty.jsonl") << QByteArray()
                                << QStringLiteral("empty.jsonl: the file is empty") << true;
}

// The paragraph about Seance's own formats helps only when the file fit no format at all; after a
// recognised zip broke it would send the user looking in the wrong place.
void TstSocialFormat::importOfBrokenZipSaysOnlyWhyItBroke()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, errorStart);
    QFETCH(bool, offersSeanceFormats);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(writeFile(path, content));
    QString error;
    QVERIFY(!seance::ImportFileKind::detect(path, QStringLiteral("auto"), &error));
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    QCOMPARE(error.contains(QStringLiteral("Nor is it a Seance dataset")), offersSeanceFormats);
    QCOMPARE(error.contains(QLatin1Char('\n')), offersSeanceFormats);
}

void TstSocialFormat::formatNames()
{
    for (SocialFormat format : allSocialFormats())
        QCOMPARE(socialFormatFromName(socialFormatName(format)), std::optional<SocialFormat>(format));
    QCOMPARE(socialFormatFromName(QStringLiteral("Telegram")), std::optional<SocialFormat>(SocialFormat::Telegram));
    QCOMPARE(socialFormatFromName(QStringLiteral("myspace")), std::optional<SocialFormat>());
}

QTEST_GUILESS_MAIN(TstSocialFormat)

#include "tst_socialformat.moc"
