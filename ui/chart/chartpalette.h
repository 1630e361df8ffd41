// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace seance {

// Every colour the sentiment chart paints with, so a theme swaps one value rather than editing drawing code.
// The defaults are the app's dark "ghostly" look.
struct ChartPalette
{
    QColor background;     // behind everything, including the axis labels
    QColor plotBackground; // the plot area
    QColor grid;
    QColor referenceLine;  // zero sentiment, or 50 % positive share
    QColor text;           // axis labels, tooltip body
    QColor mutedText;      // secondary labels, empty-state hints
    QColor volumeFill;          // opaque; the legend swatch uses it as is
    double volumeOpacity = 1.0; // how strongly the bars show it, behind the lines
    QColor crosshair;
    QColor tooltipBackground;
    QColor tooltipBorder;
    QColor rubberBandFill;
    QColor rubberBandBorder;
    QColor badgeBackground;
    QColor badgeText;
    QColor eventFallback; // an event without a narrative colour
    QList<QColor> series; // one per selected token, in selection order; repeats when there are more tokens
    double lineWidthFactor = 1.0; // the presenter theme draws bolder lines, for a projector across a room

    QColor seriesColor(qsizetype index) const;
    // The token's colour in every view, export and comparison, whatever else is selected: the colour the user
    // chose for it, or its slot of `series` (tokenColorSlots() over the workspace's tokens).
    QColor tokenColor(const QString& tokenId, const QStringList& workspaceTokenIds) const;
    // Whether text and lines must be darker than their colour, not lighter, to stand out from the plot.
    bool isLight() const { return plotBackground.lightness() > 128; }
    // For an export over a transparent background: the backgrounds keep their colour (label cards still use it)
    // but lose their alpha, and over() then keeps translucent colours translucent.
    ChartPalette withTransparentBackground() const;
    // The opaque colour that top makes over the opaque bottom. Drawing that instead of top keeps Qt's raster
    // engine on its plain memory fill: each translucent fill or line hands its blend to Qt's fill threads, and
    // a few thousand of those cost more than a whole frame.
    static QColor over(const QColor& top, const QColor& bottom);

    static ChartPalette dark();
    static ChartPalette light();
    // High contrast for projectors and screen sharing: white, near-black text, saturated bold lines.
    static ChartPalette presenter();
};

// Gives each token of a workspace a slot of a palette of slotCount colours that depends only on the token ids:
// a stable hash of the id picks the slot, and a token whose slot an earlier one (in hash order) took moves to the
// next free one, so no two tokens share a colour while there are enough colours.
QHash<QString, int> tokenColorSlots(QStringList workspaceTokenIds, int slotCount);

// The colours users chose for tokens (kept in the settings, by token id), and the one place that changes them.
class TokenColors final : public QObject
{
    Q_OBJECT
public:
    static TokenColors& instance();
    static QColor userColor(const QString& tokenId);
    // An invalid colour returns the token to its palette colour. Emits changed().
    void setUserColor(const QString& tokenId, const QColor& color);

signals:
    void changed();

private:
    TokenColors() = default;
};

} // namespace seance
