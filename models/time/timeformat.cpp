// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/time/timeformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace seance {

QString formatTimestamp(qint64 utcMs, bool utc)
{
    if (utc)
        return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatUtcDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace seance
