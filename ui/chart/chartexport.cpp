// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartexport.h"

#include "models/chart/smoothedseries.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "ui/chart/sentimentchartview.h"
#include "ui/export/imageexport.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ChartExportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::ChartExport)
};

// The text size the chart is laid out with before ChartExportRenderer scales it up.
constexpr double basePointSize = 10;
constexpr double pageMargin = 26;

QFont exportFont(double factor = 1.0, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(basePointSize * factor);
    font.setBold(bold);
    return font;
}

// Draws text wrapped to rect's width from its top and returns the height it took.
double drawWrapped(QPainter* painter, const QFont& font, const QColor& colour, const QRectF& rect, const QString& text)
{
    if (text.isEmpty())
        return 0;
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF needed =
        QFontMetricsF(font).boundingRect(QRectF(rect.left(), rect.top(), rect.width(), 1e6), flags, text);
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), needed.height()), flags, text);
    return needed.height();
}

double wrappedHeight(const QFont& font, double width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text).height();
}

QString dayText(qint64 time, bool withYear)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).date();
    // The pattern is translated so each language orders year, month and day its own way.
    const char* pattern = withYear ? QT_TRANSLATE_NOOP("seance::ChartExport", "MMM d yyyy")
                                   : QT_TRANSLATE_NOOP("seance::ChartExport", "MMM d");
    return QLocale().toString(date, ChartExportText::tr(pattern));
}

} // namespace

double chartExportTextScale(const QSizeF& size)
{
    return std::clamp(std::sqrt(std::max(0.0, size.width() * size.height())) / 800.0, 0.75, 4.0);
}

QString defaultChartTitle(const QStringList& tokenLabels)
{
    if (tokenLabels.size() > 4)
        return QCoreApplication::translate("seance::ChartExport", "Sentiment of %n tokens", nullptr,
                                           int(tokenLabels.size()));
    return ChartExportText::tr("Sentiment: %1").arg(tokenLabels.join(ChartExportText::tr(" vs ")));
}

QString defaultChartSubtitle(Metric metric, Granularity granularity, const TimeRange& range, const Smoothing& smoothing)
{
    QString buckets;
    switch (granularity) {
    case Granularity::Hour:
        buckets = ChartExportText::tr("hourly buckets");
        break;
    case Granularity::Day:
        buckets = ChartExportText::tr("daily buckets");
        break;
    case Granularity::Week:
        buckets = ChartExportText::tr("weekly buckets");
        break;
    }
    const qint64 last = std::max(range.from, range.to - 1); // the range's end is exclusive
    const bool sameYear = QDateTime::fromMSecsSinceEpoch(range.from, Qt::UTC).date().year() ==
                          QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).date().year();
    const QString span = ChartExportText::tr("%1 – %2").arg(dayText(range.from, !sameYear), dayText(last, true));
    if (smoothing.isOn()) {
        QString smoothed = smoothingLabel(smoothing);
        if (smoothing.band)
            smoothed = ChartExportText::tr("%1 ± standard error").arg(smoothed);
        buckets = ChartExportText::tr("%1 · %2").arg(buckets, smoothed);
    }
    return ChartExportText::tr("%1 · %2 · %3 (UTC)").arg(metricLabel(metric), buckets, span);
}

QString defaultChartCaption(const QString& databasePath, bool sampleData)
{
    const QString source = QFileInfo(databasePath).fileName();
    if (sampleData)
        return ChartExportText::tr("Source: %1 — SAMPLE DATA: generated posts, not real social-media data · Seance")
            .arg(source);
    return ChartExportText::tr("Source: %1 · Seance").arg(source);
}

ChartExportRenderer::ChartExportRenderer()
    : m_view(std::make_unique<SentimentChartView>(ChartPalette::dark()))
{
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setFont(exportFont());
}

ChartExportRenderer::~ChartExportRenderer() = default;

