// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/market/leadlagpane.h"

#include "models/storage/database.h"
#include "models/viewstate.h"

#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace seance {

LeadLagPane::LeadLagPane(ViewState* state, std::function<QString()> databasePath, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_databasePath(std::move(databasePath))
    , m_heading(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("leadLagPane"));
    setMinimumSize(260, 180);
    m_heading->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #d9a441;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_heading);
    layout->addStretch(1);
    layout->addWidget(m_warning);
    connect(state, &ViewState::selectedTokensChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void LeadLagPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void LeadLagPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh(); // its heading, message and warnings are made there; the bars' labels when painted
}

void LeadLagPane::refresh()
{
    const QStringList tokens = m_state->selectedTokens();
    m_result = {};
    m_tokenId = tokens.size() == 1 ? tokens.constFirst() : QString();
    m_message.clear();
    const QString path = m_databasePath();
    if (m_tokenId.isEmpty()) {
        m_message = tr("Select one token to see how its daily sentiment and its price returns correlate.");
    } else if (Database db; path.isEmpty() || !db.open(path, nullptr, Database::Check::Skip)) {
        m_message = tr("No workspace is open.");
    } else {
        QString error;
        m_result = tokenLeadLag(db, m_tokenId, &error);
        if (m_result.lags.isEmpty())
            m_message = error.isEmpty() ? tr("%1 has no price series. Import a CoinGecko or CoinMarketCap download "
                                             "(File › Import…) or use Token › Fetch Market Data….")
                                              .arg(m_tokenId)
                                        : error;
    }
    const LagCorrelation* zero = nullptr;
    for (const LagCorrelation& lag : std::as_const(m_result.lags))
        zero = lag.lag == 0 ? &lag : zero;
    m_heading->setText(m_message.isEmpty()
                           ? tr("Correlation of %1's daily mean sentiment with its price return k days later "
                                "(n = %2 day pairs at k = 0). A correlation, not a forecast.")
                                 .arg(m_tokenId)
                                 .arg(zero ? zero->n : 0)
                           : m_message);
    m_warning->setText(warningText());
    m_warning->setVisible(!m_warning->text().isEmpty());
    update();
}

QString LeadLagPane::message() const
{
    return m_message;
}

QString LeadLagPane::warningText() const
{
    QStringList warnings;
    if (m_result.lags.isEmpty())
        return {};
    if (m_result.barelyOverlap)
        warnings << tr("⚠ The sentiment and the price barely overlap: %1 shared days of %2 with posts and %3 with "
                       "returns.")
                        .arg(m_result.overlapDays)
                        .arg(m_result.sentimentDays)
                        .arg(m_result.returnDays);
    if (m_result.fewPairs)
        warnings << tr("⚠ Fewer than %1 day pairs at some lags: read those bars as noise.").arg(leadLagMinimumPairs);
    return warnings.join(QLatin1Char('\n'));
}

QRectF LeadLagPane::plotRect() const
{
    const double top = m_heading->geometry().bottom() + 12;
    const double bottom = (m_warning->isVisible() ? m_warning->geometry().top() : height()) - 40;
    return QRectF(QPointF(36, top), QPointF(width() - 10, std::max(top + 20, bottom)));
}

QRectF LeadLagPane::barRect(int lag) const
{
    for (const LagCorrelation& entry : m_result.lags) {
        if (entry.lag != lag || !entry.r)
            continue;
        const QRectF plot = plotRect();
        const double slot = plot.width() / double(m_result.lags.size());
        const double x = plot.left() + slot * double(lag + leadLagMaxDays) + slot * 0.15;
        const double zeroY = plot.center().y();
        const double y = zeroY - *entry.r * plot.height() / 2;
        return QRectF(QPointF(x, std::min(y, zeroY)), QPointF(x + slot * 0.7, std::max(y, zeroY)));
    }
    return {};
}

void LeadLagPane::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (m_result.lags.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    const QColor text = palette().color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.55);
    painter.setPen(muted);
    for (const double r : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        const double y = plot.center().y() - r * plot.height() / 2;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QRectF(0, y - 8, plot.left() - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(r, 'f', 1));
    }
    const double slot = plot.width() / double(m_result.lags.size());
    for (const LagCorrelation& lag : m_result.lags) {
        const QRectF bar = barRect(lag.lag);
        if (!bar.isEmpty()) {
            QColor fill = *lag.r >= 0 ? QColor(0x4c, 0xaf, 0x7d) : QColor(0xd0, 0x5a, 0x6e);
            if (lag.n < leadLagMinimumPairs)
                fill.setAlphaF(0.4); // too few pairs: drawn faint
            painter.fillRect(bar, fill);
        }
        if (lag.lag % 7 == 0 || lag.lag == 1 || lag.lag == -1) {
            painter.setPen(text);
            const double x = plot.left() + slot * double(lag.lag + leadLagMaxDays);
            painter.drawText(QRectF(x - slot, plot.bottom() + 2, slot * 3, 16), Qt::AlignHCenter | Qt::AlignTop,
                             lag.lag > 0 ? QStringLiteral("+%1").arg(lag.lag) : QString::number(lag.lag));
        }
    }
    painter.setPen(muted);
    // Below the lag numbers, so the two never share a line.
    const QRectF directions(plot.left(), plot.bottom() + 19, plot.width(), 16);
    painter.drawText(directions, Qt::AlignLeft | Qt::AlignTop, tr("← earlier returns"));
    painter.drawText(directions, Qt::AlignRight | Qt::AlignTop, tr("later returns →"));
}

bool LeadLagPane::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPointF at = static_cast<QHelpEvent*>(event)->pos();
    for (const LagCorrelation& lag : std::as_const(m_result.lags)) {
        QRectF hit = barRect(lag.lag);
        hit.setTop(plotRect().top());
        hit.setBottom(plotRect().bottom());
        if (!hit.contains(at))
            continue;
        const QString when = lag.lag == 0  ? tr("the same day's price return")
                             : lag.lag > 0 ? tr("the price return %1 days later").arg(lag.lag)
                                           : tr("the price return %1 days earlier").arg(-lag.lag);
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                           tr("Lag %1: correlation %2 between a day's sentiment and %3 (n = %4 day pairs)")
                               .arg(lag.lag)
                               .arg(QLocale().toString(*lag.r, 'f', 2), when)
                               .arg(lag.n),
                           this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace seance
