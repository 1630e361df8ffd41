// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/i18n/languagesetting.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace seance {

// View › Language: System, English, 한국어, 日本語, checkable and remembered. Choosing one installs its
// translations at once; installing sends QEvent::LanguageChange to every widget, and each pane, dock and menu
// retranslates in place (retranslateUi() from changeEvent(), or a Retranslator for menus and actions), so the
// window keeps its selection, zoom, docks and scroll positions.
class LanguageMenu final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageMenu(QMenu* parentMenu);

    QMenu* menu() const { return m_menu; }
    QAction* actionFor(Language language) const;

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

} // namespace seance
