// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

namespace seance {

// The colours of the narrative timeline. The defaults suit a dark theme; a theme replaces the whole struct, so
// the pane never hard-codes a colour. The pane paints its own background, which keeps text readable even when
// the surrounding widget palette is light.
struct TimelinePalette
{
    QColor background{0x16, 0x18, 0x1d};
    QColor laneBand{0x1c, 0x1f, 0x26}; // every other lane, so a lane can be followed across a wide pane
    QColor laneSeparator{0x2a, 0x2e, 0x37};
    QColor grid{0x24, 0x28, 0x30};
    QColor axisLine{0x4a, 0x50, 0x60};
    QColor axisText{0x9a, 0xa3, 0xb2};
    QColor laneTitle{0xd7, 0xdc, 0xe5};
    QColor eventLabel{0xc9, 0xcf, 0xd9};
    QColor markerOutline{0x0f, 0x11, 0x15};
    QColor focusRing{0xff, 0xd5, 0x4f};
    QColor hoverLine{0xe0, 0xe0, 0xe0, 150};
    QColor edgeBadge{0x2a, 0x2e, 0x37};
    QColor edgeBadgeText{0xae, 0xb6, 0xc4};
    QColor emptyText{0x8a, 0x93, 0xa3};
    QColor keyboardFocusFrame{0x5c, 0x8d, 0xd6};
    QColor otherLane{0x90, 0xa4, 0xae};
    // For narratives without a valid colour of their own, in lane order.
    QList<QColor> laneColors{{0xb3, 0x9d, 0xdb}, {0x4d, 0xd0, 0xe1}, {0xff, 0xb7, 0x4d}, {0xf0, 0x62, 0x92},
                             {0x81, 0xc7, 0x84}, {0x64, 0xb5, 0xf6}, {0xff, 0xf1, 0x76}, {0xa1, 0x88, 0x7f}};

    QColor laneColor(int index) const
    {
        return laneColors.isEmpty() ? otherLane : laneColors.at(index % laneColors.size());
    }
};

} // namespace seance