bool ChartExportRenderer::load(const ChartExportSpec& spec, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QStringList ids = spec.tokenIds;
    ids.removeDuplicates();
    ids.removeAll(QString());
    if (ids.isEmpty())
        return fail(ChartExportText::tr("tokens: give at least one token id."));
    if (!QFileInfo(spec.databasePath).isFile())
        return fail(
            ChartExportText::tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(spec.databasePath)));
    Database db;
    QString why;
    if (!db.open(spec.databasePath, &why,
                 spec.workspaceAlreadyChecked ? Database::Check::Skip : Database::Check::Full))
        return fail(why);
    m_facts = readChartWorkspaceFacts(db);
    for (const QString& id : std::as_const(ids)) {
        if (!m_facts.tokenLabels.contains(id))
            return fail(ChartExportText::tr("tokens: unknown token \"%1\" in %2.")
                            .arg(id, QFileInfo(spec.databasePath).fileName()));
    }
    BucketQuery query(db);
    if (spec.range) {
        m_range = *spec.range;
    } else {
        std::optional<TimeRange> all;
        for (const QString& id : std::as_const(ids)) {
            const std::optional<TimeRange> one = query.fullRange(SubjectKind::Token, id, spec.granularity, &why);
            if (!one && !why.isEmpty())
                return fail(why);
            if (one)
                all = all ? TimeRange{std::min(all->from, one->from), std::max(all->to, one->to)} : *one;
        }
        if (!all)
            return fail(ChartExportText::tr("tokens: %1 have no posts to chart; import posts or give a time range.")
                            .arg(ids.join(ChartExportText::tr(", "))));
        m_range = *all;
    }
    if (m_range.isEmpty())
        return fail(ChartExportText::tr("range: the time range is empty."));

    ChartRequest request;
    request.databasePath = spec.databasePath;
    request.tokenIds = ids;
    request.granularity = spec.granularity;
    // The longest smoothing's reach, so the dialog can change the smoothing without reading the buckets again.
    Smoothing longest;
    longest.kind = SmoothingKind::Exponential;
    longest.days = Smoothing::maximumDays;
    request.window = loadWindow(m_range, spec.granularity, smoothingLead(longest));
    request.shareOfVoice = spec.metric == Metric::ShareOfVoice;
    request.language = spec.language;
    const ChartBuckets buckets = loadChartBuckets(query, request, &db);
    if (!buckets.error.isEmpty())
        return fail(buckets.error);

    m_prices = spec.showPrice ? readPriceLines(db, ids) : QList<PriceLine>();
    if (spec.showPrice && m_prices.isEmpty())
        return fail(
            ChartExportText::tr("series price: %1 have no price series; import a CoinGecko or CoinMarketCap download "
                                "(seance import FILE --token ID) or fetch one (seance fetch-market --token ID).")
                .arg(ids.join(ChartExportText::tr(", "))));

    m_spec = spec;
    m_spec.tokenIds = ids;
    m_view->setTokens({}); // new ids rebuild the lines in applyPresentation()
    m_view->setBuckets(buckets);
    m_view->setMetric(spec.metric);
    m_view->setVisibleRange(m_range);
    applyPresentation();
    return true;
}

void ChartExportRenderer::setPresentation(const ChartExportSpec& spec)
{
    const ChartExportSpec loaded = m_spec;
    m_spec = spec;
    m_spec.databasePath = loaded.databasePath;
    m_spec.tokenIds = loaded.tokenIds;
    m_spec.range = loaded.range;
    m_spec.metric = loaded.metric;
    m_spec.granularity = loaded.granularity;
    applyPresentation();
}

void ChartExportRenderer::applyPresentation()
{
    const ChartPalette palette = m_spec.transparent ? m_spec.palette.withTransparentBackground() : m_spec.palette;
    m_view->setChartPalette(palette);
    m_view->setSmoothing(m_spec.smoothing);
    QList<ChartTokenLine> lines;
    for (qsizetype i = 0; i < m_spec.tokenIds.size(); ++i) {
        const QString& id = m_spec.tokenIds.at(i);
        lines.append({id, m_facts.tokenLabels.value(id, id), palette.tokenColor(id, m_facts.tokenLabels.keys())});
    }
    m_view->setTokens(lines);
    ChartPriceOverlay* price = m_view->priceOverlay();
    price->setEnabled(m_spec.showPrice);
    price->setScale(m_spec.priceLog ? PriceScale::Log : PriceScale::Linear);
    price->setLines(m_prices, lines);
    QList<ChartEventMarker> markers;
    if (m_spec.showEvents) {
        for (const EventRecord& event : std::as_const(m_facts.events))
            markers.append({event.id, event.occurredAt, event.title, m_facts.narrativeColors.value(event.narrativeId)});
    }
    m_view->setEvents(markers);
    // No event is drawn focused: the focus is where the user is on screen, and a slide shows every event alike.
    m_view->setLegendVisible(m_spec.showLegend);
    m_view->setBadgeVisible(m_facts.sampleData);
    m_view->refresh();
    m_view->setMessage(m_view->hasVisibleData() ? QString() : ChartExportText::tr("No posts in this time range"));
}

