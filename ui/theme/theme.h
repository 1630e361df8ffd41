// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace seance {

struct ChartPalette;
struct TimelinePalette;

// The app's looks. A theme decides the widgets' QPalette, the chart's ChartPalette and the timeline's
// TimelinePalette together, so the window, the chart and an export of it always agree.
enum class Theme { Dark, Light, Presenter };

QList<Theme> allThemes();
// The stable name stored in settings, saved views and given to --theme: "dark", "light", "presenter".
QString themeName(Theme theme);
// The theme for a stored name (any case), or empty for an unknown one.
std::optional<Theme> themeFromName(const QString& name);
// The translated name shown in menus and dialogs.
QString themeDisplayName(Theme theme);

QPalette applicationPalette(Theme theme);
ChartPalette chartPalette(Theme theme);
TimelinePalette timelinePalette(Theme theme);

// The theme saved in AppSettings; dark when none or an unknown one is saved.
Theme savedTheme();
void saveTheme(Theme theme);
// Sets ThemeStyle (Fusion, which follows a palette everywhere, with visible indicators) and the theme's palette on the
// application.
void applyApplicationTheme(QApplication& app, Theme theme);

} // namespace seance
