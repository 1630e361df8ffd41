// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's text exports against golden files in tests/fixtures/compare/.
#include "models/io/compare/comparisonexport.h"
#include "models/viewstate.h"

#include <QFile>
#include <QTest>

using namespace seance;

namespace {

constexpr qint64 oct1 = 1'759'276'800'000; // 2025-10-01T00:00Z

// SEANCE_UPDATE_GOLDEN=1 rewrites the golden file from the actual output; review the diff before committing it.
QString golden(const QString& name, const QString& actual)
{
    QFile file(QStringLiteral(SEANCE_FIXTURES_DIR "/compare/") + name);
    if (qEnvironmentVariableIsSet("SEANCE_UPDATE_GOLDEN") && file.open(QIODevice::WriteOnly))
        file.write(actual.toUtf8());
    file.close();
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file ") + file.fileName();
    return QString::fromUtf8(file.readAll());
}

// Two rows: a narrative anchored at 23:30 UTC (its day 0 is still 2025-10-01) and a token with a gap and a
// day whose posts are all unscored. The names carry a comma, a quote and a pipe to exercise escaping.
QList<ComparisonExportRow> exampleRows()
{
    ComparisonExportRow ghosts;
    ghosts.label = QStringLiteral("Summoning \"ghosts\", not animals");
    ghosts.anchorTitle = QStringLiteral("Karpathy | thread");
    ghosts.series.kind = SubjectKind::Narrative;
    ghosts.series.subjectId = QStringLiteral("summoning-ghosts");
    ghosts.series.anchorEventId = QStringLiteral("karpathy-thread");
    ghosts.series.anchorTime = oct1 + 23 * hourMs + 30 * 60'000;
    ghosts.series.window = {-2, 2};
    ghosts.series.points = {
        {-2, 0.125, 8}, {-1, std::nullopt, 0}, {0, 0.5, 40}, {1, 0.3333333333333, 12}, {2, -0.05, 3}};
    ghosts.series.events = {
        {-5, QStringLiteral("sutton"), QStringLiteral("Sutton on RL"), oct1 - 5 * dayMs},
        {0, QStringLiteral("karpathy-thread"), QStringLiteral("Karpathy | thread"), ghosts.series.anchorTime}};
    ComparisonExportRow token;
    token.label = QStringLiteral("GHOST (ICP)");
    token.anchorTitle = QStringLiteral("Launch");
    token.series.kind = SubjectKind::Token;
    token.series.subjectId = QStringLiteral("icp-ghost");
    token.series.anchorEventId = QStringLiteral("launch");
    token.series.anchorTime = oct1 + 16 * dayMs;
    token.series.window = {-2, 2};
    token.series.points = {{-2, std::nullopt, 2}, {-1, -0.2, 5}, {0, 0.75, 9}, {1, std::nullopt, 0}, {2, 0.0, 1}};
    return {ghosts, token};
}

QList<ComparisonEventImpact> exampleEvents()
{
    const QList<ComparisonExportRow> rows = exampleRows();
    ComparisonEventImpact sutton;
    sutton.row = 0;
    sutton.aligned = rows.at(0).series.events.at(0);
    sutton.sources = {
        {QStringLiteral("Dwarkesh [podcast]"), QStringLiteral("https://www.dwarkesh.com/p/richard-sutton")},
        {QStringLiteral("local note"), QStringLiteral("file:///tmp/x")}};
    EventImpact impact;
    impact.before = 0.1;
    impact.after = 0.35;
    impact.change = 0.25;
    impact.volumeBefore = 14;
    impact.volumeAfter = 120;
    sutton.impact = impact;
    ComparisonEventImpact karpathy;
    karpathy.row = 0;
    karpathy.aligned = rows.at(0).series.events.at(1);
    return {sutton, karpathy};
}

} // namespace

