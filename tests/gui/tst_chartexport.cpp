// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentingworkspace.h"
#include "ui/chart/chartexport.h"
#include "ui/export/imageexport.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace seance;
using namespace seance::testing;

namespace {

// Colours no narrative, grid or text uses, so every stroke in them belongs to a series' line.
const QColor alphaColour(0xd0, 0x1c, 0x8b);
const QColor betaColour(0x1b, 0x9e, 0x77);

struct SvgFacts
{
    QString text;                // every <text> run, concatenated
    QHash<QString, int> strokes; // stroke colour → groups that draw lines or paths in it
    bool valid = false;
    QString error;
};

// QSvgGenerator writes one <g> per change of pen or brush, with the shapes drawn in that state inside it. A
// series' line is one such group stroked in the series colour, however Qt Charts splits it into segments.
SvgFacts readSvg(const QString& path)
{
    SvgFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        facts.error = file.errorString();
        return facts;
    }
    QXmlStreamReader xml(&file);
    QList<QString> groupStroke;
    QList<bool> groupCounted;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("g")) {
                groupStroke.append(xml.attributes().value(QLatin1String("stroke")).toString().toLower());
                groupCounted.append(false);
            } else if (name == QLatin1String("text")) {
                facts.text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
            } else if ((name == QLatin1String("path") || name == QLatin1String("polyline")) && !groupStroke.isEmpty() &&
                       !groupCounted.constLast() && groupStroke.constLast() != QLatin1String("none")) {
                groupCounted.last() = true;
                facts.strokes[groupStroke.constLast()] += 1;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            groupStroke.removeLast();
            groupCounted.removeLast();
        }
    }
    facts.valid = !xml.hasError();
    facts.error = xml.errorString();
    return facts;
}

int pixelsNear(const QImage& image, const QColor& colour, int tolerance = 6)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance &&
                std::abs(qGreen(line[x]) - colour.green()) <= tolerance &&
                std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x] | 0xff000000);
    }
    return int(colours.size());
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsDescribeTheView();
    void unknownTokenIsNamed();
    void svgHasTitleAndOneLinePerSeries();
    void pngHasExactSizeAndShowsTheSeries_data();
    void pngHasExactSizeAndShowsTheSeries();
    void transparentLeavesTheBackgroundClear();
    void textScaleGrowsWithSize();

private:
    ChartExportSpec spec() const;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_samplePath;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_path = m_dir.filePath(QStringLiteral("ghosts.seance"));
    QVERIFY2(createPresentingWorkspace(m_path, false, &error), qPrintable(error));
    m_samplePath = m_dir.filePath(QStringLiteral("generated.seance"));
    QVERIFY2(createPresentingWorkspace(m_samplePath, true, &error), qPrintable(error));
}

ChartExportSpec TestChartExport::spec() const
{
    ChartExportSpec spec;
    spec.databasePath = m_path;
    spec.tokenIds = {QStringLiteral("alpha"), QStringLiteral("beta")};
    spec.palette = ChartPalette::light();
    spec.palette.series = {alphaColour, betaColour};
    // Three posts a day, under the default minimum of 5: these tests count the lines' solid pixels, so nothing
    // is faded (tst_chartsmoothing covers the fading).
    spec.smoothing.minPosts = 0;
    return spec;
}

void TestChartExport::defaultsDescribeTheView()
{
    ChartExportRenderer renderer;
    QString error;
    QVERIFY2(renderer.load(spec(), &error), qPrintable(error));
    // The full data range by default: the first day to the end of the last.
    QCOMPARE(renderer.range(), (TimeRange{presentingDay0, presentingDay0 + presentingDays * dayMs}));
    QCOMPARE(renderer.tokenLabels(),
             (QStringList{QStringLiteral("Alpha Coin (ALPHA)"), QStringLiteral("Beta Token (BETA)")}));
    QVERIFY2(renderer.title().contains(QLatin1String("Alpha Coin (ALPHA)")), qPrintable(renderer.title()));
    QVERIFY2(renderer.subtitle().contains(QLatin1String("Oct 1")), qPrintable(renderer.subtitle()));
    QVERIFY2(renderer.caption().contains(QLatin1String("ghosts.seance")), qPrintable(renderer.caption()));
    QVERIFY(renderer.caption().contains(QLatin1String("Seance")));
    QVERIFY(!renderer.caption().contains(QLatin1String("sample"), Qt::CaseInsensitive));

    ChartExportSpec generated = spec();
    generated.databasePath = m_samplePath;
    ChartExportRenderer sample;
    QVERIFY2(sample.load(generated, &error), qPrintable(error));
    QVERIFY2(sample.caption().contains(QLatin1String("sample data"), Qt::CaseInsensitive),
             qPrintable(sample.caption()));

    // Given texts win, and an empty one means none.
    ChartExportSpec given = spec();
    given.title = QStringLiteral("My title");
    given.caption = QString();
    renderer.setPresentation(given);
    QCOMPARE(renderer.title(), QStringLiteral("My title"));
    QVERIFY(renderer.caption().isEmpty());
}

