// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/compare/comparescene.h"

#include <QWidget>

#include <functional>

namespace seance {

// The two painted halves of the comparison. Both map days with compareDayAxis() over their full width, so the
// pane stacks them at one width and their day 0 and hover lines line up. They only report the mouse; the pane
// owns the scene and the hover day.
class CompareSceneView : public QWidget
{
    Q_OBJECT
public:
    using ToolTipProvider = std::function<QString(int day)>;

    explicit CompareSceneView(const CompareScene* scene, QWidget* parent = nullptr);

    void setToolTipProvider(ToolTipProvider provider) { m_toolTip = std::move(provider); }
    DayAxisMapping dayAxis() const;
    // The hover line's x, or empty when no day is hovered.
    std::optional<double> hoverLineX() const;

signals:
    void hoverDayRequested(const std::optional<int>& day);

protected:
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    ComparePalette scenePalette() const { return ComparePalette::fromPalette(palette()); }
    const CompareScene* m_scene;

private:
    ToolTipProvider m_toolTip;
};

class CompareChartView final : public CompareSceneView
{
    Q_OBJECT
public:
    using CompareSceneView::CompareSceneView;
    std::optional<QPointF> pointPosition(int line, int day) const;
    QSize minimumSizeHint() const override { return {360, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;
};

class CompareLanesView final : public CompareSceneView
{
    Q_OBJECT
public:
    explicit CompareLanesView(const CompareScene* scene, QWidget* parent = nullptr);
    // Fits the height to the number of lanes; call after the scene's lines change.
    void updateLaneCount();
    // The event under a point, or an empty id.
    QString eventAt(const QPointF& pos) const;
    // The marker centre of a row's event, or empty when that event is not in the lane.
    std::optional<QPointF> eventPosition(int line, const QString& eventId) const;

signals:
    void eventActivated(const QString& eventId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
};

} // namespace seance
