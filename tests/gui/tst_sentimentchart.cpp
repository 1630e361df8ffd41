// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/sentimentchartpane.h"
#include "io/sampledatabase.h"
#include "io/samplepostgenerator.h"
#include "sentiment/lexicon.h"
#include "sentiment/scorer.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/narrativestore.h"
#include "storage/postwriter.h"
#include "storage/tokenstore.h"
#include "viewstate.h"

#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace seance;

namespace {

constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z
const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");
const QString icGhost = QStringLiteral("icp-ghost");

// The mediator's part, as the main window does it: intents become ViewState changes.
void mediate(SentimentChartPane& pane, ViewState& state)
{
    QObject::connect(&pane, &SentimentChartPane::rangeRequested, &state, &ViewState::setVisibleRange);
    QObject::connect(&pane, &SentimentChartPane::hoverRequested, &state, &ViewState::setHoverTime);
    QObject::connect(&pane, &SentimentChartPane::eventActivated, &state, &ViewState::setFocusedEvent);
}

// The time under a pane x, by the pixel span the pane announces.
qint64 timeAt(const SentimentChartPane& pane, int x)
{
    const TimeRange range = pane.axisRange();
    return range.from + qint64(double(x - pane.plotLeft()) / (pane.plotRight() - pane.plotLeft()) * range.span());
}

QPoint toViewport(const SentimentChartPane& pane, const QPoint& panePoint)
{
    return pane.chartViewport()->mapFrom(&pane, panePoint);
}

bool hasGap(const QList<QPointF>& points)
{
    return std::any_of(points.cbegin(), points.cend(), [](const QPointF& p) { return std::isnan(p.y()); });
}

} // namespace

class TestSentimentChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twoTokensGiveTwoLines();
    void legendTogglesSeries();
    void gapsStayGaps();
    void noPostsShowsImportHint();
    void emptySelectionShowsHint();
    void followsVisibleRange();
    void panInsideWindowDoesNotQuery();
    void wheelZoomsAboutPointer();
    void rubberBandRequestsSpan();
    void keysAndResetButtonRequestRanges();
    void clickingMarkerActivatesEvent();
    void hoverIsRequestedAndFollowedWithoutEcho();
    void staleLoadsAreDropped();
    void announcesPlotArea();
    void renders();
    void screenshots();

private:
    struct Fixture
    {
        ViewState state;
        SentimentChartPane pane{&state};
    };
    std::unique_ptr<Fixture> makePane(const QString& path, const QStringList& tokens, const TimeRange& range);

    QTemporaryDir m_dir;
    QString m_samplePath;
    QString m_gapPath;
    QList<EventRecord> m_events;
    QHash<QString, QColor> m_colors;
    QHash<QString, QString> m_names;
};

void TestSentimentChart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_samplePath = m_dir.filePath(QStringLiteral("sample.seance"));
    Scorer scorer(Lexicon::builtIn());
    scorer.setMaskedTerms({QStringLiteral("Ghost Coin"), QStringLiteral("IC GHOST"), QStringLiteral("GHOST"),
                           QStringLiteral("GhostAI"), QStringLiteral("KarpathyGhost"), QStringLiteral("ghost"),
                           QStringLiteral("ghosts"), QStringLiteral("Dogecoin"), QStringLiteral("DOGE"),
                           QStringLiteral("Shiba Inu"), QStringLiteral("SHIB"), QStringLiteral("PEPE")});
    QString error;
    QVERIFY2(createSampleDatabase(m_samplePath, scorer.scoreFunction(), &error), qPrintable(error));

    Database sample;
    QVERIFY(sample.open(m_samplePath, &error));
    m_events = EventStore(sample).all();
    for (const NarrativeRecord& narrative : NarrativeStore(sample).all())
        m_colors.insert(narrative.id, QColor(narrative.color));
    for (const TokenRecord& token : TokenStore(sample).all())
        m_names.insert(token.id, token.symbol == token.name ? token.name
                                                            : QStringLiteral("%1 (%2)").arg(token.name, token.symbol));
    QVERIFY(!m_events.isEmpty());

    // A token with posts on days 0–2 and 5–6 (none on days 3 and 4), and one with no posts at all.
    m_gapPath = m_dir.filePath(QStringLiteral("gaps.seance"));
    Database db;
    QVERIFY2(db.open(m_gapPath, &error), qPrintable(error));
    for (const char* id : {"gappy", "silent"}) {
        TokenRecord token;
        token.id = QLatin1String(id);
        token.name = token.id;
        token.symbol = token.id.toUpper();
        token.chain = QStringLiteral("test");
        QVERIFY2(TokenStore(db).insert(token, &error), qPrintable(error));
    }
    Transaction transaction(db);
    PostWriter writer(db);
    QVERIFY2(writer.prepare(&error), qPrintable(error));
    for (const int day : {0, 1, 2, 5, 6}) {
        for (int i = 0; i < 3; ++i) {
            PostRecord post;
            post.tokenId = QStringLiteral("gappy");
            post.postedAt = day0 + day * dayMs + i * hourMs;
            post.text = QStringLiteral("post");
            post.compound = 0.1 * day;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
    }
    QVERIFY2(writer.flushBuckets(&error) && transaction.commit(&error), qPrintable(error));
}

