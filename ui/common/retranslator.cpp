// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/retranslator.h"

#include <QEvent>

#include <cstddef>

namespace seance {

Retranslator::Retranslator(QObject* watched)
    : QObject(watched)
{
    setObjectName(QStringLiteral("retranslator"));
    watched->installEventFilter(this);
}

Retranslator* Retranslator::of(QObject* widget)
{
    if (auto* existing = widget->findChild<Retranslator*>(QStringLiteral("retranslator"), Qt::FindDirectChildrenOnly))
        return existing;
    return new Retranslator(widget);
}

void Retranslator::add(QObject* target, std::function<void()> setText)
{
    setText();
    m_setters.push_back({target, std::move(setText)});
}

void Retranslator::retranslate()
{
    std::erase_if(m_setters, [](const Setter& setter) { return setter.target.isNull(); });
    for (std::size_t i = 0; i < m_setters.size(); ++i) // a setter may add setters (a menu it rebuilds)
        m_setters[i].setText();
}

bool Retranslator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace seance
