// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace seance {

// Asks what to fetch for a token: its CoinGecko id, the days of history (the free API's 365 at most) and whether to
// offer the coin's details for the token.
class FetchMarketDialog final : public QDialog
{
    Q_OBJECT
public:
    FetchMarketDialog(const QString& tokenLabel, const QString& coinId, int days, QWidget* parent = nullptr);

    QString coinId() const;
    int days() const;
    bool offerDetails() const;

private:
    QLineEdit* m_coinId;
    QSpinBox* m_days;
    QCheckBox* m_details;
};

} // namespace seance
