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

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("seance::SentimentChartPane", text, nullptr, n);
}

QDateTime utc(qint64 time)
{
    return QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc());
}

QString format(qint64 time, const char* pattern)
{
    // The patterns go through tr() so a translation can reorder day and month.
    return QLocale().toString(utc(time), tr(pattern));
}

} // namespace

QString tickLabel(qint64 time, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return format(time, "HH:mm");
    case TickUnit::Day:
    case TickUnit::Week:
        return format(time, "MMM d");
    case TickUnit::Month:
        return format(time, "MMM");
    case TickUnit::Year:
        return format(time, "yyyy");
    }
    return QString();
}

QString tickContext(qint64 time, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return format(time, "ddd, MMM d yyyy");
    case TickUnit::Day:
    case TickUnit::Week:
    case TickUnit::Month:
        return format(time, "yyyy");
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
        return tr("%1 · %2–%3 UTC")
            .arg(format(start, "ddd, MMM d yyyy"), format(start, "HH:mm"), format(start + hourMs, "HH:mm"));
    case Granularity::Day:
        return tr("%1 (UTC)").arg(format(start, "ddd, MMM d yyyy"));
    case Granularity::Week:
        return tr("Week of %1 (UTC)").arg(format(start, "MMM d yyyy"));
    }
    return QString();
}

QString shortTimeLabel(qint64 time, qint64 visibleSpan)
{
    return visibleSpan > 3 * dayMs ? format(time, "MMM d yyyy") : format(time, "MMM d yyyy HH:mm");
}

QString relativeTimeText(qint64 eventTime, qint64 hoverTime)
{
    const qint64 delta = hoverTime - eventTime;
    const qint64 magnitude = std::llabs(delta);
    if (magnitude < hourMs)
        return tr("at this time");
    // Singular and plural spelled out, so the untranslated English reads right; translations use %n.
    if (magnitude < 2 * dayMs) {
        const int hours = int(magnitude / hourMs);
        if (delta > 0)
            return hours == 1 ? tr("%n hour before", hours) : tr("%n hours before", hours);
        return hours == 1 ? tr("%n hour after", hours) : tr("%n hours after", hours);
    }
    const int days = int(magnitude / dayMs);
    return delta > 0 ? tr("%n days before", days) : tr("%n days after", days);
}

} // namespace seance
