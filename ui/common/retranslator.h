// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace seance {

// Text that is set once where a menu, an action or a dock is built, and set again when the language changes.
// add() runs the setter at once and keeps it; the widget the retranslator watches (a menu, the main window)
// runs every kept setter on QEvent::LanguageChange. A setter whose target is gone is skipped and dropped.
//
//     Retranslator::of(menu)->add(action, [action] { action->setText(tr("&Import…")); });
//
// The tr() stays inside the class's own member function, so lupdate files it under that class's context.
// Widgets with their own text (panes) implement retranslateUi() and call it from changeEvent() instead.
class Retranslator final : public QObject
{
    Q_OBJECT
public:
    // The retranslator watching `widget`, made on first use as its child.
    static Retranslator* of(QObject* widget);

    void add(QObject* target, std::function<void()> setText);
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Retranslator(QObject* watched);

    struct Setter
    {
        QPointer<QObject> target;
        std::function<void()> setText;
    };
    std::vector<Setter> m_setters;
};

} // namespace seance
