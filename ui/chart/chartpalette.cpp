// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartpalette.h"

#include "models/appsettings.h"

#include <QSet>

#include <algorithm>

namespace seance {
namespace {

// FNV-1a over the id's UTF-8: the same slot in every run and on every machine (qHash is seeded per process).
quint32 stableHash(const QString& id)
{
    quint32 hash = 2166136261u;
    const QByteArray bytes = id.toUtf8();
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

QHash<QString, int> tokenColorSlots(QStringList workspaceTokenIds, int slotCount)
{
    QHash<QString, int> slotOf;
    if (slotCount <= 0)
        return slotOf;
    workspaceTokenIds.removeDuplicates();
    std::sort(workspaceTokenIds.begin(), workspaceTokenIds.end(), [](const QString& a, const QString& b) {
        const quint32 ha = stableHash(a);
        const quint32 hb = stableHash(b);
        return ha != hb ? ha < hb : a < b;
    });
    QList<bool> taken(slotCount, false);
    int free = slotCount;
    for (const QString& id : std::as_const(workspaceTokenIds)) {
        int slot = int(stableHash(id) % quint32(slotCount));
        if (free > 0) {
            while (taken.at(slot))
                slot = (slot + 1) % slotCount;
            taken[slot] = true;
            --free;
        }
        slotOf.insert(id, slot);
    }
    return slotOf;
}

QColor ChartPalette::tokenColor(const QString& tokenId, const QStringList& workspaceTokenIds) const
{
    if (const QColor chosen = TokenColors::userColor(tokenId); chosen.isValid())
        return chosen;
    if (series.isEmpty())
        return text;
    QStringList ids = workspaceTokenIds;
    if (!ids.contains(tokenId))
        ids << tokenId;
    return series.at(tokenColorSlots(ids, int(series.size())).value(tokenId));
}

TokenColors& TokenColors::instance()
{
    static TokenColors colors;
    return colors;
}

QColor TokenColors::userColor(const QString& tokenId)
{
    const QString name = AppSettings::value(Setting::TokenColors).toMap().value(tokenId).toString();
    return QColor::isValidColorName(name) ? QColor::fromString(name) : QColor();
}

void TokenColors::setUserColor(const QString& tokenId, const QColor& color)
{
    QVariantMap colors = AppSettings::value(Setting::TokenColors).toMap();
    if (color.isValid())
        colors.insert(tokenId, color.name());
    else
        colors.remove(tokenId);
    AppSettings::setValue(Setting::TokenColors, colors);
    emit changed();
}

QColor ChartPalette::seriesColor(qsizetype index) const
{
    if (series.isEmpty())
        return text;
    return series.at(index % series.size());
}

ChartPalette ChartPalette::withTransparentBackground() const
{
    ChartPalette p = *this;
    p.background.setAlpha(0);
    p.plotBackground.setAlpha(0);
    return p;
}

QColor ChartPalette::over(const QColor& top, const QColor& bottom)
{
    // Nothing opaque underneath (a transparent export): the colour has to blend with whatever the picture lands on.
    if (bottom.alpha() == 0)
        return top;
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

ChartPalette ChartPalette::light()
{
    ChartPalette p;
    p.background = QColor(0xf6, 0xf5, 0xfa);
    p.plotBackground = QColor(0xff, 0xff, 0xff);
    p.grid = QColor(0x20, 0x1c, 0x30, 24);
    p.referenceLine = QColor(0x20, 0x1c, 0x30, 100);
    p.text = QColor(0x26, 0x23, 0x33);
    p.mutedText = QColor(0x5f, 0x5a, 0x73);
    p.volumeFill = QColor(0x8c, 0x84, 0xb4);
    p.volumeOpacity = 0.22;
    p.crosshair = QColor(0x20, 0x1c, 0x30, 110);
    p.tooltipBackground = QColor(0xff, 0xff, 0xff, 245);
    p.tooltipBorder = QColor(0x20, 0x1c, 0x30, 50);
    p.rubberBandFill = QColor(0x7b, 0x5f, 0xc7, 40);
    p.rubberBandBorder = QColor(0x7b, 0x5f, 0xc7, 170);
    p.badgeBackground = QColor(0x6b, 0x3f, 0xa0);
    p.badgeText = QColor(0xff, 0xff, 0xff);
    p.eventFallback = QColor(0x6f, 0x6a, 0x85);
    // Darker than the dark theme's set, so a thin line still stands out from white.
    p.series = {QColor(0x1f, 0x6f, 0xc9), QColor(0xe0, 0x6c, 0x00), QColor(0x0b, 0x8f, 0x6c), QColor(0xc2, 0x37, 0x7a),
                QColor(0xa6, 0x80, 0x00), QColor(0x6e, 0x4f, 0xd1), QColor(0xcf, 0x3c, 0x3c), QColor(0x48, 0x8f, 0x22)};
    return p;
}

ChartPalette ChartPalette::presenter()
{
    ChartPalette p;
    p.background = QColor(0xff, 0xff, 0xff);
    p.plotBackground = QColor(0xff, 0xff, 0xff);
    p.grid = QColor(0x00, 0x00, 0x00, 40);
    p.referenceLine = QColor(0x00, 0x00, 0x00, 150);
    p.text = QColor(0x0a, 0x0a, 0x0a);
    p.mutedText = QColor(0x2e, 0x2e, 0x2e); // still dark: a projector washes grey text out
    p.volumeFill = QColor(0x70, 0x70, 0x70);
    p.volumeOpacity = 0.25;
    p.crosshair = QColor(0x00, 0x00, 0x00, 160);
    p.tooltipBackground = QColor(0xff, 0xff, 0xff, 250);
    p.tooltipBorder = QColor(0x00, 0x00, 0x00, 120);
    p.rubberBandFill = QColor(0x00, 0x57, 0xb8, 40);
    p.rubberBandBorder = QColor(0x00, 0x57, 0xb8, 200);
    p.badgeBackground = QColor(0x4a, 0x1f, 0x80);
    p.badgeText = QColor(0xff, 0xff, 0xff);
    p.eventFallback = QColor(0x40, 0x40, 0x40);
    // After Okabe and Ito's colour-blind-safe set, darkened where white would swallow it (yellow, sky blue).
    p.series = {QColor(0x00, 0x5a, 0xb5), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x7f, 0x5c), QColor(0xb0, 0x2a, 0x7c),
                QColor(0x6a, 0x3d, 0x9a), QColor(0x9c, 0x6b, 0x00), QColor(0x1b, 0x1b, 0x1b), QColor(0xc0, 0x1c, 0x28)};
    p.lineWidthFactor = 1.6;
    return p;
}

} // namespace seance
