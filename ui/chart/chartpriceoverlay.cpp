// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartpriceoverlay.h"

#include "models/time/timeformat.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace seance {
namespace {

QString priceText(double value, const QString& unit)
{
    // Meme prices run from fractions of a cent to dollars: four significant digits either way.
    const QString number = QLocale().toString(value, 'g', 4);
    if (unit == QLatin1String("USD"))
        return QStringLiteral("$") + number;
    return number + QLatin1Char(' ') + unit;
}

// "Ghost Coin (GHOST)" → "Ghost Coin": the legend has room for a name and "price", not for both with the symbol.
QString shortName(const QString& label)
{
    static const QRegularExpression symbol(QStringLiteral(" \\([^()]*\\)$"));
    QString name = label;
    name.remove(symbol);
    return name;
}

} // namespace

ChartPriceOverlay::ChartPriceOverlay(QChart* chart, QValueAxis* timeAxis, QObject* parent)
    : QObject(parent)
    , m_chart(chart)
    , m_time(timeAxis)
    , m_linear(new QValueAxis(this))
    , m_log(new QLogValueAxis(this))
    , m_palette(ChartPalette::dark())
{
    m_linear->setTickCount(5);
    m_linear->setLabelFormat(QStringLiteral("%.4g"));
    m_log->setBase(10);
    m_log->setLabelFormat(QStringLiteral("%g"));
    m_linear->setObjectName(QStringLiteral("priceAxis"));
    m_log->setObjectName(QStringLiteral("priceAxis"));
}

QAbstractAxis* ChartPriceOverlay::axis() const
{
    return m_scale == PriceScale::Log && !isPercentChange() ? static_cast<QAbstractAxis*>(m_log) : m_linear;
}

bool ChartPriceOverlay::isShown() const
{
    return m_enabled && !m_lines.isEmpty();
}

void ChartPriceOverlay::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    rebuild();
}

void ChartPriceOverlay::setScale(PriceScale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    rebuild();
}

void ChartPriceOverlay::setLines(const QList<PriceLine>& lines, const QList<ChartTokenLine>& tokens)
{
    m_lines = lines;
    m_tokens.clear();
    for (const PriceLine& line : lines) {
        ChartTokenLine info{line.tokenId, line.tokenId, m_palette.text};
        for (const ChartTokenLine& token : tokens) {
            if (token.id == line.tokenId)
                info = token;
        }
        m_tokens.append(info);
    }
    m_hidden = QList<bool>(m_lines.size(), false);
    rebuild();
}

void ChartPriceOverlay::setVisibleRange(const TimeRange& range)
{
    m_range = range;
    if (!isShown())
        return;
    QList<double> values;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QList<QPointF> points = isPercentChange() ? percentChangeFromStart(m_lines.at(i).points, range)
                                                        : pricePointsFor(m_lines.at(i).points, range);
        m_series.at(i)->replace(points);
        if (m_hidden.at(i))
            continue;
        for (const QPointF& p : points) {
            if (isPercentChange() || range.contains(qint64(p.x())))
                values.append(p.y());
        }
    }
    m_axisRange = priceAxisRange(values, isPercentChange() ? PriceScale::Linear : m_scale);
    if (axis() == m_log)
        m_log->setRange(m_axisRange.min * (1 - 1e-9), m_axisRange.max * (1 + 1e-9)); // keep both end labels
    else
        m_linear->setRange(m_axisRange.min, m_axisRange.max);
    axis()->setTitleText(axisTitle());
}

QString ChartPriceOverlay::axisTitle() const
{
    if (m_lines.isEmpty())
        return {};
    if (isPercentChange())
        return tr("Price change since %1 (%)").arg(formatUtcDate(m_range.from));
    const QString unit = m_lines.constFirst().unit.isEmpty() ? tr("price") : m_lines.constFirst().unit;
    return m_scale == PriceScale::Log ? tr("Price (%1, log scale)").arg(unit) : tr("Price (%1)").arg(unit);
}

QString ChartPriceOverlay::seriesName(qsizetype index) const
{
    return tr("%1 price").arg(shortName(m_tokens.at(index).label));
}