std::unique_ptr<TestSentimentChart::Fixture> TestSentimentChart::makePane(const QString& path,
                                                                          const QStringList& tokens,
                                                                          const TimeRange& range)
{
    auto fixture = std::make_unique<Fixture>();
    mediate(fixture->pane, fixture->state);
    fixture->pane.resize(1100, 620);
    fixture->pane.setTokenNames(m_names);
    fixture->pane.setEvents(m_events, m_colors);
    fixture->pane.setDatabasePath(path);
    fixture->state.setDataRange(range);
    fixture->state.setVisibleRange(range);
    fixture->pane.show();
    if (!QTest::qWaitForWindowExposed(&fixture->pane))
        return nullptr;
    if (!tokens.isEmpty()) {
        QSignalSpy loaded(&fixture->pane, &SentimentChartPane::loaded);
        fixture->state.setSelectedTokens(tokens);
        if (!loaded.wait(10000))
            return nullptr;
    }
    QCoreApplication::processEvents(); // let the chart lay out its axes
    return fixture;
}

void TestSentimentChart::twoTokensGiveTwoLines()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QCOMPARE(f->pane.visibleSeriesCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const QList<QPointF> points = f->pane.seriesPoints(i);
        QVERIFY(points.size() > 10);
        for (const QPointF& p : points)
            QVERIFY(std::isnan(p.y()) || (p.y() >= -1 && p.y() <= 1));
    }
    QVERIFY(f->pane.emptyStateText().isEmpty());

    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setSelectedTokens({ghostCoin});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(f->pane.visibleSeriesCount(), 1);
}

void TestSentimentChart::legendTogglesSeries()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    auto* view = f->pane.findChild<QChartView*>();
    QVERIFY(view);
    QList<QLegendMarker*> shown;
    const auto markers = view->chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->isVisible())
            shown.append(marker);
    }
    // One entry per token however many runs its line has, plus the posts bars.
    QCOMPARE(shown.size(), 3);
    QLegendMarker* ghost = nullptr;
    for (QLegendMarker* marker : shown) {
        if (marker->label() == m_names.value(ghostCoin))
            ghost = marker;
    }
    QVERIFY(ghost);
    emit ghost->clicked();
    QCOMPARE(f->pane.visibleSeriesCount(), 1);
    QVERIFY(ghost->isVisible()); // still there, to switch the line back on
    emit ghost->clicked();
    QCOMPARE(f->pane.visibleSeriesCount(), 2);
    int visibleAfter = 0;
    for (QLegendMarker* marker : view->chart()->legend()->markers())
        visibleAfter += marker->isVisible() ? 1 : 0;
    QCOMPARE(visibleAfter, 3);
}

void TestSentimentChart::gapsStayGaps()
{
    auto f = makePane(m_gapPath, {QStringLiteral("gappy")}, {day0 - 2 * dayMs, day0 + 9 * dayMs});
    QVERIFY(f);
    const QList<QPointF> points = f->pane.seriesPoints(0);
    QVERIFY(hasGap(points));
    QList<QPointF> finite;
    for (const QPointF& p : points) {
        if (!std::isnan(p.y()))
            finite.append(p);
    }
    // One point per day with posts, at the bucket's centre, and nothing drawn as zero for days 3 and 4.
    QCOMPARE(finite.size(), 5);
    QCOMPARE(finite.at(2), QPointF(double(day0 + 2 * dayMs + dayMs / 2), 0.2));
    QCOMPARE(finite.at(3), QPointF(double(day0 + 5 * dayMs + dayMs / 2), 0.5));
    // The break sits exactly between the last bucket before the gap and the first after it.
    const auto gap = std::find_if(points.cbegin(), points.cend(), [](const QPointF& p) { return std::isnan(p.y()); });
    QVERIFY(gap != points.cbegin() && gap + 1 != points.cend());
    QCOMPARE(*(gap - 1), finite.at(2));
    QCOMPARE(*(gap + 1), finite.at(3));
}

