// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/eventlabellayout.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace seance {
namespace {

struct Span
{
    double left;
    double right;
};

class Layout
{
public:
    Layout(const QList<EventLabelInput>& inputs, const EventLabelOptions& options)
        : m_options(options)
        , m_rows(std::size_t(std::max(options.rows, 1)))
    {
        for (const EventLabelInput& input : inputs) {
            if (inPlot(input.x))
                m_lines.push_back(input.x);
        }
    }

    bool inPlot(double x) const { return x >= m_options.plotLeft && x <= m_options.plotRight; }

    // Whether [left, left + width) in rows first…first + count − 1 stays in the plot, clear of every other line
    // and of the labels placed so far.
    bool fits(double x, double left, double width, std::size_t first, std::size_t count) const
    {
        const double right = left + width;
        if (left < m_options.plotLeft - 0.01 || right > m_options.plotRight + 0.01 || first + count > m_rows.size())
            return false;
        const double pad = m_options.gap / 2;
        for (const double line : m_lines) {
            if (line != x && line > left - pad && line < right + pad)
                return false;
        }
        for (std::size_t row = first; row < first + count; ++row) {
            for (const Span& taken : m_rows[row]) {
                if (taken.left < right + m_options.gap && left < taken.right + m_options.gap)
                    return false;
            }
        }
        return true;
    }

    // The widest label in rows first… that starts gap right of x (or ends gap left of it), up to width.
    double roomBeside(double x, bool right, std::size_t first, std::size_t count) const
    {
        const double pad = m_options.gap / 2;
        const double start = right ? x + m_options.gap : x - m_options.gap;
        double limit = right ? m_options.plotRight : m_options.plotLeft;
        const auto closer = [&](double edge) { limit = right ? std::min(limit, edge) : std::max(limit, edge); };
        for (const double line : m_lines) {
            if (line != x && (right ? line > x : line < x))
                closer(right ? line - pad : line + pad);
        }
        for (std::size_t row = first; row < first + count && row < m_rows.size(); ++row) {
            for (const Span& taken : m_rows[row]) {
                if (right ? taken.right + m_options.gap > start : taken.left - m_options.gap < start) {
                    if (right ? taken.left - m_options.gap <= start : taken.right + m_options.gap >= start)
                        return 0; // the start itself is taken
                    closer(right ? taken.left - m_options.gap : taken.right + m_options.gap);
                }
            }
        }
        return right ? limit - start : start - limit;
    }

    void take(double left, double width, std::size_t first, std::size_t count)
    {
        for (std::size_t row = first; row < first + count; ++row)
            m_rows[row].push_back({left, left + width});
    }

    // The first row and side where a label of this width and height fits beside x.
    bool place(double x, double width, int lines, EventLabelPlacement& out)
    {
        const auto count = std::size_t(lines);
        for (std::size_t row = 0; row + count <= m_rows.size(); ++row) {
            for (const double left : {x + m_options.gap, x - m_options.gap - width}) {
                if (fits(x, left, width, row, count)) {
                    take(left, width, row, count);
                    out = {int(row), left, width, lines, false};
                    return true;
                }
            }
        }
        return false;
    }

    // The label shortened to the widest room beside x, if that keeps minWidth.
    bool placeElided(double x, double width, int lines, EventLabelPlacement& out)
    {
        const auto count = std::min(std::size_t(lines), m_rows.size());
        double best = m_options.minWidth;
        std::size_t bestRow = m_rows.size();
        bool bestRight = true;
        for (std::size_t row = 0; row + count <= m_rows.size(); ++row) {
            for (const bool right : {true, false}) {
                const double room = std::min(width, roomBeside(x, right, row, count));
                if (room >= best + 0.5) {
                    best = room;
                    bestRow = row;
                    bestRight = right;
                }
            }
        }
        if (bestRow == m_rows.size())
            return false;
        const double left = bestRight ? x + m_options.gap : x - m_options.gap - best;
        take(left, best, bestRow, count);
        out = {int(bestRow), left, best, int(count), best < width};
        return true;
    }

private:
    const EventLabelOptions& m_options;
    std::vector<double> m_lines;
    std::vector<std::vector<Span>> m_rows;
};

} // namespace

QList<EventLabelPlacement> layoutEventLabels(const QList<EventLabelInput>& inputs, const EventLabelOptions& options)
{
    QList<EventLabelPlacement> out(inputs.size());
    std::vector<qsizetype> order(std::size_t(inputs.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return inputs[a].x < inputs[b].x; });
    Layout layout(inputs, options);
    for (const qsizetype index : order) {
        const EventLabelInput& input = inputs[index];
        if (!layout.inPlot(input.x) || input.width <= 0)
            continue;
        EventLabelPlacement& placement = out[index];
        const bool wraps = !input.wrapWidths.isEmpty() && input.wrapWidths.constFirst() < input.width;
        const bool oneLine = !wraps || options.maxLineWidth <= 0 || input.width <= options.maxLineWidth;
        if (oneLine && layout.place(input.x, input.width, 1, placement))
            continue;
        // Wrapped to ever more lines, each form narrower than the one before.
        int lines = 1;
        double needed = input.width;
        bool placed = false;
        for (qsizetype k = 0; wraps && !placed && k < input.wrapWidths.size() && k + 2 <= options.rows; ++k) {
            if (!(input.wrapWidths.at(k) < needed))
                break;
            lines = int(k) + 2;
            needed = input.wrapWidths.at(k);
            placed = layout.place(input.x, needed, lines, placement);
        }
        if (!placed)
            layout.placeElided(input.x, needed, lines, placement);
    }
    return out;
}

} // namespace seance
