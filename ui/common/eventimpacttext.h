// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/eventimpact.h"
#include "models/sentiment/buckets/eventimpactrows.h"
#include "models/sentiment/buckets/metrics.h"

#include <QHash>
#include <QString>

namespace seance {

// An event's impact as rich text for tooltips (the timeline's and the comparison's): the metric over N days before
// and after, the change and the post counts. Every value is escaped.
QString eventImpactHtml(const EventImpact& impact, Metric metric, int days);
// The same for each row of the impact table that has a subject, by event id: the timeline's event tooltips.
QHash<QString, QString> eventImpactHtmlById(const QList<EventImpactRow>& rows, Metric metric, int days);

} // namespace seance
