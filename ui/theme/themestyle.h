// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QProxyStyle>

class QPalette;

namespace seance {

// Fusion with indicators that can be seen in every theme. Fusion outlines check boxes and radio buttons with the
// window colour made 40 % darker, which on the dark theme's near-black base is all but invisible (contrast 1.1:1)
// and on the light theme too faint (2.2:1): a user ticked nothing and an event was saved without its tokens.
// This style draws Fusion's indicator and then outlines it in indicatorOutline(), at least 3:1 against the base
// (WCAG's bar for the parts of a control). Check boxes in item views, group boxes and menus come through the
// same primitives.
class ThemeStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    // Text blended into the base: as readable as a border needs to be, quieter than text.
    static QColor indicatorOutline(const QPalette& palette, bool enabled);
};

} // namespace seance
