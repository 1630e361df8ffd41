// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenting/themeswitcher.h"

#include "ui/common/retranslator.h"
#include "ui/theme/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>

namespace seance {

ThemeSwitcher::ThemeSwitcher(QObject* parent)
    : QObject(parent)
    , m_theme(savedTheme())
    , m_actions(new QActionGroup(this))
{
}

void ThemeSwitcher::addMenu(QMenu* parent)
{
    QMenu* themes = parent->addMenu(QString());
    Retranslator::of(parent)->add(this, [this, themes] {
        themes->setTitle(tr("&Theme"));
        for (QAction* action : m_actions->actions())
            action->setText(themeDisplayName(themeFromName(action->data().toString()).value_or(Theme::Dark)));
    });
    for (const Theme theme : allThemes()) {
        QAction* action = themes->addAction(themeDisplayName(theme));
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        action->setData(themeName(theme));
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { setTheme(theme); });
    }
}

void ThemeSwitcher::setTheme(Theme theme)
{
    m_theme = theme;
    saveTheme(theme);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyApplicationTheme(*app, theme);
    for (QAction* action : m_actions->actions())
        action->setChecked(action->data().toString() == themeName(theme));
    emit themeChanged(theme);
}

} // namespace seance