void ChartPriceOverlay::retranslate()
{
    for (qsizetype i = 0; i < m_series.size(); ++i)
        m_series.at(i)->setName(seriesName(i));
    if (isShown())
        axis()->setTitleText(axisTitle());
}

void ChartPriceOverlay::rebuild()
{
    for (QLineSeries* series : std::as_const(m_series)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_series.clear();
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_linear), static_cast<QAbstractAxis*>(m_log)}) {
        if (m_chart->axes().contains(axis))
            m_chart->removeAxis(axis);
    }
    if (!isShown()) {
        emit legendChanged();
        return;
    }
    m_chart->addAxis(axis(), Qt::AlignRight);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        auto* series = new QLineSeries(this);
        series->setName(seriesName(i));
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(axis());
        series->setVisible(!m_hidden.at(i));
        const auto markers = m_chart->legend()->markers(series);
        for (QLegendMarker* marker : markers) {
            marker->setVisible(true);
            connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggle(marker); });
        }
        m_series.append(series);
    }
    restyle();
    setVisibleRange(m_range);
    emit legendChanged();
}

void ChartPriceOverlay::toggle(QLegendMarker* marker)
{
    const qsizetype i = m_series.indexOf(static_cast<QLineSeries*>(marker->series()));
    if (i < 0)
        return;
    m_hidden[i] = !m_hidden.at(i);
    m_series.at(i)->setVisible(!m_hidden.at(i));
    marker->setVisible(true); // hiding a series hides its marker too; the switch must stay
    restyle();
    setVisibleRange(m_range);
}

void ChartPriceOverlay::restyle()
{
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QColor color = m_tokens.at(i).color;
        QPen pen(color, 2.0 * m_lineScale * m_palette.lineWidthFactor, Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        m_series.at(i)->setPen(pen);
        const auto markers = m_chart->legend()->markers(m_series.at(i));
        for (QLegendMarker* marker : markers) {
            QColor label = m_palette.text;
            if (m_hidden.at(i))
                label.setAlphaF(0.4);
            marker->setLabelBrush(label);
        }
    }
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_linear), static_cast<QAbstractAxis*>(m_log)}) {
        // Styled as the chart's other axes; the sentiment axis owns the grid, two grids would read as one muddle.
        axis->setLabelsColor(m_palette.mutedText);
        axis->setTitleBrush(m_palette.mutedText);
        axis->setLinePen(Qt::NoPen);
        axis->setGridLineVisible(false);
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
}

void ChartPriceOverlay::setFont(const QFont& font)
{
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_linear), static_cast<QAbstractAxis*>(m_log)}) {
        axis->setLabelsFont(font);
        QFont title = font;
        title.setPointSizeF(font.pointSizeF() * 0.9);
        axis->setTitleFont(title);
    }
}

void ChartPriceOverlay::setPalette(const ChartPalette& palette)
{
    m_palette = palette;
    restyle();
}

QList<HoverTipRow> ChartPriceOverlay::hoverRows(qint64 t) const
{
    QList<HoverTipRow> rows;
    if (!isShown())
        return rows;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_hidden.at(i))
            continue;
        const PriceLine& line = m_lines.at(i);
        const std::optional<double> price = priceAt(line.points, t);
        QString value = QStringLiteral("—");
        QString detail;
        if (price) {
            value = priceText(*price, line.unit);
            const std::optional<double> base = priceAt(line.points, m_range.from);
            if (isPercentChange() && base && *base > 0)
                detail =
                    tr("%1% since the range's start").arg(QLocale().toString(100.0 * (*price / *base - 1.0), 'f', 1));
            else
                detail = line.source;
        }
        rows.append({m_tokens.at(i).color, tr("%1 price").arg(m_tokens.at(i).label), value, detail});
    }
    return rows;
}

QList<QPointF> ChartPriceOverlay::linePoints(int index) const
{
    return index >= 0 && index < m_series.size() ? m_series.at(index)->points() : QList<QPointF>();
}

} // namespace seance
