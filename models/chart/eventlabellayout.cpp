// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/eventlabellayout.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace seance {

QList<EventLabelPlacement> layoutEventLabels(const QList<EventLabelInput>& inputs, const EventLabelOptions& options)
{
    QList<EventLabelPlacement> out(inputs.size());
    std::vector<qsizetype> order(std::size_t(inputs.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return inputs[a].x < inputs[b].x; });

    const auto rows = std::size_t(std::max(options.rows, 1));
    std::vector<qsizetype> rowLast(rows, -1); // the label that currently ends each row
    auto rowEnd = [&](std::size_t row) {
        const qsizetype last = rowLast[row];
        return last < 0 ? options.plotLeft - options.gap : out[last].left + out[last].width;
    };

    for (const qsizetype index : order) {
        const EventLabelInput& input = inputs[index];
        if (input.x < options.plotLeft || input.x > options.plotRight)
            continue;
        // Right of the marker, or left of it where the plot's right edge leaves no room.
        double left = input.x + options.gap;
        double width = std::min(input.width, options.plotRight - left);
        if (width < input.width) {
            left = std::max(options.plotLeft, input.x - options.gap - input.width);
            width = input.x - options.gap - left;
        }
        if (width < std::min(options.minWidth, input.width))
            continue;

        std::size_t chosen = rows;
        for (std::size_t row = 0; row < rows && chosen == rows; ++row) {
            if (rowEnd(row) + options.gap <= left)
                chosen = row;
        }
        if (chosen == rows) {
            // No free row: shorten the previous label of the row where it keeps the most text.
            double bestWidth = options.minWidth;
            for (std::size_t row = 0; row < rows; ++row) {
                const qsizetype last = rowLast[row];
                if (last < 0)
                    continue;
                const double shortened = left - options.gap - out[last].left;
                if (shortened >= bestWidth) {
                    bestWidth = shortened;
                    chosen = row;
                }
            }
            if (chosen == rows)
                continue;
            out[rowLast[chosen]].width = bestWidth;
        }
        out[index] = {int(chosen), left, width};
        rowLast[chosen] = index;
    }
    return out;
}

} // namespace seance
