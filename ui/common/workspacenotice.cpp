// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspacenotice.h"

#include "models/storage/database.h"
#include "ui/common/retranslator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace seance {

WorkspaceNotice::WorkspaceNotice(QWidget* parent)
    : QWidget(parent)
    , m_readOnly(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_reload(new QPushButton(this))
{
    for (QLabel* label : {m_readOnly, m_changed})
        label->setTextFormat(Qt::PlainText);
    Retranslator::of(this)->add(this, [this] {
        m_readOnly->setText(tr("Read-only"));
        m_changed->setText(tr("Changed by another Seance"));
        m_reload->setText(tr("&Reload"));
        m_readOnly->setToolTip(tr("The workspace file or its folder cannot be written: it is shown, but edits and "
                                  "imports are refused."));
        m_changed->setToolTip(tr("Another Seance window or the command line has written to this workspace since "
                                 "it was read. Reload to see the changes."));
        m_reload->setToolTip(tr("Read the workspace again"));
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_changed);
    layout->addWidget(m_reload);
    connect(&m_watcher, &DatabaseWatcher::changedElsewhere, this, [this] {
        m_changed->show();
        updateVisibility();
    });
    connect(m_reload, &QPushButton::clicked, this, &WorkspaceNotice::reloadRequested);
    m_changed->hide();
    updateVisibility();
}

void WorkspaceNotice::setDatabase(const Database* db)
{
    m_watcher.setDatabase(db);
    m_readOnly->setVisible(db && db->isReadOnly());
    m_changed->hide();
    updateVisibility();
}

void WorkspaceNotice::markReloaded()
{
    m_watcher.resync();
    m_changed->hide();
    updateVisibility();
}

bool WorkspaceNotice::showsOutsideChange() const
{
    return !m_changed->isHidden();
}

bool WorkspaceNotice::showsReadOnly() const
{
    return !m_readOnly->isHidden();
}

void WorkspaceNotice::updateVisibility()
{
    m_reload->setVisible(!m_changed->isHidden());
    setVisible(!m_readOnly->isHidden() || !m_changed->isHidden());
}

} // namespace seance
