// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/i18n/languagesetting.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QMenu;

namespace seance {

class MainWindow;

// View › Language: System, English, 한국어, 日本語, checkable and remembered. Choosing one installs its
// translations at once; the window then retranslates through the rebuilder the application registered
// (app/guilauncher recreates the main window on the same workspace, so menus, docks, pane headers, empty
// states and tooltips all come back in the new language). Without a rebuilder only this menu follows live.
class LanguageMenu final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageMenu(QMenu* parentMenu);

    QMenu* menu() const { return m_menu; }
    QAction* actionFor(Language language) const;

    // How the application shows its open window in a new language. Called after the event loop returns
    // from the menu, so the rebuilder may delete the window that owns this menu.
    static void setWindowRebuilder(std::function<void()> rebuild);

signals:
    void languageChosen(seance::Language language);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(Language language);
    void retranslate();

    QMenu* m_menu = nullptr;
    QActionGroup* m_group = nullptr;
};

// Closes `old` (saving its layout and view state) and opens a new main window on the same workspace, which
// comes up in the language installed now. The launcher's rebuilder.
std::unique_ptr<MainWindow> rebuiltMainWindow(std::unique_ptr<MainWindow> old);

} // namespace seance
