// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The pane's price overlay: the header's Price button, and the selected tokens' price series.
#include "ui/chart/sentimentchartpane.h"

#include "models/appsettings.h"
#include "models/market/priceaxis.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "ui/chart/sentimentchartview.h"

#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace seance {

void SentimentChartPane::retranslatePriceButton()
{
    m_price->setText(tr("Price"));
    m_price->setToolTip(tr("Draw the selected tokens' prices on a second axis at the right (one token: its price; "
                           "several: each one's change from the start of the visible range)"));
    if (QAction* log =
            m_price->menu() ? m_price->menu()->findChild<QAction*>(QStringLiteral("priceLogAction")) : nullptr)
        log->setText(tr("&Log Scale"));
}

void SentimentChartPane::setUpPriceButton()
{
    m_price->setObjectName(QStringLiteral("priceOverlayButton"));
    m_price->setCheckable(true);
    m_price->setAutoRaise(true);
    m_price->setPopupMode(QToolButton::MenuButtonPopup);
    auto* menu = new QMenu(m_price);
    QAction* log = menu->addAction(QString());
    log->setObjectName(QStringLiteral("priceLogAction"));
    log->setCheckable(true);
    log->setChecked(AppSettings::value(Setting::ChartPriceLog).toBool());
    m_price->setMenu(menu);
    m_price->setChecked(AppSettings::value(Setting::ChartPriceOverlay).toBool());
    m_view->priceOverlay()->setEnabled(m_price->isChecked());
    m_view->priceOverlay()->setScale(log->isChecked() ? PriceScale::Log : PriceScale::Linear);
    // The user's choice is kept (clicked, triggered); a program's (setPriceOverlay, tests) only applies.
    connect(m_price, &QToolButton::clicked, this,
            [](bool on) { AppSettings::setValue(Setting::ChartPriceOverlay, on); });
    connect(log, &QAction::triggered, this, [](bool on) { AppSettings::setValue(Setting::ChartPriceLog, on); });
    connect(m_price, &QToolButton::toggled, this, [this](bool on) {
        m_view->priceOverlay()->setEnabled(on);
        m_view->refresh();
        updateCaption();
    });
    connect(log, &QAction::toggled, this, &SentimentChartPane::setPriceLogScale);
}

void SentimentChartPane::setPriceOverlay(bool shown)
{
    m_price->setChecked(shown);
}

bool SentimentChartPane::isPriceOverlayOn() const
{
    return m_price->isChecked();
}

void SentimentChartPane::setPriceLogScale(bool log)
{
    m_view->priceOverlay()->setScale(log ? PriceScale::Log : PriceScale::Linear);
    m_view->refresh();
}

bool SentimentChartPane::isPriceAxisShown() const
{
    const ChartPriceOverlay* overlay = m_view->priceOverlay();
    return overlay->isShown() && overlay->axis()->isVisible();
}

QString SentimentChartPane::priceAxisTitle() const
{
    return isPriceAxisShown() ? m_view->priceOverlay()->axis()->titleText() : QString();
}

QString SentimentChartPane::sentimentAxisTitle() const
{
    return m_view->seriesSet().yAxis()->titleText();
}

QStringList SentimentChartPane::hoverTipRows() const
{
    QStringList rows;
    if (const std::optional<HoverTip>& tip = m_view->decorations().tip()) {
        for (const HoverTipRow& row : tip->rows)
            rows.append(QStringLiteral("%1: %2 (%3)").arg(row.label, row.value, row.detail));
    }
    return rows;
}

QStringList SentimentChartPane::legendNames() const
{
    QStringList names;
    const QList<QLegendMarker*> markers = m_view->chart()->legend()->markers();
    for (const QLegendMarker* marker : markers)
        names.append(marker->label());
    return names;
}

QStringList SentimentChartPane::timeAxisLabels() const
{
    return m_view->decorations().timeAxisLabels();
}

QString SentimentChartPane::priceCaption() const
{
    return m_view->priceOverlay()->isShown() ? priceSourceCaption(m_view->priceOverlay()->lines()) : QString();
}

void SentimentChartPane::reloadPrices()
{
    QList<PriceLine> lines;
    if (!m_databasePath.isEmpty() && !m_state->selectedTokens().isEmpty()) {
        // A few rows a day per token: read here, on a connection of the pane's own.
        Database db;
        if (db.open(m_databasePath, nullptr, Database::Check::Skip))
            lines = readPriceLines(db, m_state->selectedTokens());
    }
    m_view->priceOverlay()->setLines(lines, tokenLines(m_state->selectedTokens()));
}

} // namespace seance
