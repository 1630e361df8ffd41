// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenuBar;

namespace seance {

class LeadLagPane;
class MainWindow;
struct DialogSeam;

// The Token menu's market actions, owned by the main window: Fetch Market Data… (CoinGecko's API, off the GUI
// thread with progress and Cancel, all or nothing) and CoinGecko API Key… (kept in the settings, never in a
// workspace or an export).
class MarketActions final : public QObject
{
    Q_OBJECT
public:
    MarketActions(MainWindow* window, const DialogSeam* dialogs);

    void addMenu(QMenuBar* menuBar);

    // For the selected token (or one the user picks); true when series were stored.
    bool fetchMarketData();
    void editApiKey();
    LeadLagPane* leadLagPane() const { return m_leadLag; }

private:
    QString chooseToken();

    MainWindow* m_window;
    LeadLagPane* m_leadLag = nullptr;
    const DialogSeam* m_dialogs;
};

} // namespace seance