QString ChartExportRenderer::title() const
{
    if (m_spec.title)
        return *m_spec.title;
    const QStringList labels = tokenLabels();
    if (m_spec.showPrice && labels.size() <= 4)
        return ChartExportText::tr("Sentiment and price: %1").arg(labels.join(ChartExportText::tr(" vs ")));
    return defaultChartTitle(labels);
}

QString ChartExportRenderer::subtitle() const
{
    return m_spec.subtitle.value_or(defaultChartSubtitle(m_spec.metric, m_spec.granularity, m_range, m_spec.smoothing));
}

QString ChartExportRenderer::caption() const
{
    if (m_spec.caption)
        return *m_spec.caption;
    const QString caption = defaultChartCaption(m_spec.databasePath, m_facts.sampleData);
    return m_spec.showPrice ? ChartExportText::tr("%1 · %2").arg(caption, priceSourceCaption(m_prices)) : caption;
}

QStringList ChartExportRenderer::tokenLabels() const
{
    QStringList labels;
    for (const QString& id : m_spec.tokenIds)
        labels.append(m_facts.tokenLabels.value(id, id));
    return labels;
}

void ChartExportRenderer::paint(QPainter* painter, const QRectF& target)
{
    // Laid out at a smaller logical size and painted scaled up, so every font, line, gap and marker of the
    // screen's drawing code grows together and the picture keeps the screen's proportions.
    const double scale = chartExportTextScale(target.size());
    const QRectF area(QPointF(0, 0), target.size() / scale);
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    const ChartPalette& palette = m_spec.palette;
    if (!m_spec.transparent)
        painter->fillRect(area, palette.background);

    const QRectF content = area.adjusted(pageMargin, pageMargin * 0.8, -pageMargin, -pageMargin * 0.6);
    double top = content.top();
    const double titleHeight = drawWrapped(painter, exportFont(1.9, true), palette.text,
                                           QRectF(content.left(), top, content.width(), 0), title());
    top += titleHeight;
    if (titleHeight > 0 && !subtitle().isEmpty())
        top += 4;
    top += drawWrapped(painter, exportFont(1.15), palette.mutedText, QRectF(content.left(), top, content.width(), 0),
                       subtitle());
    if (top > content.top())
        top += 12;

    const QFont captionFont = exportFont(0.92);
    const double captionHeight = wrappedHeight(captionFont, content.width(), caption());
    const double captionTop = content.bottom() - captionHeight;
    drawWrapped(painter, captionFont, palette.mutedText, QRectF(content.left(), captionTop, content.width(), 0),
                caption());

    // The chart keeps its own small margins, so it reaches a little wider than the texts to line its axes up
    // with them.
    const double chartBottom = captionHeight > 0 ? captionTop - 10 : content.bottom();
    const QRectF chart(content.left() - 8, top, content.width() + 16, std::max(40.0, chartBottom - top));
    m_view->renderTo(painter, chart);
    painter->restore();
}

ImageExportOptions ChartExportRenderer::imageOptions() const
{
    ImageExportOptions options;
    options.size = m_spec.size;
    options.scale = m_spec.scale;
    options.transparent = m_spec.transparent;
    options.title = title();
    options.description = caption();
    return options;
}

bool exportChartFile(const ChartExportSpec& spec, const QString& path, QString* error)
{
    const std::optional<ImageFormat> format = imageFormatForPath(path);
    if (!format) {
        if (error)
            *error = ChartExportText::tr("out: %1 must end in .png or .svg.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    ChartExportRenderer renderer;
    if (!renderer.load(spec, error))
        return false;
    return writeImageFile(
        path, *format, [&renderer](QPainter* painter, const QRectF& target) { renderer.paint(painter, target); },
        renderer.imageOptions(), error);
}

} // namespace seance
