// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/languagemenu.h"

#include "models/i18n/translationloader.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>

namespace seance {

LanguageMenu::LanguageMenu(QMenu* parentMenu)
    : QObject(parentMenu)
    , m_menu(parentMenu->addMenu(QString()))
    , m_group(new QActionGroup(this))
{
    const Language saved = savedLanguage();
    for (Language language : allLanguages()) {
        QAction* action = m_menu->addAction(languageDisplayName(language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(languageCode(language));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
        if (language == Language::System)
            m_menu->addSeparator();
    }
    m_menu->installEventFilter(this);
    retranslate();
}

QAction* LanguageMenu::actionFor(Language language) const
{
    for (QAction* action : m_group->actions()) {
        if (action->data().toString() == languageCode(language))
            return action;
    }
    return nullptr;
}

bool LanguageMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LanguageMenu::choose(Language language)
{
    saveLanguage(language);
    installTranslations(language); // every open widget gets QEvent::LanguageChange and retranslates in place
    emit languageChosen(language);
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    if (QAction* system = actionFor(Language::System)) {
        system->setText(languageDisplayName(Language::System));
        system->setStatusTip(tr("Follow the system's language (LANG); English when it is neither Korean nor Japanese"));
    }
}

} // namespace seance