void TestChartExport::unknownTokenIsNamed()
{
    ChartExportSpec bad = spec();
    bad.tokenIds.append(QStringLiteral("no-such-token"));
    ChartExportRenderer renderer;
    QString error;
    QVERIFY(!renderer.load(bad, &error));
    QVERIFY2(error.contains(QLatin1String("no-such-token")) && error.contains(QLatin1String("tokens")),
             qPrintable(error));
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    QVERIFY(!exportChartFile(bad, out, &error));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!exportChartFile(spec(), m_dir.filePath(QStringLiteral("chart.gif")), &error));
    QVERIFY2(error.contains(QLatin1String(".png or .svg")), qPrintable(error));
}

void TestChartExport::svgHasTitleAndOneLinePerSeries()
{
    ChartExportSpec svg = spec();
    svg.title = QStringLiteral("Golden ghosts");
    svg.showLegend = false;
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(exportChartFile(svg, path, &error), qPrintable(error));
    const SvgFacts facts = readSvg(path);
    QVERIFY2(facts.valid, qPrintable(facts.error));
    QVERIFY2(facts.text.contains(QLatin1String("Golden ghosts")), qPrintable(facts.text.left(300)));
    QCOMPARE(facts.strokes.value(alphaColour.name()), 1);
    QCOMPARE(facts.strokes.value(betaColour.name()), 1);

    // With the legend, the tokens are named in it.
    svg.showLegend = true;
    QVERIFY2(exportChartFile(svg, path, &error), qPrintable(error));
    const SvgFacts withLegend = readSvg(path);
    QVERIFY(withLegend.valid);
    QVERIFY(withLegend.text.contains(QLatin1String("Alpha Coin (ALPHA)")));
    QVERIFY(withLegend.text.contains(QLatin1String("Beta Token (BETA)")));
}

void TestChartExport::pngHasExactSizeAndShowsTheSeries_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 1.0;
    QTest::newRow("1920x1080 at 2x") << QSize(1920, 1080) << 2.0;
    QTest::newRow("1080x1080") << QSize(1080, 1080) << 1.0;
    QTest::newRow("1200x630 at 2x") << QSize(1200, 630) << 2.0;
}

void TestChartExport::pngHasExactSizeAndShowsTheSeries()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    ChartExportSpec png = spec();
    png.size = size;
    png.scale = scale;
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(exportChartFile(png, path, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size * scale);
    image = image.convertToFormat(QImage::Format_RGB32);
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
    // Both lines are drawn, thick enough to have solid pixels of their colour.
    const int minimum = int(size.width() * scale);
    QVERIFY2(pixelsNear(image, alphaColour) > minimum, qPrintable(QString::number(pixelsNear(image, alphaColour))));
    QVERIFY2(pixelsNear(image, betaColour) > minimum, qPrintable(QString::number(pixelsNear(image, betaColour))));
    QCOMPARE(image.pixelColor(1, 1), png.palette.background);
}

void TestChartExport::transparentLeavesTheBackgroundClear()
{
    ChartExportRenderer renderer;
    ChartExportSpec clear = spec();
    clear.size = QSize(800, 450);
    clear.transparent = true;
    QString error;
    QVERIFY2(renderer.load(clear, &error), qPrintable(error));
    const QImage image =
        renderImage([&renderer](QPainter* p, const QRectF& t) { renderer.paint(p, t); }, renderer.imageOptions());
    QCOMPARE(image.size(), QSize(800, 450));
    QCOMPARE(image.pixelColor(1, 1).alpha(), 0);
    QVERIFY(pixelsNear(image.convertToFormat(QImage::Format_RGB32), alphaColour, 40) > 100);
}

void TestChartExport::textScaleGrowsWithSize()
{
    QVERIFY(chartExportTextScale(QSizeF(1920, 1080)) > chartExportTextScale(QSizeF(1280, 720)));
    QVERIFY(chartExportTextScale(QSizeF(1080, 1080)) > chartExportTextScale(QSizeF(1200, 630)));
    QVERIFY(chartExportTextScale(QSizeF(1920, 1080)) >= 1.5);
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
