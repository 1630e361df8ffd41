// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/languagemenu.h"

#include "models/i18n/translationloader.h"
#include "ui/mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QTimer>

namespace seance {
namespace {

std::function<void()>& windowRebuilder()
{
    static std::function<void()> rebuild;
    return rebuild;
}

} // namespace

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

void LanguageMenu::setWindowRebuilder(std::function<void()> rebuild)
{
    windowRebuilder() = std::move(rebuild);
}

bool LanguageMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LanguageMenu::choose(Language language)
{
    const Language before = installedLanguage();
    saveLanguage(language);
    const Language now = installTranslations(language);
    emit languageChosen(language);
    if (now != before && windowRebuilder())
        QTimer::singleShot(0, qApp, [] { windowRebuilder()(); });
}

std::unique_ptr<MainWindow> rebuiltMainWindow(std::unique_ptr<MainWindow> old)
{
    // Closing saves the geometry, the dock layout and the view state that the new window restores; the
    // application must not quit while, for a moment, no window is open.
    const QString path = old->databasePath();
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    old->close();
    old.reset();
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!path.isEmpty())
        window->openDatabase(path);
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    return window;
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
