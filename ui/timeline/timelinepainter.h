// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelinelayout.h"

#include <QFont>

#include <optional>

class QPainter;

namespace seance {

struct TimelinePalette;

// What the painter needs beyond the geometry: which items stand out, and where the shared hover time is.
struct TimelinePaintState
{
    int focusedItem = -1;
    int hoveredItem = -1;
    std::optional<qint64> hoverTime;
    bool keyboardFocus = false;
    QFont titleFont;
    QFont labelFont;
};

void paintTimeline(QPainter& painter, const TimelineContent& content, const TimelineGeometry& geometry,
                   const TimelinePalette& palette, const TimelinePaintState& state);

void paintEmptyTimeline(QPainter& painter, const QRect& rect, const TimelinePalette& palette, const QString& text);

} // namespace seance