class TestComparisonExport : public QObject
{
    Q_OBJECT
private slots:
    void csvMatchesGolden()
    {
        const QString csv = alignedSeriesCsv(exampleRows(), Metric::Mean);
        QCOMPARE(csv, golden(QStringLiteral("aligned-series.csv"), csv));
        // A gap is an empty cell, never a zero.
        QVERIFY(csv.contains(QStringLiteral(",-1,2025-09-30,mean,,0\r\n")));
    }

    void markdownMatchesGolden()
    {
        const QString md = comparisonMarkdown(exampleRows(), exampleEvents(), Metric::Mean, 7);
        QCOMPARE(md, golden(QStringLiteral("events.md"), md));
        // Only web sources become links.
        QVERIFY(md.contains(QStringLiteral("(https://www.dwarkesh.com/p/richard-sutton)")));
        QVERIFY(!md.contains(QStringLiteral("(file:")));
    }

    // A reader sees the metric as the chart's axis names it, never the internal id ("mean").
    void markdownNamesTheMetricsLabel_data()
    {
        QTest::addColumn<int>("metric");
        for (const Metric metric :
             {Metric::Mean, Metric::Weighted, Metric::PositiveShare, Metric::Volume, Metric::ShareOfVoice})
            QTest::addRow("%s", qPrintable(metricName(metric))) << int(metric);
    }

    void markdownNamesTheMetricsLabel()
    {
        QFETCH(int, metric);
        const QString md = comparisonMarkdown(exampleRows(), exampleEvents(), Metric(metric), 7);
        QVERIFY2(md.contains(QStringLiteral("Metric: %1.").arg(metricLabel(Metric(metric)))), qPrintable(md.left(300)));
        QVERIFY(!md.contains(QStringLiteral("Metric: %1.").arg(metricName(Metric(metric)))));
    }

    void untrustedTitlesAndUrlsStayText()
    {
        QList<ComparisonExportRow> rows = exampleRows();
        QList<ComparisonEventImpact> events = exampleEvents();
        events[1].aligned.title = QStringLiteral("[click](javascript:alert(1)) <img src=x onerror=y> *bold* `code`");
        events[1].sources = {{QStringLiteral("evil"), QStringLiteral("https://example.com/a|b<c>")},
                             {QStringLiteral("js"), QStringLiteral("javascript:alert(1)")}};
        const QString md = comparisonMarkdown(rows, events, Metric::Mean, 7);
        // The title's markup is escaped, so it renders as the literal text.
        QVERIFY2(md.contains(QStringLiteral("\\[click\\](javascript:alert(1)) \\<img src=x onerror=y\\> \\*bold\\* "
                                            "\\`code\\`")),
                 qPrintable(md));
        // No angle bracket is left unescaped, except the exporter's own <br> between sources.
        QCOMPARE(md.count(u'<'), md.count(QStringLiteral("\\<")) + md.count(QStringLiteral("<br>")));
        // A URL that could break out of its cell is percent-encoded; a non-web one is never a link.
        QVERIFY2(md.contains(QStringLiteral("(https://example.com/a%7Cb%3Cc%3E)")), qPrintable(md));
        QVERIFY(!md.contains(QStringLiteral("[js](")));
        QVERIFY(md.contains(QStringLiteral("<br>js |")));
        // Every table line still has its table header's number of cells.
        const QStringList lines = md.split(QLatin1Char('\n'));
        qsizetype cells = -1;
        for (const QString& line : lines) {
            if (!line.startsWith(u'|')) {
                cells = -1; // between tables
                continue;
            }
            const qsizetype count = line.count(u'|') - line.count(QStringLiteral("\\|"));
            if (cells < 0)
                cells = count;
            QCOMPARE(count, cells);
        }
    }

    void emptyComparison()
    {
        QCOMPARE(alignedSeriesCsv({}, Metric::Volume).count(QStringLiteral("\r\n")), 1);
        QVERIFY(comparisonMarkdown({}, {}, Metric::Mean, 7).contains(QStringLiteral("No events")));
    }
};

QTEST_GUILESS_MAIN(TestComparisonExport)
#include "tst_comparisonexport.moc"
