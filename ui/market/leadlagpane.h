// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/leadlag.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace seance {

class ViewState;

// A small bar chart of the correlation between a token's daily sentiment and its price returns k days later, for k
// in −7…+7, with the number of day pairs and a warning when they are few or the series barely overlap. It follows
// the ViewState's selected tokens (one token: its bars) and reads the workspace the window has open. Exploratory:
// it shows correlation, and says so.
class LeadLagPane final : public QWidget
{
    Q_OBJECT
public:
    LeadLagPane(ViewState* state, std::function<QString()> databasePath, QWidget* parent = nullptr);

    // Reads the selected token's series again, e.g. after an import or a fetch.
    void refresh();
    const LeadLagResult& result() const { return m_result; }
    QString message() const;
    QString warningText() const;
    // The bar of a lag in this widget's coordinates, for the tooltip and tests; empty when it has no value.
    QRectF barRect(int lag) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRectF plotRect() const;

    ViewState* m_state;
    std::function<QString()> m_databasePath;
    QLabel* m_heading;
    QLabel* m_warning;
    QString m_tokenId;
    QString m_message;
    LeadLagResult m_result;
};

} // namespace seance
