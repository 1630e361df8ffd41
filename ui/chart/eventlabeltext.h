// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QFontMetricsF;

namespace seance {

// The narrowest width at which a title wraps (word by word) into 2, 3, … maxLines lines, one entry per number
// of lines; empty when it has no space to wrap at. Each entry is the widest of its lines. Only the first 40 words
// count: a longer title is elided whatever its form.
QList<double> wrappedTitleWidths(const QFontMetricsF& metrics, const QString& title, int maxLines);

// An event label's text for a width and a number of lines (models/chart/eventlabellayout.h): lines are joined
// by '\n', each as many whole words as fit; only the last line is shortened when the rest does not fit, with
// one ellipsis (elidedText).
QString eventLabelText(const QFontMetricsF& metrics, const QString& title, double width, int lines);

} // namespace seance
