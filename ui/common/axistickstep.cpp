// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/axistickstep.h"

#include <QFontMetricsF>

#include <algorithm>

namespace seance {

namespace {
constexpr double labelScale = 0.88;
constexpr double labelGap = 28;
} // namespace

QFont axisLabelFont(const QFont& baseFont)
{
    QFont label = baseFont;
    if (label.pointSizeF() > 0)
        label.setPointSizeF(std::max(7.0, label.pointSizeF() * labelScale));
    else
        label.setPixelSize(std::max(8, int(label.pixelSize() * labelScale)));
    return label;
}

TickStep sharedAxisTickStep(const TimeAxisMapping& mapping, const QFont& baseFont)
{
    const QFontMetricsF metrics(axisLabelFont(baseFont));
    const double widest = std::max(metrics.horizontalAdvance(QStringLiteral("Sep 30")),
                                   metrics.horizontalAdvance(QStringLiteral("00:00")));
    return mapping.tickStep(widest + labelGap);
}

} // namespace seance
