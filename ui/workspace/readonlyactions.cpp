// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/readonlyactions.h"

#include "ui/common/retranslator.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

namespace seance {

ReadOnlyActions::ReadOnlyActions(QObject* parent)
    : QObject(parent)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
}

const QStringList& ReadOnlyActions::writingActionNames()
{
    static const QStringList names = {
        QStringLiteral("importAction"),
        QStringLiteral("undoAction"),
        QStringLiteral("redoAction"),
        QStringLiteral("newTokenAction"),
        QStringLiteral("editTokenAction"),
        QStringLiteral("removeTokenAction"),
        QStringLiteral("newNarrativeAction"),
        QStringLiteral("editNarrativeAction"),
        QStringLiteral("removeNarrativeAction"),
        QStringLiteral("newEventAction"),
        QStringLiteral("editEventAction"),
        QStringLiteral("removeEventAction"),
        QStringLiteral("rescoreAction"),
        QStringLiteral("saveViewAction"),
        QStringLiteral("deleteViewAction"),
        QStringLiteral("fetchMarketDataAction"),
    };
    return names;
}

void ReadOnlyActions::collect(QWidget* window)
{
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (!writingActionNames().contains(action->objectName()) || m_toolTips.contains(action))
            continue;
        // Only a tooltip set on purpose is kept; an action without one shows its (changing) text again.
        const QAction plain(action->text());
        m_toolTips.insert(action, action->toolTip() != plain.toolTip() ? action->toolTip() : QString());
        m_group->addAction(action);
        for (QObject* shownIn : action->associatedObjects()) {
            if (auto* menu = qobject_cast<QMenu*>(shownIn))
                menu->setToolTipsVisible(true); // so that hovering a disabled entry says why
        }
    }
    setReadOnly(m_readOnly);
    // After a language switch the menus set the actions' texts again; the reason follows, in the new language.
    if (!m_retranslating) {
        m_retranslating = true;
        Retranslator::of(window)->add(this, [this] { setReadOnly(m_readOnly); });
    }
}

void ReadOnlyActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_group->setEnabled(!readOnly);
    for (auto it = m_toolTips.cbegin(); it != m_toolTips.cend(); ++it)
        it.key()->setToolTip(readOnly ? reason() : it.value());
}

QString ReadOnlyActions::reason()
{
    return tr("The workspace is read-only (the file or its folder cannot be written): it can be viewed and "
              "exported, but not changed.");
}

} // namespace seance
