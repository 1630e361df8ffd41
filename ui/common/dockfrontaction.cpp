// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/dockfrontaction.h"

#include <QAction>
#include <QDockWidget>

namespace seance {

QAction* dockFrontAction(QDockWidget* dock, const QKeySequence& key, QObject* parent)
{
    auto* action = new QAction(dock->windowTitle(), parent);
    action->setCheckable(true);
    action->setShortcut(key);
    action->setChecked(dock->isVisible() && !dock->visibleRegion().isEmpty());
    QObject::connect(dock, &QDockWidget::visibilityChanged, action, &QAction::setChecked);
    QObject::connect(dock, &QWidget::windowTitleChanged, action, &QAction::setText); // a language switch
    QObject::connect(action, &QAction::triggered, dock, [dock, action] {
        const bool inFront = dock->isVisible() && !dock->visibleRegion().isEmpty();
        if (inFront) {
            dock->hide();
        } else {
            dock->show();
            dock->raise();
        }
        action->setChecked(!inFront);
    });
    return action;
}

} // namespace seance