void TestSentimentChart::noPostsShowsImportHint()
{
    auto f = makePane(m_gapPath, {QStringLiteral("silent")}, {day0, day0 + 9 * dayMs});
    QVERIFY(f);
    QCOMPARE(f->pane.visibleSeriesCount(), 0);
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("No posts for these tokens yet — File › Import… to add posts"));

    // A token that has posts, just not in view, gets a different hint.
    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setSelectedTokens({QStringLiteral("gappy")});
    QVERIFY(loaded.wait(10000));
    QVERIFY(f->pane.emptyStateText().isEmpty());
    f->state.setVisibleRange({day0 + 60 * dayMs, day0 + 70 * dayMs});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("No posts in this time range"));
}

void TestSentimentChart::emptySelectionShowsHint()
{
    auto f = makePane(m_samplePath, {}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QCOMPARE(f->pane.emptyStateText(), QStringLiteral("Select one or more tokens to chart their sentiment"));
    QCOMPARE(f->pane.visibleSeriesCount(), 0);
    QVERIFY(!f->pane.isLoading());
}

void TestSentimentChart::followsVisibleRange()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QCOMPARE(f->pane.axisRange(), TimeRange(sampleWindowStart(), sampleWindowEnd()));
    const TimeRange week{day0, day0 + weekMs};
    f->state.setVisibleRange(week);
    QCOMPARE(f->pane.axisRange(), week);
}

void TestSentimentChart::panInsideWindowDoesNotQuery()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {day0, day0 + 20 * dayMs});
    QVERIFY(f);
    const QList<QPointF> before = f->pane.seriesPoints(0);
    f->state.setVisibleRange({day0 + 3 * dayMs, day0 + 23 * dayMs});
    QVERIFY(!f->pane.isLoading());
    const QList<QPointF> after = f->pane.seriesPoints(0);
    QVERIFY(after != before);
    QVERIFY(after.last().x() > before.last().x());

    // Far outside the loaded window, a query is needed.
    f->state.setVisibleRange({day0 + 50 * dayMs, day0 + 60 * dayMs});
    QVERIFY(f->pane.isLoading());
}

void TestSentimentChart::wheelZoomsAboutPointer()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy requested(&f->pane, &SentimentChartPane::rangeRequested);
    const int x = f->pane.plotLeft() + (f->pane.plotRight() - f->pane.plotLeft()) / 3;
    const QPoint at = toViewport(f->pane, QPoint(x, f->pane.height() / 2));
    const qint64 cursorTime = timeAt(f->pane, x);
    const TimeRange before = f->pane.axisRange();
    QWheelEvent wheel(at, f->pane.chartViewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f->pane.chartViewport(), &wheel);
    QCOMPARE(requested.count(), 1);
    const auto range = requested.first().first().value<TimeRange>();
    QVERIFY(range.span() < before.span());
    QVERIFY(range.contains(cursorTime));
    // The time under the pointer stays under it (to within a pixel's worth).
    const double fraction = double(cursorTime - range.from) / double(range.span());
    const double beforeFraction = double(cursorTime - before.from) / double(before.span());
    QVERIFY(std::abs(fraction - beforeFraction) < 1.0 / (f->pane.plotRight() - f->pane.plotLeft()));
    // The mediator applied it, and the chart followed.
    QCOMPARE(f->pane.axisRange(), f->state.visibleRange());
}

