// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/exportchartcommand.h"

#include "app/commands/databaseoption.h"
#include "app/commands/metricoptions.h"
#include "ui/chart/chartexport.h"
#include "ui/export/imageexport.h"
#include "ui/theme/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ExportChartText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli::exportChart)
};

constexpr int minSide = 64;
constexpr int maxSide = 8192;
constexpr double maxScale = 4;

} // namespace

std::optional<QSize> parseChartSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*[x×X]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < minSide || size.height() < minSide || size.width() > maxSide || size.height() > maxSide)
        return std::nullopt;
    return size;
}

int runExportChartCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportChartText::tr(
        "Render the sentiment chart of some tokens to a PNG or SVG file, without a display.\n"
        "Dates are UTC: ISO 8601 dates or times, or epoch seconds or milliseconds; --to is exclusive."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  ExportChartText::tr("Show this help."));
    const QCommandLineOption tokens(QStringLiteral("tokens"), ExportChartText::tr("Token ids, separated by commas."),
                                    ExportChartText::tr("ID,..."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  ExportChartText::tr("Start (default: the tokens' first post)."),
                                  ExportChartText::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                ExportChartText::tr("End (default: after the tokens' last post)."),
                                ExportChartText::tr("DATE"));
    const QCommandLineOption metric = metricOption();
    const QCommandLineOption granularity = granularityOption();
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   ExportChartText::tr("dark, light or presenter (default: the app's theme)."),
                                   ExportChartText::tr("THEME"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  ExportChartText::tr("Width x height in logical pixels (default 1920x1080)."),
                                  ExportChartText::tr("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   ExportChartText::tr("PNG pixel ratio, 0.5 to 4 (default 1)."),
                                   ExportChartText::tr("N"), QStringLiteral("1"));
    const QCommandLineOption title(QStringLiteral("title"), ExportChartText::tr("Title (default: the tokens' names)."),
                                   ExportChartText::tr("TEXT"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"),
                                      ExportChartText::tr("Subtitle (default: metric and dates)."),
                                      ExportChartText::tr("TEXT"));
    const QCommandLineOption caption(QStringLiteral("caption"),
                                     ExportChartText::tr("Source caption (default: the workspace)."),
                                     ExportChartText::tr("TEXT"));
    const QCommandLineOption noEvents(QStringLiteral("no-events"), ExportChartText::tr("Leave out the event markers."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), ExportChartText::tr("Leave out the legend."));
    const QCommandLineOption transparent(QStringLiteral("transparent"), ExportChartText::tr("Transparent background."));
    const QCommandLineOption out(QStringLiteral("out"), ExportChartText::tr("The file to write: .png or .svg."),
                                 ExportChartText::tr("FILE"));
    const QCommandLineOption series(
        QStringLiteral("series"),
        ExportChartText::tr("What to draw besides the sentiment: \"price\" adds the tokens' prices on a "
                            "second axis (default: none)."),
        ExportChartText::tr("NAME"));
    const QCommandLineOption priceScale(QStringLiteral("price-scale"),
                                        ExportChartText::tr("linear or log (default linear)."),
                                        ExportChartText::tr("SCALE"), QStringLiteral("linear"));
    const QCommandLineOption smooth(
        QStringLiteral("smooth"),
        ExportChartText::tr("none, ma:N (an N-day moving average) or ema:N (an N-day EMA), N from 1 to %1 "
                            "(default none).")
            .arg(Smoothing::maximumDays),
        ExportChartText::tr("SPEC"), QStringLiteral("none"));
    const QCommandLineOption band(QStringLiteral("band"),
                                  ExportChartText::tr("Draw the standard error of the smoothed line as a band."));
    const QCommandLineOption minPosts(
        QStringLiteral("min-posts"),
        ExportChartText::tr("Draw points resting on fewer posts faded; 0 turns it off (default %1).")
            .arg(Smoothing::defaultMinPosts),
        ExportChartText::tr("N"), QString::number(Smoothing::defaultMinPosts));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({series, priceScale});
    parser.addOptions({smooth, band, minPosts});
    parser.addOptions({help, tokens, from, to, metric, granularity, theme, size, scale, title, subtitle, caption,
                       noEvents, noLegend, transparent, out, db});

    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl
                    << ExportChartText::tr("Run seance export-chart --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(ExportChartText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(tokens))
        return usage(
            ExportChartText::tr("--tokens: give the token ids to chart, e.g. --tokens xrpl-ghost-coin,icp-ghost."));
    if (!parser.isSet(out))
        return usage(ExportChartText::tr("--out: give the file to write, ending in .png or .svg."));

    ChartExportSpec spec;
    spec.databasePath = parser.isSet(db) ? parser.value(db) : context.databasePath;
    for (const QString& id : parser.value(tokens).split(QLatin1Char(','), Qt::SkipEmptyParts))
        spec.tokenIds.append(id.trimmed());
    if (spec.tokenIds.isEmpty())
        return usage(ExportChartText::tr("--tokens: \"%1\" names no token.").arg(parser.value(tokens)));
    const QString path = parser.value(out);
    if (!imageFormatForPath(path))
        return usage(ExportChartText::tr("--out: \"%1\" must end in .png or .svg.").arg(path));
    const std::optional<Metric> chosenMetric = metricFromName(parser.value(metric));
    if (!chosenMetric)
        return usage(ExportChartText::tr("--metric: unknown metric \"%1\".").arg(parser.value(metric)));
    spec.metric = *chosenMetric;
    const std::optional<Granularity> chosenGranularity = granularityFromName(parser.value(granularity));
    if (!chosenGranularity)
        return usage(ExportChartText::tr("--granularity: unknown granularity \"%1\"; use hour, day or week.")
                         .arg(parser.value(granularity)));
    spec.granularity = *chosenGranularity;
    const std::optional<Smoothing> smoothing = smoothingFromSpec(parser.value(smooth));
    if (!smoothing)
        return usage(ExportChartText::tr("--smooth: \"%1\" is not none, ma:N or ema:N with N from 1 to %2.")
                         .arg(parser.value(smooth))
                         .arg(Smoothing::maximumDays));
    spec.smoothing = *smoothing;
    spec.smoothing.band = parser.isSet(band);
    bool minPostsOk = false;
    spec.smoothing.minPosts = parser.value(minPosts).toInt(&minPostsOk);
    if (!minPostsOk || spec.smoothing.minPosts < 0 || spec.smoothing.minPosts > Smoothing::maximumMinPosts)
        return usage(ExportChartText::tr("--min-posts: \"%1\" is not a whole number from 0 to %2.")
                         .arg(parser.value(minPosts))
                         .arg(Smoothing::maximumMinPosts));
    if (spec.smoothing.band && !spec.smoothing.isOn())
        return usage(ExportChartText::tr("--band: the band is the smoothed line's standard error; give --smooth too."));
    Theme chosenTheme = savedTheme();
    if (parser.isSet(theme)) {
        const std::optional<Theme> named = themeFromName(parser.value(theme));
        if (!named)
            return usage(ExportChartText::tr("--theme: unknown theme \"%1\"; use dark, light or presenter.")
                             .arg(parser.value(theme)));
        chosenTheme = *named;
    }
    spec.palette = chartPalette(chosenTheme);
    const std::optional<QSize> chosenSize = parseChartSize(parser.value(size));
    if (!chosenSize)
        return usage(ExportChartText::tr("--size: \"%1\" is not a size like 1920x1080 (each side %2 to %3 pixels).")
                         .arg(parser.value(size))
                         .arg(minSide)
                         .arg(maxSide));
    spec.size = *chosenSize;
    bool scaleOk = false;
    spec.scale = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || spec.scale < 0.5 || spec.scale > maxScale)
        return usage(ExportChartText::tr("--scale: \"%1\" is not a number from 0.5 to %2.")
                         .arg(parser.value(scale))
                         .arg(maxScale));

    std::optional<qint64> fromTime;
    std::optional<qint64> toTime;
    if (parser.isSet(from) && !(fromTime = parseDateOption(parser.value(from))))
        return usage(ExportChartText::tr("--from: \"%1\" is not a date or time.").arg(parser.value(from)));
    if (parser.isSet(to) && !(toTime = parseDateOption(parser.value(to))))
        return usage(ExportChartText::tr("--to: \"%1\" is not a date or time.").arg(parser.value(to)));
    if (fromTime.has_value() != toTime.has_value())
        return usage(ExportChartText::tr("--from and --to go together: give both, or neither for the full range."));
    if (fromTime && *fromTime >= *toTime)
        return usage(ExportChartText::tr("--from must come before --to."));
    if (fromTime)
        spec.range = TimeRange{*fromTime, *toTime};

    if (parser.isSet(title))
        spec.title = parser.value(title);
    if (parser.isSet(subtitle))
        spec.subtitle = parser.value(subtitle);
    if (parser.isSet(caption))
        spec.caption = parser.value(caption);
    spec.showEvents = !parser.isSet(noEvents);
    spec.showLegend = !parser.isSet(noLegend);
    spec.transparent = parser.isSet(transparent);
    if (parser.isSet(series) && parser.value(series) != QLatin1String("price") &&
        parser.value(series) != QLatin1String("sentiment"))
        return usage(ExportChartText::tr("--series: \"%1\" is not price or sentiment.").arg(parser.value(series)));
    spec.showPrice = parser.value(series) == QLatin1String("price");
    if (parser.value(priceScale) != QLatin1String("linear") && parser.value(priceScale) != QLatin1String("log"))
        return usage(ExportChartText::tr("--price-scale: \"%1\" is not linear or log.").arg(parser.value(priceScale)));
    spec.priceLog = parser.value(priceScale) == QLatin1String("log");

    QString error;
    if (!exportChartFile(spec, path, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    context.out << ExportChartText::tr("Wrote %1 (%2×%3 at %4×)")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                       .arg(spec.size.width())
                       .arg(spec.size.height())
                       .arg(spec.scale)
                << Qt::endl;
    return 0;
}

} // namespace seance::cli
