// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/market/fetchmarketdialog.h"

#include "models/market/coingeckoclient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace seance {

FetchMarketDialog::FetchMarketDialog(const QString& tokenLabel, const QString& coinId, int days, QWidget* parent)
    : QDialog(parent)
    , m_coinId(new QLineEdit(coinId, this))
    , m_days(new QSpinBox(this))
    , m_details(new QCheckBox(tr("Offer the coin's links, categories, contract and supply for the token"), this))
{
    setWindowTitle(tr("Fetch Market Data"));
    auto* layout = new QFormLayout(this);
    auto* intro = new QLabel(
        tr("Daily price, market cap and volume in USD for %1, from CoinGecko's public API.").arg(tokenLabel), this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    m_coinId->setObjectName(QStringLiteral("coinIdEdit"));
    m_coinId->setPlaceholderText(tr("e.g. dogecoin"));
    m_coinId->setToolTip(tr("The last part of the coin's page address on coingecko.com."));
    layout->addRow(tr("CoinGecko &id:"), m_coinId);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, coinGeckoFreeHistoryDays);
    m_days->setValue(std::clamp(days, 1, coinGeckoFreeHistoryDays));
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("The free API gives at most %1 days; a longer history needs a paid plan. For the full "
                          "history, download the CSV on the coin's page and use File › Import….")
                           .arg(coinGeckoFreeHistoryDays));
    layout->addRow(tr("&History:"), m_days);
    m_details->setChecked(coinId.isEmpty());
    layout->addRow(m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fetch"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_coinId->text().trimmed().isEmpty());
    };
    connect(m_coinId, &QLineEdit::textChanged, this, update);
    update();
}

QString FetchMarketDialog::coinId() const
{
    return m_coinId->text().trimmed();
}

int FetchMarketDialog::days() const
{
    return m_days->value();
}

bool FetchMarketDialog::offerDetails() const
{
    return m_details->isChecked();
}

} // namespace seance
