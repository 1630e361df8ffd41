// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartdata.h"
#include "models/chart/chartworkspacefacts.h"
#include "models/market/priceaxis.h"
#include "models/sentiment/buckets/metrics.h"
#include "models/smoothing.h"
#include "ui/chart/chartpalette.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPainter;

namespace seance {

class SentimentChartView;
struct ImageExportOptions;

// Everything that decides an exported chart picture. Texts left empty (nullopt) get the defaults below; an
// empty string means "none".
struct ChartExportSpec
{
    QString databasePath;
    QStringList tokenIds;
    std::optional<TimeRange> range; // nullopt: the tokens' full data range
    Metric metric = Metric::Mean;
    Granularity granularity = Granularity::Day;
    // The lines' moving average or EMA, band and faded threshold (View › Smoothing, --smooth). A presentation
    // option: the buckets are loaded with the longest smoothing's lead, so changing it needs no reload.
    Smoothing smoothing;
    ChartPalette palette = ChartPalette::dark();
    QSize size{1920, 1080}; // logical pixels
    double scale = 1.0;     // PNG pixel ratio
    std::optional<QString> title;
    std::optional<QString> subtitle;
    std::optional<QString> caption;
    bool showEvents = true;
    bool showLegend = true;
    bool transparent = false;
    // The tokens' prices on a second axis (seance export-chart --series price); the caption names their source.
    bool showPrice = false;
    bool priceLog = false;
    // Only posts in this language, as the chart on screen shows them under View › Language Filter.
    PostLanguage language = PostLanguage::All;
    // The GUI exports the workspace it already checked when it opened it; the command line checks it in full.
    bool workspaceAlreadyChecked = false;
};

// How much larger than the screen's the text and lines of a picture of this size are drawn, so that 1920×1080
// and 1080×1080 both read on a slide. The chart is laid out at size / this factor and painted scaled up.
double chartExportTextScale(const QSizeF& size);

QString defaultChartTitle(const QStringList& tokenLabels);
// "Mean sentiment · daily buckets · Sep 26 – Oct 20 2025 (UTC)", with the smoothing after the buckets
// ("… · daily buckets · 7-day moving average ± standard error · …").
QString defaultChartSubtitle(Metric metric, Granularity granularity, const TimeRange& range,
                             const Smoothing& smoothing = {});
// "Source: workspace.seance, sample data · Seance"
QString defaultChartCaption(const QString& databasePath, bool sampleData);

// Renders a chart picture through the same SentimentChartView and ChartDecorations as the screen, in a view
// that is never shown. load() reads the workspace once; the presentation options (texts, palette, size,
// toggles) can change afterwards without reading it again, which the export dialog's preview relies on.
class ChartExportRenderer final
{
public:
    ChartExportRenderer();
    ~ChartExportRenderer();
    ChartExportRenderer(const ChartExportRenderer&) = delete;
    ChartExportRenderer& operator=(const ChartExportRenderer&) = delete;

    // Reads the tokens' buckets, names, events and sample flag. Returns false with *error naming the problem:
    // the database, an unknown token id, or no data to chart.
    bool load(const ChartExportSpec& spec, QString* error = nullptr);
    // Changes what load() does not read; tokens, range, metric and granularity stay as loaded.
    void setPresentation(const ChartExportSpec& spec);
    const ChartExportSpec& spec() const { return m_spec; }
    TimeRange range() const { return m_range; }
    QString title() const;
    QString subtitle() const;
    QString caption() const;
    QStringList tokenLabels() const;
    bool isSampleData() const { return m_facts.sampleData; }

    // Paints the whole picture, laid out for target's size.
    void paint(QPainter* painter, const QRectF& target);
    ImageExportOptions imageOptions() const;

private:
    void applyPresentation();

    ChartExportSpec m_spec;
    TimeRange m_range;
    ChartWorkspaceFacts m_facts;
    QList<PriceLine> m_prices;
    std::unique_ptr<SentimentChartView> m_view;
};

// Loads and writes the picture in one go, as PNG or SVG by path's suffix; the command line's export.
bool exportChartFile(const ChartExportSpec& spec, const QString& path, QString* error = nullptr);

} // namespace seance
