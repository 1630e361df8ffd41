// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/compare/comparisonexport.h"

#include "models/compare/comparesetup.h"
#include "models/io/text/inerttext.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"

#include <QHash>
#include <QUrl>

namespace seance {
namespace {

// The export's own number format, stable for golden files and spreadsheets: fixed decimals, ASCII signs.
QString exportMetricValue(double value, Metric metric, bool signedChange)
{
    QString text;
    switch (metric) {
    case Metric::Mean:
    case Metric::Weighted:
        text = QString::number(value, 'f', 3);
        break;
    case Metric::PositiveShare:
    case Metric::ShareOfVoice:
        text = QString::number(value, 'f', 1);
        break;
    case Metric::Volume:
    case Metric::Unscored:
        text = QString::number(value, 'f', 0);
        break;
    }
    if (signedChange && value > 0)
        text.prepend(u'+');
    if (metric == Metric::PositiveShare || metric == Metric::ShareOfVoice)
        text += QStringLiteral(" %");
    return text;
}

} // namespace


namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Twelve significant digits: enough for any bucket mean, and the same text on every platform.
QString csvNumber(double value)
{
    return QString::number(value, 'g', 12);
}

// Markdown table cells hold untrusted text: a pipe would end the cell, a newline the row, and brackets, angle
// brackets, backticks, stars and underscores would turn a title into a link, raw HTML or emphasis.
QString markdownCell(const QString& text)
{
    QString cell;
    cell.reserve(text.size());
    for (const QChar c : inertText(text, 500)) {
        if (c == u'\n' || c == u'\r') {
            cell += u' ';
            continue;
        }
        if (QStringView(u"\\`*_[]<>|").contains(c))
            cell += u'\\';
        cell += c;
    }
    return cell.trimmed();
}

// Only http(s) sources become links, like everywhere else in the app; anything else is shown as text.
QString markdownSource(const Link& link)
{
    const QString label = markdownCell(link.label.isEmpty() ? link.url : link.label);
    const bool web = link.url.startsWith(QLatin1String("https://")) || link.url.startsWith(QLatin1String("http://"));
    // Percent-encoded, and refused when a character could still end the link or the table cell.
    const QString url = QString::fromLatin1(QUrl(link.url).toEncoded());
    const bool safe = !url.isEmpty() && !url.contains(u')') && !url.contains(u'|') && !url.contains(u'<')
                      && !url.contains(u'>') && !url.contains(u' ');
    if (!web || !safe)
        return label.isEmpty() ? markdownCell(link.url) : label;
    return QStringLiteral("[%1](%2)").arg(label, url);
}

// One table line. Cells are joined, never passed through QString::arg() one after another: a later arg() would
// rewrite a "%1" inside an earlier cell's text (a title, a percent-encoded URL).
QString markdownRow(const QStringList& cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString signedDay(int day)
{
    return day > 0 ? QStringLiteral("+%1").arg(day) : QString::number(day);
}

} // namespace

QString alignedSeriesCsv(const QList<ComparisonExportRow>& rows, Metric metric)
{
    QString csv =
        QStringLiteral("row,subject_kind,subject_id,subject,anchor_event,anchor_date,day,date,metric,value,posts\r\n");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ComparisonExportRow& row = rows.at(i);
        const AlignedSeries& series = row.series;
        const QString prefix =
            QStringList{QString::number(i + 1), subjectKindName(series.kind),   csvField(series.subjectId),
                        csvField(row.label),    csvField(series.anchorEventId), formatUtcDate(series.anchorTime)}
                .join(u',');
        for (const AlignedPoint& point : series.points) {
            csv += prefix + u',' + QString::number(point.day) + u',' +
                   formatUtcDate(alignedDayStart(series.anchorTime, point.day)) + u',' + metricName(metric) + u',' +
                   (point.value ? csvNumber(*point.value) : QString()) + u',' + QString::number(point.posts) +
                   QStringLiteral("\r\n");
        }
    }
    return csv;
}

QString comparisonMarkdown(const QList<ComparisonExportRow>& rows, const QList<ComparisonEventImpact>& events,
                           Metric metric, int days)
{
    QString md = QStringLiteral("# Narrative comparison\n\n");
    if (!rows.isEmpty()) {
        const DayWindow window = rows.constFirst().series.window;
        // The metric as the chart's axis names it; the CSV keeps the stable id for programs.
        md += QStringLiteral("Metric: %1. Window: day %2 to day %3 around each anchor (UTC days). "
                             "Impact: the %4 days before an event against its day and the %5 days after it.\n\n")
                  .arg(metricLabel(metric), signedDay(window.first), signedDay(window.last))
                  .arg(days)
                  .arg(days - 1);
    }
    md += QStringLiteral("| # | Subject | Day 0 (UTC) | Anchor event |\n|---|---|---|---|\n");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ComparisonExportRow& row = rows.at(i);
        md += markdownRow({QString::number(i + 1),
                           QStringLiteral("%1 (%2)").arg(markdownCell(row.label), subjectKindName(row.series.kind)),
                           formatUtcDate(row.series.anchorTime), markdownCell(row.anchorTitle)});
    }
    md += QStringLiteral("\n## Events\n\n");
    if (events.isEmpty())
        return md + QStringLiteral("No events of these subjects fall inside the window.\n");
    md += QStringLiteral(
        "| # | Date (UTC) | Day | Event | Sources | Before | After | Change | Posts before | Posts after |\n"
        "|---|---|---:|---|---|---:|---:|---:|---:|---:|\n");
    const QString none = QStringLiteral("—");
    for (const ComparisonEventImpact& entry : events) {
        QStringList sources;
        for (const Link& link : entry.sources)
            sources << markdownSource(link);
        const auto value = [&](const std::optional<double>& v, bool signedChange) {
            return v ? exportMetricValue(*v, metric, signedChange) : none;
        };
        const EventImpact impact = entry.impact.value_or(EventImpact{});
        md += markdownRow({QString::number(entry.row + 1), formatUtcDate(entry.aligned.occurredAt),
                           signedDay(entry.aligned.day), markdownCell(entry.aligned.title),
                           sources.isEmpty() ? none : sources.join(QStringLiteral("<br>")), value(impact.before, false),
                           value(impact.after, false), value(impact.change, true),
                           entry.impact ? QString::number(impact.volumeBefore) : none,
                           entry.impact ? QString::number(impact.volumeAfter) : none});
    }
    return md;
}

std::optional<QList<ComparisonEventImpact>> comparisonEventImpacts(BucketQuery& query,
                                                                    const QList<ComparisonExportRow>& rows,
                                                                    const QList<EventRecord>& events, Metric metric,
                                                                    int days, QString* error)
{
    QHash<QString, const EventRecord*> byId;
    for (const EventRecord& event : events)
        byId.insert(event.id, &event);
    QList<ComparisonEventImpact> entries;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AlignedSeries& series = rows.at(i).series;
        for (const AlignedEvent& aligned : series.events) {
            ComparisonEventImpact entry;
            entry.row = int(i);
            entry.aligned = aligned;
            if (const EventRecord* record = byId.value(aligned.eventId))
                entry.sources = record->sources;
            const auto impact =
                eventImpact(query, series.kind, series.subjectId, aligned.occurredAt, metric, days, error);
            if (!impact)
                return std::nullopt;
            if (impact->volumeBefore + impact->volumeAfter > 0)
                entry.impact = impact;
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace seance
