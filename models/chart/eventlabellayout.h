// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace seance {

// Where the labels of the event markers go, in stacked rows at the top of the plot. A label sits beside its
// own line (right of it, or left where the right has no room), never on it, and never across another event's
// line or another label. Each label takes the first form that fits, in this order, trying every row before
// the next form: its whole text on one line; wrapped to two lines (two rows high), then three, up to the rows
// there are; and only when none fits anywhere, its most lines shortened to the widest free space (elided), if
// that keeps at least minWidth. Otherwise it is dropped: its marker stays, and its title shows in the hover
// tooltip.
struct EventLabelInput
{
    double x = 0;     // the marker's pixel
    double width = 0; // the label's width on one line, padding included
    // Its width wrapped to 2, 3, … lines (the widest line, padding included); empty: it cannot wrap (one word).
    QList<double> wrapWidths;
};

struct EventLabelPlacement
{
    int row = -1; // the top row; -1: no label
    double left = 0;
    double width = 0;
    int lines = 1;       // wrapped to more than one line, the label covers rows row … row + lines − 1
    bool elided = false; // width is less than the text needs: elide its last line to it
};

struct EventLabelOptions
{
    double plotLeft = 0;
    double plotRight = 0;
    int rows = 3;
    double gap = 6;       // between a line and a label, and between labels
    double minWidth = 36; // below this a label says too little to be worth showing
    // A label wider than this on one line wraps to two even where one line would fit; 0: no limit.
    double maxLineWidth = 0;
};

// inputs in any order; the result is parallel to them. Labels are placed in marker order, left to right.
// Markers outside the plot get none.
QList<EventLabelPlacement> layoutEventLabels(const QList<EventLabelInput>& inputs, const EventLabelOptions& options);

} // namespace seance