void TestSentimentChart::rubberBandRequestsSpan()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy requested(&f->pane, &SentimentChartPane::rangeRequested);
    const int y = f->pane.height() / 2;
    const int x1 = f->pane.plotLeft() + 200;
    const int x2 = f->pane.plotLeft() + 400;
    const qint64 t1 = timeAt(f->pane, x1);
    const qint64 t2 = timeAt(f->pane, x2);
    QTest::mousePress(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x1, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint((x1 + x2) / 2, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x2, y)));
    QCOMPARE(requested.count(), 0); // nothing until the button is released
    QTest::mouseRelease(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x2, y)));
    QCOMPARE(requested.count(), 1);
    const auto range = requested.first().first().value<TimeRange>();
    const qint64 pixel = f->state.dataRange().span() / (f->pane.plotRight() - f->pane.plotLeft());
    QVERIFY2(std::llabs(range.from - t1) <= pixel && std::llabs(range.to - t2) <= pixel,
             qPrintable(QStringLiteral("%1..%2 vs %3..%4").arg(range.from).arg(range.to).arg(t1).arg(t2)));

    // Shift+drag pans instead: the same span, moved earlier when dragging right.
    requested.clear();
    const TimeRange before = f->pane.axisRange();
    QTest::mousePress(f->pane.chartViewport(), Qt::LeftButton, Qt::ShiftModifier, toViewport(f->pane, QPoint(x1, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x2, y)));
    QTest::mouseRelease(f->pane.chartViewport(), Qt::LeftButton, Qt::ShiftModifier, toViewport(f->pane, QPoint(x2, y)));
    QVERIFY(requested.count() >= 1);
    const auto panned = requested.last().first().value<TimeRange>();
    QCOMPARE(panned.span(), before.span());
    QVERIFY(panned.from < before.from);
}

void TestSentimentChart::keysAndResetButtonRequestRanges()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    const TimeRange all = f->state.visibleRange();
    QSignalSpy requested(&f->pane, &SentimentChartPane::rangeRequested);
    QTest::keyClick(f->pane.chartViewport()->parentWidget(), Qt::Key_Plus);
    QCOMPARE(requested.count(), 1);
    const auto zoomed = requested.last().first().value<TimeRange>();
    QVERIFY(zoomed.span() < all.span());
    QVERIFY(zoomed.contains(all.from + all.span() / 2)); // about the centre when the pointer is elsewhere

    QTest::keyClick(f->pane.chartViewport()->parentWidget(), Qt::Key_Left);
    QCOMPARE(requested.count(), 2);
    const auto panned = requested.last().first().value<TimeRange>();
    QCOMPARE(panned.span(), zoomed.span());
    QVERIFY(panned.from < zoomed.from);

    QToolButton* reset = nullptr;
    for (QToolButton* button : f->pane.findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("Reset zoom"))
            reset = button;
    }
    QVERIFY(reset);
    reset->click();
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.last().first().value<TimeRange>(), f->state.dataRange());
    QCOMPARE(f->pane.axisRange(), all);
}

void TestSentimentChart::clickingMarkerActivatesEvent()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy activated(&f->pane, &SentimentChartPane::eventActivated);
    const QString id = QStringLiteral("karpathy-thread-2025-10-01");
    const std::optional<QPoint> at = f->pane.eventMarkerPosition(id);
    QVERIFY(at);
    QTest::mouseClick(f->pane.chartViewport(), Qt::LeftButton, {}, *at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), id);
    QCOMPARE(f->state.focusedEvent(), id);
    // An event outside the visible range has no marker.
    QVERIFY(!f->pane.eventMarkerPosition(QStringLiteral("dogecoin-launch-2013-12-06")));
}

void TestSentimentChart::hoverIsRequestedAndFollowedWithoutEcho()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy requested(&f->pane, &SentimentChartPane::hoverRequested);
    const int x = f->pane.plotLeft() + 300;
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x, f->pane.height() / 2)));
    QVERIFY(requested.count() >= 1);
    const auto time = requested.last().first().value<std::optional<qint64>>();
    QVERIFY(time);
    const qint64 pixel = f->state.visibleRange().span() / (f->pane.plotRight() - f->pane.plotLeft());
    QVERIFY(std::llabs(*time - timeAt(f->pane, x)) <= pixel);
    QCOMPARE(f->state.hoverTime(), time);

    // Another pane moves the hover: the chart follows and asks for nothing.
    requested.clear();
    f->state.setHoverTime(day0);
    f->state.setHoverTime(std::nullopt);
    QCOMPARE(requested.count(), 0);
}

void TestSentimentChart::staleLoadsAreDropped()
{
    auto f = makePane(m_samplePath, {}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    const int staleBefore = f->pane.staleResultCount();
    f->state.setSelectedTokens({ghostCoin});          // load 1
    f->state.setSelectedTokens({ghostCoin, icGhost}); // load 2 makes load 1 stale
    f->pane.reload();                                 // load 3 makes load 2 stale
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300); // room for a stale result to (wrongly) arrive
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(f->pane.staleResultCount() - staleBefore, 2);
    QCOMPARE(f->pane.visibleSeriesCount(), 2);
}

