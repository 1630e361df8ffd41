// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QStyledItemDelegate>

namespace seance {

// Draws TokenTableModel's TrendRole as a small line: one point per day, broken where a day has no value, a
// faint zero line for the signed metrics, and a dot on the newest value. The line is coloured by the sign of its
// last value against its first, so a column of sparklines reads at a glance.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The runs of finite values mapped into rect, x by day index and y between low and high. Public for tests.
    static QList<QPolygonF> sparklineRuns(const QList<double>& values, const QRectF& rect, double low, double high);
};

} // namespace seance
