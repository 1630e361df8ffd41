// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFontMetricsF;

namespace seance {

// The width of a title wrapped to two lines at the space that makes the wider line narrowest; 0 when it has no
// space to wrap at.
double wrappedTitleWidth(const QFontMetricsF& metrics, const QString& title);

// An event label's text for a width and a number of lines (models/chart/eventlabellayout.h): two lines are
// joined by '\n', the first as many words as fit, the second the rest; only an elided label's last line is
// shortened, with one ellipsis (elidedText).
QString eventLabelText(const QFontMetricsF& metrics, const QString& title, double width, int lines);

} // namespace seance
