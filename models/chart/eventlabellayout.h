// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace seance {

// Where the short labels of the event markers go: each label sits beside its marker, in the first of a few
// stacked rows where it does not touch its neighbour. When no row is free, the previous label of one row is
// shortened (elided) to make room if it keeps at least minWidth; otherwise the new label is dropped. Its marker
// stays, and its title shows in the hover tooltip.
struct EventLabelInput
{
    double x = 0;     // the marker's pixel
    double width = 0; // the label's full width
};

struct EventLabelPlacement
{
    int row = -1; // -1: no label
    double left = 0;
    double width = 0; // may be less than the full width: elide the text to it
};

struct EventLabelOptions
{
    double plotLeft = 0;
    double plotRight = 0;
    int rows = 3;
    double gap = 6;       // between a marker and its label, and between labels
    double minWidth = 36; // below this a label says too little to be worth showing
};

// inputs in any order; the result is parallel to them. Labels are placed in marker order, left to right; a
// label flips to the left of its marker when it would run past plotRight. Markers outside the plot get none.
QList<EventLabelPlacement> layoutEventLabels(const QList<EventLabelInput>& inputs, const EventLabelOptions& options);

} // namespace seance
