// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/dialogseam.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;

namespace seance {

class Database;
class TokenBrowser;

// The mediator: owns the open workspace and the panes, and turns the panes' intents into changes.
// Panes never talk to each other directly.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure shows the reason and keeps the current workspace open.
    bool openDatabase(const QString& path);
    QString databasePath() const;
    Database* database() const { return m_db.get(); }
    TokenBrowser* tokenBrowser() const { return m_tokens; }

    void setDialogSeam(DialogSeam seam) { m_dialogs = std::move(seam); }

    // Re-reads every pane from the database, e.g. after an import.
    void reloadPanes();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void newDatabase();
    void chooseAndOpenDatabase();
    void importDataset();
    void exportDataset();
    void showAbout();
    void updateWindowTitle();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Database> m_db;
    DialogSeam m_dialogs;
    TokenBrowser* m_tokens;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_sampleBadge;
};

} // namespace seance
