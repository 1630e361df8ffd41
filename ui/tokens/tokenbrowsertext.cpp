// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The token browser's texts, set again in place when the language changes.
#include "ui/tokens/tokenbrowser.h"

#include "models/items/modelretranslation.h"
#include "models/items/tokentablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace seance {

void TokenBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TokenBrowser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, symbol, chain or tag"));
    m_search->setToolTip(tr("Every word must match. Example: \"ghost icp\""));
    m_chainFilter->setToolTip(tr("Show only tokens on this chain"));
    m_statusFilter->setToolTip(tr("Live tokens exist on chain; hypothetical ones were only imagined in commentary"));
    m_tagFilter->setToolTip(tr("Show only tokens with this tag"));
    const QString statuses[] = {tr("Any status"), tr("Live"), tr("Hypothetical"), tr("Defunct")};
    for (int i = 0; i < 4; ++i)
        m_statusFilter->setItemText(i, statuses[i]);
    m_chainFilter->setItemText(0, tr("Any chain")); // the "any" entries (no-ops before the first fill)
    m_tagFilter->setItemText(0, tr("Any tag"));
    announceRetranslation(*m_model);  // the column headers and tooltips
    if (!m_summary->text().isEmpty()) // blank until the first workspace is read (first paint)
        updateSummary();              // the count line and the empty state
}

} // namespace seance
