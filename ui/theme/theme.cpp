// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/theme.h"

#include "models/appsettings.h"
#include "ui/chart/chartpalette.h"
#include "ui/theme/themestyle.h"
#include "ui/timeline/timelinepalette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::Theme", text);
}

struct WidgetColours
{
    QColor window;
    QColor base;
    QColor text;
    QColor accent;
    QColor highlightedText;
    QColor link;
    QColor disabledText;
};

QPalette paletteFrom(const WidgetColours& c, bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, dark ? c.window.lighter(115) : c.window.darker(104));
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
    p.setColor(QPalette::Button, dark ? c.window.lighter(120) : c.window.darker(103));
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::PlaceholderText, c.disabledText);
    // Fusion draws bevels and frames from these; without them a dark palette keeps light edges.
    p.setColor(QPalette::Light, dark ? c.window.lighter(150) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? c.window.lighter(130) : c.window.darker(108));
    p.setColor(QPalette::Mid, dark ? c.window.lighter(110) : c.window.darker(130));
    p.setColor(QPalette::Dark, dark ? c.window.darker(150) : c.window.darker(160));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0, dark ? 180 : 90));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

} // namespace

QList<Theme> allThemes()
{
    return {Theme::Dark, Theme::Light, Theme::Presenter};
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Presenter:
        return QStringLiteral("presenter");
    }
    return QStringLiteral("dark");
}

std::optional<Theme> themeFromName(const QString& name)
{
    for (const Theme theme : allThemes()) {
        if (name.compare(themeName(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

QString themeDisplayName(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return tr("Dark (ghostly)");
    case Theme::Light:
        return tr("Light");
    case Theme::Presenter:
        return tr("Presenter (high contrast)");
    }
    return QString();
}

QPalette applicationPalette(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return paletteFrom({QColor(0x1c, 0x1a, 0x26), QColor(0x15, 0x13, 0x1d), QColor(0xe6, 0xe3, 0xf0),
                            QColor(0x8f, 0x6b, 0xff), QColor(Qt::white), QColor(0xb0, 0x97, 0xff),
                            QColor(0x7d, 0x79, 0x8c)},
                           true);
    case Theme::Light:
        return paletteFrom({QColor(0xf3, 0xf2, 0xf7), QColor(Qt::white), QColor(0x22, 0x20, 0x2c),
                            QColor(0x6e, 0x4f, 0xd1), QColor(Qt::white), QColor(0x55, 0x38, 0xb8),
                            QColor(0x8e, 0x8a, 0x9e)},
                           false);
    case Theme::Presenter:
        return paletteFrom({QColor(Qt::white), QColor(Qt::white), QColor(Qt::black), QColor(0x00, 0x5a, 0xb5),
                            QColor(Qt::white), QColor(0x00, 0x4a, 0x9a), QColor(0x5a, 0x5a, 0x5a)},
                           false);
    }
    return QPalette();
}

ChartPalette chartPalette(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return ChartPalette::dark();
    case Theme::Light:
        return ChartPalette::light();
    case Theme::Presenter:
        return ChartPalette::presenter();
    }
    return ChartPalette::dark();
}

TimelinePalette timelinePalette(Theme theme)
{
    TimelinePalette p; // the struct's defaults are the dark theme
    if (theme == Theme::Dark)
        return p;
    const bool presenter = theme == Theme::Presenter;
    p.background = presenter ? QColor(Qt::white) : QColor(0xf6, 0xf5, 0xfa);
    p.laneBand = presenter ? QColor(0xf0, 0xf0, 0xf0) : QColor(0xec, 0xeb, 0xf3);
    p.laneSeparator = presenter ? QColor(0xb0, 0xb0, 0xb0) : QColor(0xd6, 0xd4, 0xe0);
    p.grid = presenter ? QColor(0xd0, 0xd0, 0xd0) : QColor(0xe0, 0xde, 0xe8);
    p.axisLine = presenter ? QColor(0x30, 0x30, 0x30) : QColor(0x9a, 0x96, 0xac);
    p.axisText = presenter ? QColor(0x1a, 0x1a, 0x1a) : QColor(0x5f, 0x5a, 0x73);
    p.laneTitle = presenter ? QColor(Qt::black) : QColor(0x26, 0x23, 0x33);
    p.eventLabel = presenter ? QColor(0x0a, 0x0a, 0x0a) : QColor(0x3a, 0x36, 0x4a);
    p.markerOutline = presenter ? QColor(Qt::black) : QColor(0xff, 0xff, 0xff);
    p.focusRing = presenter ? QColor(0xd5, 0x5e, 0x00) : QColor(0xe0, 0x8a, 0x00);
    p.hoverLine = QColor(0x20, 0x1c, 0x30, presenter ? 170 : 120);
    p.edgeBadge = presenter ? QColor(0xe6, 0xe6, 0xe6) : QColor(0xe4, 0xe2, 0xec);
    p.edgeBadgeText = presenter ? QColor(0x1a, 0x1a, 0x1a) : QColor(0x4a, 0x46, 0x5c);
    p.emptyText = presenter ? QColor(0x2e, 0x2e, 0x2e) : QColor(0x6b, 0x67, 0x80);
    p.keyboardFocusFrame = presenter ? QColor(0x00, 0x5a, 0xb5) : QColor(0x6e, 0x4f, 0xd1);
    p.otherLane = presenter ? QColor(0x40, 0x40, 0x40) : QColor(0x6f, 0x6a, 0x85);
    // Deeper than the dark theme's lane colours, which would fade into a white lane.
    p.laneColors = {{0x6e, 0x4f, 0xd1}, {0x00, 0x83, 0x9a}, {0xd0, 0x70, 0x00}, {0xc2, 0x18, 0x5b},
                    {0x2e, 0x7d, 0x32}, {0x15, 0x65, 0xc0}, {0x9e, 0x8a, 0x00}, {0x6d, 0x4c, 0x41}};
    return p;
}

Theme savedTheme()
{
    return themeFromName(AppSettings::value(Setting::Theme).toString()).value_or(Theme::Dark);
}

void saveTheme(Theme theme)
{
    AppSettings::setValue(Setting::Theme, themeName(theme));
}

void applyApplicationTheme(QApplication& app, Theme theme)
{
    if (!qobject_cast<ThemeStyle*>(app.style()))
        app.setStyle(new ThemeStyle);
    QApplication::setPalette(applicationPalette(theme));
}

} // namespace seance
