// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/fieldsyntax.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct FieldSyntaxText
{
    Q_DECLARE_TR_FUNCTIONS(seance::FieldSyntax)
};

bool matchesWhole(const QRegularExpression& pattern, const QString& text)
{
    return pattern.match(text).hasMatch();
}

QString formatLink(const Link& link)
{
    if (link.url.isEmpty()) {
        // A trailing separator keeps a label that itself holds '|' or looks like a URL from being read as one.
        const bool ambiguous = link.label.contains(QLatin1Char('|')) || link.label.contains(QLatin1String("://"));
        return ambiguous ? link.label + QLatin1String(" |") : link.label;
    }
    return link.label.isEmpty() ? link.url : link.label + QLatin1String(" | ") + link.url;
}

} // namespace

bool isValidRecordId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z0-9_:-]+\\z"));
    return matchesWhole(pattern, id);
}

bool isDecimalAmount(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9]+(\\.[0-9]+)?\\z"));
    return matchesWhole(pattern, text);
}

bool isWebUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !parsed.host().isEmpty();
}

bool isColorName(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\A#[0-9a-fA-F]{6}\\z"));
    return matchesWhole(pattern, text);
}

QString formatLinkLines(const QList<Link>& links)
{
    QStringList lines;
    lines.reserve(links.size());
    for (const Link& link : links)
        lines.append(formatLink(link));
    return lines.join(QLatin1Char('\n'));
}

bool parseLinkLines(const QString& text, QList<Link>* links, QString* error)
{
    QList<Link> parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Link link;
        // The last '|' separates, because a label may contain one and a valid URL may not.
        if (const qsizetype bar = line.lastIndexOf(QLatin1Char('|')); bar >= 0) {
            link.label = line.left(bar).trimmed();
            link.url = line.mid(bar + 1).trimmed();
        } else if (line.contains(QLatin1String("://"))) {
            link.url = line;
        } else {
            link.label = line;
        }
        if (!link.url.isEmpty() && !isWebUrl(link.url)) {
            if (error)
                *error = FieldSyntaxText::tr("Line %1: “%2” is not an http or https address.").arg(i + 1).arg(link.url);
            return false;
        }
        parsed.append(link);
    }
    *links = parsed;
    return true;
}

QString joinCommaList(const QStringList& items)
{
    return items.join(QLatin1String(", "));
}

QStringList splitCommaList(const QString& text)
{
    QStringList items;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

} // namespace seance