void TestSentimentChart::announcesPlotArea()
{
    auto f = makePane(m_samplePath, {ghostCoin}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    QVERIFY(f->pane.plotLeft() > 0);
    QVERIFY(f->pane.plotRight() < f->pane.width());
    QSignalSpy changed(&f->pane, &SentimentChartPane::plotAreaChanged);
    f->pane.resize(900, 600);
    QTRY_VERIFY(changed.count() >= 1);
    const int right = changed.last().at(1).toInt();
    QVERIFY(right < 900 && right > 700);
    QCOMPARE(f->pane.plotRight(), right);
}

void TestSentimentChart::renders()
{
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    f->pane.setSampleData(true);
    QVERIFY(f->pane.isSampleBadgeVisible());
    f->state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
    QImage image(1200, 675, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        f->pane.renderTo(&painter, QRectF(image.rect()));
    }
    // The dark background was painted, and the lines' colours are somewhere in it.
    QCOMPARE(image.pixelColor(2, 2).alpha(), 255);
    QVERIFY(image.pixelColor(2, 2).lightness() < 60);
    const QString dir = qEnvironmentVariable("SEANCE_CHART_SCREENSHOTS");
    if (!dir.isEmpty()) {
        image.save(dir + QStringLiteral("/chart-render.png"));
        f->pane.grab().save(dir + QStringLiteral("/chart-pane.png"));
    }
}

// Pictures for a human to look at, written only when SEANCE_CHART_SCREENSHOTS names a folder.
void TestSentimentChart::screenshots()
{
    const QString dir = qEnvironmentVariable("SEANCE_CHART_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("SEANCE_CHART_SCREENSHOTS is not set");
    auto save = [&dir](QWidget& widget, const char* name) {
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(dir + QLatin1String("/chart-") + QLatin1String(name) + QLatin1String(".png")));
    };
    auto f = makePane(m_samplePath, {ghostCoin, icGhost}, {sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(f);
    f->pane.resize(1280, 640);
    f->pane.setSampleData(true);
    f->state.setFocusedEvent(QStringLiteral("karpathy-thread-2025-10-01"));
    save(f->pane, "two-tokens");

    const int y = f->pane.height() / 2;
    const int x = f->pane.plotLeft() + (f->pane.plotRight() - f->pane.plotLeft()) * 36 / 91; // about Oct 6
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x, y)));
    save(f->pane, "hover");

    QTest::mousePress(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x - 150, y)));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(x + 60, y)));
    save(f->pane, "rubber-band");
    QTest::mouseRelease(f->pane.chartViewport(), Qt::LeftButton, {}, toViewport(f->pane, QPoint(x + 60, y)));
    QTest::mouseMove(f->pane.chartViewport(), QPoint(-10, -10));

    QSignalSpy loaded(&f->pane, &SentimentChartPane::loaded);
    f->state.setGranularity(Granularity::Hour);
    f->state.setVisibleRange({day0 - 2 * dayMs, day0 + 5 * dayMs});
    QVERIFY(loaded.wait(10000));
    QTest::mouseMove(f->pane.chartViewport(), toViewport(f->pane, QPoint(f->pane.plotLeft() + 520, y)));
    save(f->pane, "hourly-zoom");

    f->state.setGranularity(Granularity::Day);
    f->state.setMetric(Metric::PositiveShare);
    f->state.setSelectedTokens({ghostCoin, QStringLiteral("dogecoin-doge"), QStringLiteral("ethereum-pepe"),
                                QStringLiteral("ghostai-hypothetical")});
    f->state.setVisibleRange({sampleWindowStart(), sampleWindowEnd()});
    QVERIFY(loaded.wait(10000));
    QTest::mouseMove(f->pane.chartViewport(), QPoint(-10, -10));
    save(f->pane, "positive-share");

    f->state.setMetric(Metric::ShareOfVoice);
    QVERIFY(loaded.wait(10000));
    save(f->pane, "share-of-voice");

    f->state.setMetric(Metric::Volume);
    save(f->pane, "volume");

    f->state.setSelectedTokens({});
    save(f->pane, "empty");
}

QTEST_MAIN(TestSentimentChart)
#include "tst_sentimentchart.moc"
