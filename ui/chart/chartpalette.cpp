// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

namespace seance {

QColor ChartPalette::seriesColor(qsizetype index) const
{
    if (series.isEmpty())
        return text;
    return series.at(index % series.size());
}

QColor ChartPalette::over(const QColor& top, const QColor& bottom)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + bottom.redF() * (1 - a), top.greenF() * a + bottom.greenF() * (1 - a),
                            top.blueF() * a + bottom.blueF() * (1 - a));
}

ChartPalette ChartPalette::dark()
{
    ChartPalette p;
    p.background = QColor(0x14, 0x12, 0x1d);
    p.plotBackground = QColor(0x19, 0x17, 0x25);
    p.grid = QColor(0xff, 0xff, 0xff, 20);
    p.referenceLine = QColor(0xff, 0xff, 0xff, 70);
    p.text = QColor(0xdc, 0xd8, 0xec);
    p.mutedText = QColor(0x8f, 0x89, 0xab);
    p.volumeFill = QColor(0x9a, 0x92, 0xc4);
    p.volumeOpacity = 0.2;
    p.crosshair = QColor(0xff, 0xff, 0xff, 120);
    p.tooltipBackground = QColor(0x24, 0x21, 0x35, 240);
    p.tooltipBorder = QColor(0xff, 0xff, 0xff, 45);
    p.rubberBandFill = QColor(0xb3, 0x9d, 0xdb, 45);
    p.rubberBandBorder = QColor(0xb3, 0x9d, 0xdb, 160);
    p.badgeBackground = QColor(0x6b, 0x3f, 0xa0);
    p.badgeText = QColor(0xff, 0xff, 0xff);
    p.eventFallback = QColor(0xb8, 0xb4, 0xc8);
    // Bright enough on the dark plot, apart in hue and lightness so two lines stay tellable apart, and away
    // from pure red and green, which read as a verdict on the sentiment.
    p.series = {QColor(0x5c, 0xb8, 0xff), QColor(0xff, 0xa9, 0x4d), QColor(0x63, 0xe6, 0xbe), QColor(0xf7, 0x83, 0xc4),
                QColor(0xff, 0xe0, 0x66), QColor(0xb1, 0x97, 0xfc), QColor(0xff, 0x87, 0x87), QColor(0x9f, 0xd8, 0x6b)};
    return p;
}

} // namespace seance
