// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/series/seriescsvimport.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString fixture(const char* name)
{
    return QStringLiteral(SEANCE_FIXTURES_DIR "/series/") + QLatin1String(name);
}

} // namespace

class TestSeriesCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("series.seance"));
        QFile::remove(m_path);
        QVERIFY(m_db.open(m_path));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('ghost', 'Ghost', 'GHOST', 'x');"
                                       "INSERT INTO narratives (id, title) VALUES ('ghosts', 'Ghosts')"));
    }
    void cleanup() { m_db.close(); }

    void lunarCrushStyle()
    {
        SeriesCsvImportOptions options;
        options.subjectId = QStringLiteral("ghost");
        options.source = QStringLiteral("LunarCrush export");
        const SeriesCsvImportResult result = importSeriesCsv(m_db, fixture("lunarcrush-ghost.csv"), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.seriesIds, (QStringList{QStringLiteral("ghost-open"), QStringLiteral("ghost-close"),
                                                QStringLiteral("ghost-galaxy_score"), QStringLiteral("ghost-alt_rank"),
                                                QStringLiteral("ghost-social_volume")}));
        QCOMPARE(result.rows, 3);
        QCOMPARE(result.points, 14); // one empty galaxy_score cell is a gap
        QCOMPARE(points(QStringLiteral("ghost-galaxy_score")),
                 QStringLiteral("1759276800000=61;1759449600000=72.5"));
        QCOMPARE(points(QStringLiteral("ghost-social_volume")),
                 QStringLiteral("1759276800000=340;1759363200000=512;1759449600000=1200"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_id, narrative_id, metric, source FROM series WHERE id = 'ghost-social_volume'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ghost"));
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toString(), QStringLiteral("Social Volume"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("LunarCrush export"));
    }

    void santimentStyleForANarrative()
    {
        SeriesCsvImportOptions options;
        options.kind = SubjectKind::Narrative;
        options.subjectId = QStringLiteral("ghosts");
        const SeriesCsvImportResult result = importSeriesCsv(m_db, fixture("santiment-ghost.csv"), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.seriesIds, QStringList{QStringLiteral("ghosts-value")});
        // The third row is 00:00 at +02:00, i.e. 22:00 UTC the day before.
        QCOMPARE(points(QStringLiteral("ghosts-value")),
                 QStringLiteral("1759276800000=12.5;1759363200000=-3;1759442400000=7.25"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_id, narrative_id, source FROM series")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toString(), QStringLiteral("ghosts"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("santiment-ghost.csv"));
    }

    void reimportReplacesValuesAtTheSameTimes()
    {
        SeriesCsvImportOptions options;
        options.subjectId = QStringLiteral("ghost");
        QVERIFY(importSeriesCsv(m_db, fixture("lunarcrush-ghost.csv"), options).ok);
        const QString update = m_dir.filePath(QStringLiteral("update.csv"));
        writeFile(update, "date,galaxy_score\n2025-10-03,80\n2025-10-04,81\n");
        const SeriesCsvImportResult result = importSeriesCsv(m_db, update, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(points(QStringLiteral("ghost-galaxy_score")),
                 QStringLiteral("1759276800000=61;1759449600000=80;1759536000000=81"));
    }

    void errorsLeaveTheFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const QString ghost = QStringLiteral("ghost");
        QTest::newRow("not a number") << QByteArray("time,a,b\n1759276800,1,2\n1759363200,3,n/a\n") << ghost << qint64(3)
                                      << QStringLiteral("b") << QStringLiteral("not a number");
        QTest::newRow("NaN is not a value") << QByteArray("time,a\n1759276800,nan\n") << ghost << qint64(2)
                                            << QStringLiteral("a") << QStringLiteral("not a number");
        QTest::newRow("bad time") << QByteArray("date,a\n2025-10-01,1\n2025-02-30,2\n") << ghost << qint64(3)
                                  << QStringLiteral("date") << QStringLiteral("not an ISO 8601 time");
        QTest::newRow("same time twice") << QByteArray("date,a\n2025-10-01,1\n2025-10-01T00:00:00Z,2\n") << ghost
                                         << qint64(3) << QStringLiteral("date") << QStringLiteral("same time");
        QTest::newRow("missing field") << QByteArray("time,a,b\n1759276800,1,2\n1759363200,3\n") << ghost << qint64(3)
                                       << QString() << QStringLiteral("expected 3 fields");
        QTest::newRow("no time column") << QByteArray("when,a\n1,2\n") << ghost << qint64(1) << QString()
                                        << QStringLiteral("no time column");
        QTest::newRow("no value column") << QByteArray("time\n1759276800\n") << ghost << qint64(1) << QString()
                                         << QStringLiteral("no value column");
        QTest::newRow("columns that collide") << QByteArray("time,Social Volume,social_volume\n1,2,3\n") << ghost
                                              << qint64(1) << QStringLiteral("social_volume")
                                              << QStringLiteral("ghost-social_volume");
        QTest::newRow("unterminated quote") << QByteArray("time,a\n1759276800,\"1\n") << ghost << qint64(2) << QString()
                                            << QStringLiteral("unterminated");
        QTest::newRow("unknown token") << QByteArray("time,a\n1759276800,1\n") << QStringLiteral("nope") << qint64(0)
                                       << QString() << QStringLiteral("unknown token id \"nope\"");
    }
    void errorsLeaveTheFileUntouched()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, subject);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        const QString source = m_dir.filePath(QStringLiteral("bad.csv"));
        writeFile(source, input);
        m_db.close();
        const QByteArray before = fileHash(m_path);
        QVERIFY(m_db.open(m_path));
        SeriesCsvImportOptions options;
        options.subjectId = subject;
        const SeriesCsvImportResult result = importSeriesCsv(m_db, source, options);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorLine, line);
        QCOMPARE(result.errorColumn, column);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        const QString where = line > 0 ? source + QLatin1Char(':') + QString::number(line) : source;
        QVERIFY2(result.error.startsWith(where), qPrintable(result.error));
        m_db.close();
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(m_db.open(m_path));
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << QStringLiteral("galaxy_score") << QStringLiteral("galaxy_score");
        QTest::newRow("spaces and case") << QStringLiteral(" Social Volume ") << QStringLiteral("social_volume");
        QTest::newRow("punctuation") << QStringLiteral("price/usd (24h)") << QStringLiteral("price_usd__24h_");
        QTest::newRow("non-ASCII") << QStringLiteral("감성") << QStringLiteral("__");
    }
    void slugs()
    {
        QFETCH(QString, column);
        QFETCH(QString, slug);
        QCOMPARE(seriesColumnSlug(column), slug);
    }

private:
    void writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }
    QString points(const QString& series)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT t, value FROM series_points WHERE series_id = ? ORDER BY t"));
        q.addBindValue(series);
        q.exec();
        QStringList parts;
        while (q.next())
            parts << q.value(0).toString() + QLatin1Char('=') + QString::number(q.value(1).toDouble());
        return parts.join(QLatin1Char(';'));
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSeriesCsvImport)
#include "tst_seriescsvimport.moc"
