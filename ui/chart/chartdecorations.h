// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chart/chartdata.h"
#include "models/chartmath/timeaxismapping.h"
#include "ui/chart/chartpalette.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace seance {

struct ChartEventMarker
{
    QString id;
    qint64 time = 0;
    QString title;
    QColor color;
};

struct HoverDot
{
    qint64 time = 0;
    double value = 0;
    QColor color;
};

struct HoverTipRow
{
    QColor color;
    QString label;
    QString value;
    QString detail;
};

struct HoverTip
{
    QString title;
    QList<HoverTipRow> rows;
    QString footer;
};

// Everything drawn around the Qt Charts series: the UTC time axis (ticks from TimeAxisMapping), the volume bars,
// the reference line and the event markers underneath; event labels, crosshair, tooltip, rubber band,
// empty-state text and sample badge on top. It paints from plain state, so the same code draws the screen and
// an export. Painting is in chartdecorationspainting.cpp.
class ChartDecorations final
{
public:
    explicit ChartDecorations(const ChartPalette& palette);

    void setPalette(const ChartPalette& palette);
    const ChartPalette& palette() const { return m_palette; }
    void setFont(const QFont& font);
    // The tick labels again, in the language and locale now in force.
    void retranslate();
    // The time axis's tick labels, then its context labels (the year or month under them), for tests.
    QStringList timeAxisLabels() const;
    // bounds: the whole chart; plot: its plot area, both in scene coordinates.
    void setGeometry(const QRectF& bounds, const QRectF& plot);
    void setRange(const TimeRange& range);
    // The left axis: its range, its number of ticks (each gets a grid line) and an optional reference line.
    void setValueRange(double min, double max, int ticks, std::optional<double> reference);
    // The posts bars, scaled so volumeMax reaches the top of the plot; hidden when not visible.
    void setVolume(const QList<VolumeBar>& bars, double volumeMax, bool visible);
    void setEvents(const QList<ChartEventMarker>& events);
    void setFocusedEvent(const QString& id);
    void setHover(std::optional<qint64> time, const QList<HoverDot>& dots);
    // The tooltip, shown beside pointer while the pointer is over this chart.
    void setTip(std::optional<HoverTip> tip, const QPointF& pointer);
    void setRubberBand(std::optional<std::pair<double, double>> pixels);
    void setMessage(const QString& title, const QString& hint);
    void setBadgeVisible(bool visible);

    QRectF bounds() const { return m_bounds; }
    QRectF plotArea() const { return m_plot; }
    const TimeAxisMapping& mapping() const { return m_mapping; }
    QString message() const { return m_messageTitle; }
    QString messageHint() const { return m_messageHint; }
    const QList<ChartEventMarker>& events() const { return m_events; }
    bool isBadgeVisible() const { return m_badgeVisible; }
    const std::optional<HoverTip>& tip() const { return m_tip; }
    // Space below the plot that the time axis needs.
    double axisHeight() const;
    // The event under a scene point: its label, or its marker line give or take a few pixels.
    QString eventAt(const QPointF& point) const;
    // Where to click an event: the centre of its label, or a point on its line when it has no label.
    std::optional<QPointF> eventClickPoint(const QString& id) const;
    // The x of the event's vertical line in scene coordinates; empty when the event is out of range.
    std::optional<double> eventLineX(const QString& id) const;
    // The "SAMPLE DATA" badge at the top right; the view gives it a row of its own when the legend would reach it.
    QRectF badgeRect() const;
    QRectF badgeRectIn(const QRectF& bounds) const;

    void paintUnderlay(QPainter* painter) const;
    void paintOverlay(QPainter* painter) const;

private:
    struct TickText
    {
        double x = 0;
        QString text;
    };
    struct EventLabel
    {
        qsizetype event = 0;
        QRectF rect;
        QString text;
    };

    static constexpr double labelPadding = 6;
    static constexpr double tickGap = 6;

    void layoutTicks();
    void layoutEvents();
    double valueToY(double value) const;
    QFont labelFont() const;
    QColor eventColor(const ChartEventMarker& event) const;
    QColor eventTextColor(const ChartEventMarker& event) const;
    void paintVolume(QPainter* painter) const;
    void paintEvents(QPainter* painter) const;
    void paintTip(QPainter* painter) const;
    void paintMessage(QPainter* painter) const;
    void paintBadge(QPainter* painter) const;

    ChartPalette m_palette;
    QFont m_font;
    QRectF m_bounds;
    QRectF m_plot;
    TimeRange m_range;
    TimeAxisMapping m_mapping;
    double m_yMin = -1;
    double m_yMax = 1;
    int m_yTicks = 5;
    std::optional<double> m_reference;
    QList<VolumeBar> m_volume;
    double m_volumeMax = 1;
    bool m_volumeVisible = true;
    QList<TickText> m_ticks;
    QList<TickText> m_contexts;
    QList<ChartEventMarker> m_events;
    QList<EventLabel> m_labels;
    QString m_focusedEvent;
    std::optional<qint64> m_hoverTime;
    QList<HoverDot> m_dots;
    std::optional<HoverTip> m_tip;
    QPointF m_pointer;
    std::optional<std::pair<double, double>> m_band;
    QString m_messageTitle;
    QString m_messageHint;
    bool m_badgeVisible = false;
};

// A scene item that paints through a callback and never takes the mouse: the chart's layers above and below
// the Qt Charts items.
class ChartLayerItem final : public QGraphicsItem
{
public:
    explicit ChartLayerItem(std::function<void(QPainter*)> paint);
    void setRect(const QRectF& rect);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::function<void(QPainter*)> m_paint;
    QRectF m_rect;
};

} // namespace seance
