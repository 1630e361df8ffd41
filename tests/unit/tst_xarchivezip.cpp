// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An X archive read from its .zip, as X sends it. The zips are written here, at test time, from the unpacked
// fixture folder (tests/fixtures/social/x-archive) with libzip, so the repository stays text-only; the posts
// read from each must be the folder's golden file, line for line. Bad zips end with an error naming the file.
#include "models/io/social/socialformat.h"
#include "models/io/social/socialreader.h"
#include "models/io/text/isotime.h"
#include "socialtesting.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace seance;
using namespace seance::social;
using namespace seance::social::testing;

namespace {

// Writes a zip holding the given files of the fixture folder under their paths, each with `prefix` in front.
bool writeZip(const QString& zipPath, const QString& prefix, const QStringList& fixtureFiles)
{
    int code = 0;
    zip_t* zip = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    bool ok = true;
    for (const QString& file : fixtureFiles) {
        const QString source = fixture(QStringLiteral("x-archive/") + file);
        zip_source_t* data = zip_source_file(zip, QFile::encodeName(source).constData(), 0, -1);
        const QByteArray name = (prefix + file).toUtf8();
        if (!data || zip_file_add(zip, name.constData(), data, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(data);
            ok = false;
        }
    }
    return zip_close(zip) == 0 && ok;
}

const QStringList wholeArchive = {QStringLiteral("data/account.js"), QStringLiteral("data/tweets-part1.js"),
                                  QStringLiteral("data/tweets.js")};

// The same lines as tst_socialreaders' golden files: the report, then one post a line.
QString readAsText(const QString& path, SocialReadReport* report)
{
    QStringList lines;
    *report = readSocialFile(path, SocialFormat::X, {}, [&](const SocialPost& post) {
        lines << QStringList{QString::fromStdString(post.id),
                             QString::fromStdString(formatIsoTime(post.postedAtMs)),
                             QString::fromStdString(post.author),
                             QString::number(post.engagement),
                             QString::fromStdString(post.source),
                             QString::fromStdString(post.lang),
                             QString::fromStdString(post.text)}
                     .join(QLatin1Char('\t'));
        return true;
    });
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// The post lines of the folder's golden file (its first three lines are the report).
QString expectedPosts()
{
    const QStringList lines = QString::fromUtf8(readFile(fixture(QStringLiteral("x-archive.expected"))))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(3).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TstXArchiveZip : public QObject
{
    Q_OBJECT
private slots:
    void readsTheZip_data();
    void readsTheZip();
    void badZip_data();
    void badZip();
};

void TstXArchiveZip::readsTheZip_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("author");
    QTest::newRow("data/ at the top, as X sends it") << QString() << wholeArchive << QStringLiteral("ghostwatcher");
    QTest::newRow("inside a folder, as some unzip-and-rezip tools leave it")
        << QStringLiteral("twitter-2024-03-01-abc/") << wholeArchive << QStringLiteral("ghostwatcher");
    QTest::newRow("without account.js: no author")
        << QString() << QStringList{QStringLiteral("data/tweets-part1.js"), QStringLiteral("data/tweets.js")}
        << QString();
}

void TstXArchiveZip::readsTheZip()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, files);
    QFETCH(QString, author);
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("twitter-archive.zip"));
    QVERIFY(writeZip(zip, prefix, files));

    QString error;
    QCOMPARE(detectSocialFormat(zip, &error), SocialFormat::X);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SocialReadReport report;
    const QString posts = readAsText(zip, &report);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.posts, 3);
    QString expected = expectedPosts();
    if (author.isEmpty()) // the golden file's author column and "@ghostwatcher" source, as without account.js
        expected.replace(QStringLiteral("\tghostwatcher\t"), QStringLiteral("\t\t"))
            .replace(QStringLiteral("@ghostwatcher"), QStringLiteral("X archive"));
    QCOMPARE(posts, expected);
}

void TstXArchiveZip::badZip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("truncated to half") << QStringLiteral("truncated") << QStringLiteral("truncated");
    QTest::newRow("no tweets.js") << QStringLiteral("no tweets") << QStringLiteral("no data/tweets.js");
    QTest::newRow("a tweet file that is not JSON")
        << QStringLiteral("bad tweets") << QStringLiteral("twitter-archive.zip: data/tweets.js: ");
}

void TstXArchiveZip::badZip()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("twitter-archive.zip"));
    if (kind == QLatin1String("bad tweets")) {
        const QString folder = dir.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/data")));
        QVERIFY(writeFile(folder + QStringLiteral("/data/tweets.js"), "window.YTD.tweets.part0 = [ {\"tweet\": "));
        int code = 0;
        zip_t* archive = zip_open(QFile::encodeName(zip).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        QVERIFY(archive);
        zip_source_t* data =
            zip_source_file(archive, QFile::encodeName(folder + QStringLiteral("/data/tweets.js")).constData(), 0, -1);
        QVERIFY(zip_file_add(archive, "data/tweets.js", data, 0) >= 0);
        QCOMPARE(zip_close(archive), 0);
    } else {
        QVERIFY(writeZip(zip, {},
                         kind == QLatin1String("no tweets") ? QStringList{QStringLiteral("data/account.js")}
                                                            : wholeArchive));
    }
    if (kind == QLatin1String("truncated")) {
        const QByteArray whole = readFile(zip);
        QVERIFY(writeFile(zip, whole.left(whole.size() / 2)));
    }
    QString detectError;
    detectSocialFormat(zip, &detectError);
    SocialReadReport report;
    readAsText(zip, &report);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(QStringLiteral("twitter-archive.zip: ")), qPrintable(report.error));
    QVERIFY2(report.error.contains(expectedError), qPrintable(report.error));
    QCOMPARE(report.posts, 0);
    if (kind != QLatin1String("bad tweets")) { // detection only looks at the entries, not inside them
        QVERIFY2(detectError.startsWith(QStringLiteral("twitter-archive.zip: ")), qPrintable(detectError));
        QVERIFY2(detectError.contains(expectedError), qPrintable(detectError));
    }
}

QTEST_GUILESS_MAIN(TstXArchiveZip)
#include "tst_xarchivezip.moc"
