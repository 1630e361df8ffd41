// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/eventimpacttext.h"

#include "models/metricformat.h"
#include "models/viewstate.h"

#include <QCoreApplication>

namespace seance {
namespace {

// Gives the strings below a translation context that lupdate understands.
class EventImpactText
{
    Q_DECLARE_TR_FUNCTIONS(EventImpactText)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString eventImpactHtml(const EventImpact& impact, Metric metric, int days)
{
    const auto value = [metric](const std::optional<double>& v, bool signedChange) {
        return v ? (signedChange ? metricChangeText(*v, metric) : metricValueText(*v, metric)) : EventImpactText::tr("no value");
    };
    QString html = EventImpactText::tr("Impact, %1, %2 d before → %2 d after:").arg(escaped(metricLabel(metric))).arg(days);
    html += QStringLiteral("<br/><b>%1 → %2</b>").arg(escaped(value(impact.before, false)), escaped(value(impact.after, false)));
    if (impact.change)
        html += QStringLiteral(" (%1)").arg(escaped(value(impact.change, true)));
    html += QStringLiteral("<br/>") + EventImpactText::tr("Posts: %1 → %2").arg(impact.volumeBefore).arg(impact.volumeAfter);
    return html;
}

QHash<QString, QString> eventImpactHtmlById(const QList<EventImpactRow>& rows, Metric metric, int days)
{
    QHash<QString, QString> html;
    for (const EventImpactRow& row : rows) {
        if (!row.subjectId.isEmpty())
            html.insert(row.event.id, eventImpactHtml(row.impact, metric, days));
    }
    return html;
}

} // namespace seance
