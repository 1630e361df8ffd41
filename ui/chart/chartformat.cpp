// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <cstdlib>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct SentimentChartPaneText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SentimentChartPane)
};

QDateTime utc(qint64 time)
{
    return QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc());
}

QString format(qint64 time, const char* pattern)
{
    // The patterns go through tr() so a translation can reorder day and month.
    return QLocale().toString(utc(time), SentimentChartPaneText::tr(pattern));
}

} // namespace

QString tickLabel(qint64 time, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "HH:mm"));
    case TickUnit::Day:
    case TickUnit::Week:
        return format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "MMM d"));
    case TickUnit::Month:
        return format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "MMM"));
    case TickUnit::Year:
        return format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "yyyy"));
    }
    return QString();
}

QString tickContext(qint64 time, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "ddd, MMM d yyyy"));
    case TickUnit::Day:
    case TickUnit::Week:
    case TickUnit::Month:
        return format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "yyyy"));
    case TickUnit::Year:
        break;
    }
    return QString();
}

QString bucketLabel(qint64 time, Granularity granularity)
{
    const qint64 start = bucketStart(time, granularity);
    switch (granularity) {
    case Granularity::Hour:
        return SentimentChartPaneText::tr("%1 · %2–%3 UTC")
            .arg(format(start, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "ddd, MMM d yyyy")),
                 format(start, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "HH:mm")),
                 format(start + hourMs, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "HH:mm")));
    case Granularity::Day:
        return SentimentChartPaneText::tr("%1 (UTC)")
            .arg(format(start, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "ddd, MMM d yyyy")));
    case Granularity::Week:
        return SentimentChartPaneText::tr("Week of %1 (UTC)")
            .arg(format(start, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "MMM d yyyy")));
    }
    return QString();
}

QString shortTimeLabel(qint64 time, qint64 visibleSpan)
{
    return visibleSpan > 3 * dayMs ? format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "MMM d yyyy"))
                                   : format(time, QT_TRANSLATE_NOOP("seance::SentimentChartPane", "MMM d yyyy HH:mm"));
}

QString relativeTimeText(qint64 eventTime, qint64 hoverTime)
{
    const qint64 delta = hoverTime - eventTime;
    const qint64 magnitude = std::llabs(delta);
    if (magnitude < hourMs)
        return SentimentChartPaneText::tr("at this time");
    // Singular and plural spelled out, so the untranslated English reads right; translations use %n.
    if (magnitude < 2 * dayMs) {
        const int hours = int(magnitude / hourMs);
        if (delta > 0)
            return hours == 1 ? SentimentChartPaneText::tr("%n hour before", nullptr, hours)
                              : SentimentChartPaneText::tr("%n hours before", nullptr, hours);
        return hours == 1 ? SentimentChartPaneText::tr("%n hour after", nullptr, hours)
                          : SentimentChartPaneText::tr("%n hours after", nullptr, hours);
    }
    const int days = int(magnitude / dayMs);
    return delta > 0 ? SentimentChartPaneText::tr("%n days before", nullptr, days)
                     : SentimentChartPaneText::tr("%n days after", nullptr, days);
}

} // namespace seance
