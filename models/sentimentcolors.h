// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace seance {

// Rising and falling, for text and sparklines in item views. Mid-tones, so they keep about 4:1 contrast both on
// the dark theme's near-black rows and on the light theme's white ones (the models do not know the theme).
inline QColor risingColor()
{
    return QColor(0x2e, 0x9d, 0x5b);
}

inline QColor fallingColor()
{
    return QColor(0xd6, 0x45, 0x45);
}

} // namespace seance
