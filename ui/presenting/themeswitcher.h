// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace seance {

enum class Theme;

// View › Theme: the theme chosen, saved in the settings and applied to the application palette. The panes'
// palettes are the mediator's to follow (themeChanged), so every pane changes at once.
class ThemeSwitcher final : public QObject
{
    Q_OBJECT
public:
    // Starts in the saved theme; the application palette is the launcher's to set before the window exists.
    explicit ThemeSwitcher(QObject* parent = nullptr);

    // Adds the Theme submenu, one checkable entry per theme.
    void addMenu(QMenu* parent);
    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

signals:
    void themeChanged(seance::Theme theme);

private:
    Theme m_theme;
    QActionGroup* m_actions;
};

} // namespace seance
