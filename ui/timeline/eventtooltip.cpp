// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/eventtooltip.h"

#include "models/io/text/inerttext.h"
#include "models/time/granularity.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"

#include <QCoreApplication>

namespace seance {

namespace {

// A tooltip is a glance, not a reader: long fields are cut so the tip stays on screen.
constexpr int maximumDescriptionLength = 600;
constexpr int maximumSources = 5;

// Gives the strings below a translation context that lupdate understands.
class EventToolTip
{
    Q_DECLARE_TR_FUNCTIONS(EventToolTip)
};

// Every value comes from the data: inert (no control characters, bidi overrides kept inside their value, lines
// cut), then escaped.
QString escaped(const QString& text, int maxLength = 200)
{
    return inertText(text, maxLength).toHtmlEscaped();
}

QString shortened(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length).trimmed() + QChar(0x2026);
}

} // namespace

QString eventToolTipHtml(const EventRecord& event, const QString& narrativeTitle, const QString& impactHtml)
{
    // Events dated by day are stored at 00:00 UTC; anything else carries its time.
    const QString when = event.occurredAt % dayMs == 0 ? EventToolTip::tr("%1 UTC").arg(formatUtcDate(event.occurredAt))
                                                       : formatTimestamp(event.occurredAt, true);
    const QString title = event.title.isEmpty() ? EventToolTip::tr("(untitled event)") : event.title;
    const QString narrative = narrativeTitle.isEmpty() ? EventToolTip::tr("Other events") : narrativeTitle;
    const QString kind = event.kind.isEmpty() ? EventToolTip::tr("unknown") : event.kind;

    QString html = QStringLiteral("<qt><b>%1</b><br/>%2<br/>").arg(escaped(title), escaped(when));
    html += EventToolTip::tr("Narrative: %1 · Kind: %2").arg(escaped(narrative), escaped(kind));
    if (!event.description.isEmpty()) {
        html += QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                    .arg(escaped(shortened(event.description, maximumDescriptionLength), maximumDescriptionLength));
    } else {
        html += QStringLiteral("<br/>");
    }
    if (!event.tokenIds.isEmpty())
        html += EventToolTip::tr("Tokens: %1").arg(escaped(event.tokenIds.join(QStringLiteral(", ")))) +
                QStringLiteral("<br/>");
    if (!event.sources.isEmpty()) {
        html += EventToolTip::tr("Sources:");
        for (int i = 0; i < event.sources.size() && i < maximumSources; ++i) {
            const Link& source = event.sources.at(i);
            const QString shown = source.label.isEmpty() || source.label == source.url
                                      ? escaped(source.url)
                                      : QStringLiteral("%1 (%2)").arg(escaped(source.label), escaped(source.url));
            html += QStringLiteral("<br/>• ") + shown;
        }
        if (event.sources.size() > maximumSources)
            html += QStringLiteral("<br/>") +
                    EventToolTip::tr("and %n more", nullptr, int(event.sources.size()) - maximumSources);
    }
    if (!impactHtml.isEmpty())
        html += QStringLiteral("<br/>") + impactHtml;
    return html + QStringLiteral("</qt>");
}

QString narrativeToolTipHtml(const QString& title, const QString& summary)
{
    QString html = QStringLiteral("<qt><b>%1</b>").arg(escaped(title));
    if (!summary.isEmpty()) {
        html += QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                    .arg(escaped(shortened(summary, maximumDescriptionLength), maximumDescriptionLength));
    }
    return html + QStringLiteral("</qt>");
}

} // namespace seance
