// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tokens/sparklinedelegate.h"

#include "models/items/tokentablemodel.h"
#include "models/sentiment/buckets/metrics.h"
#include "models/sentimentcolors.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <limits>

namespace seance {

QList<QPolygonF> SparklineDelegate::sparklineRuns(const QList<double>& values, const QRectF& rect, double low,
                                                  double high)
{
    QList<QPolygonF> runs;
    if (values.isEmpty() || !(high > low))
        return runs;
    const double step = values.size() > 1 ? rect.width() / double(values.size() - 1) : 0;
    QPolygonF run;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double value = values.at(i);
        if (!std::isfinite(value)) {
            if (!run.isEmpty())
                runs.append(std::exchange(run, QPolygonF()));
            continue;
        }
        const double fraction = std::clamp((value - low) / (high - low), 0.0, 1.0);
        run.append(QPointF(rect.left() + step * double(i), rect.bottom() - fraction * rect.height()));
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The cell's background and selection come from the style, as in every other column.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);

    const QList<double> values = index.data(TokenTableModel::TrendRole).value<QList<double>>();
    const auto metric = static_cast<Metric>(index.data(TokenTableModel::TrendMetricRole).toInt());
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    double first = std::numeric_limits<double>::quiet_NaN();
    double last = first;
    for (double value : values) {
        if (!std::isfinite(value))
            continue;
        low = std::min(low, value);
        high = std::max(high, value);
        if (!std::isfinite(first))
            first = value;
        last = value;
    }
    const QRectF area = QRectF(option.rect).adjusted(6, 4, -8, -4);
    const QColor muted = option.palette.color(QPalette::PlaceholderText);
    if (!std::isfinite(first) || area.width() < 8 || area.height() < 4) {
        painter->save();
        painter->setPen(muted);
        painter->drawText(option.rect, Qt::AlignCenter, QStringLiteral("—"));
        painter->restore();
        return;
    }
    // Signed metrics keep zero in view so that a line above it reads as positive; the others scale to their data.
    const bool signedMetric = metric == Metric::Mean || metric == Metric::Weighted;
    if (signedMetric) {
        const double reach = std::max({std::abs(low), std::abs(high), 0.05});
        low = -reach;
        high = reach;
    } else if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (signedMetric) {
        QColor zero = muted;
        zero.setAlphaF(0.5);
        painter->setPen(QPen(zero, 1, Qt::DotLine));
        const double y = area.center().y();
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    // The colour says what the 7-day Δ column says, from the same number: a line drawn green beside a red
    // change reads as a contradiction. Without a change (too little data) the 30 days' ends decide.
    const QVariant change = index.sibling(index.row(), TokenTableModel::ChangeColumn).data(TokenTableModel::SortRole);
    QColor trend = last >= first ? risingColor() : fallingColor();
    if (change.isValid() && !change.isNull()) {
        const double delta = change.toDouble();
        trend = std::abs(delta) <= 1e-9 ? muted : (delta > 0 ? risingColor() : fallingColor());
    }
    const QColor line =
        (option.state & QStyle::State_Selected) ? option.palette.color(QPalette::HighlightedText) : trend;
    painter->setPen(QPen(line, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QList<QPolygonF> runs = sparklineRuns(values, area, low, high);
    for (const QPolygonF& run : runs) {
        if (run.size() == 1)
            painter->drawPoint(run.first());
        else
            painter->drawPolyline(run);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(line);
    painter->drawEllipse(runs.last().last(), 2.2, 2.2);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(text.width(), 96), text.height()};
}

} // namespace seance
