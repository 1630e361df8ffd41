// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/elidedtext.h"

#include <QFontMetrics>
#include <QFontMetricsF>

namespace seance {
namespace {

QString withOneEllipsis(const QString& text, QString elided)
{
    const QString ellipsis(QChar(0x2026));
    if (elided == text || !elided.endsWith(ellipsis))
        return elided;
    QString kept = elided.chopped(1);
    while (!kept.isEmpty() && (kept.back().isSpace() || kept.endsWith(ellipsis) || kept.endsWith(QLatin1Char('.'))))
        kept.chop(1);
    return kept.isEmpty() ? QString() : kept + ellipsis;
}

} // namespace

QString elidedText(const QFontMetricsF& metrics, const QString& text, double width)
{
    return withOneEllipsis(text, metrics.elidedText(text, Qt::ElideRight, width));
}

QString elidedText(const QFontMetrics& metrics, const QString& text, int width)
{
    return withOneEllipsis(text, metrics.elidedText(text, Qt::ElideRight, width));
}

} // namespace seance
