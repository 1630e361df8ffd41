// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/eventlabeltext.h"

#include "ui/common/elidedtext.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace seance {

double wrappedTitleWidth(const QFontMetricsF& metrics, const QString& title)
{
    const QString text = title.simplified();
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0; at = text.indexOf(QLatin1Char(' '), at + 1)) {
        const double wider =
            std::max(metrics.horizontalAdvance(text.left(at)), metrics.horizontalAdvance(text.mid(at + 1)));
        best = std::min(best, wider);
    }
    return std::isinf(best) ? 0.0 : best;
}

QString eventLabelText(const QFontMetricsF& metrics, const QString& title, double width, int lines)
{
    const QString text = title.simplified();
    if (lines < 2 || metrics.horizontalAdvance(text) <= width)
        return elidedText(metrics, text, width);
    // The longest run of whole words that fits the first line; the rest goes to the second.
    qsizetype cut = -1;
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0; at = text.indexOf(QLatin1Char(' '), at + 1)) {
        if (metrics.horizontalAdvance(text.left(at)) > width)
            break;
        cut = at;
    }
    if (cut < 0)
        return elidedText(metrics, text, width);
    return text.left(cut) + QLatin1Char('\n') + elidedText(metrics, text.mid(cut + 1), width);
}

} // namespace seance
