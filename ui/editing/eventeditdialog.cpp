// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/eventeditdialog.h"

#include "models/editing/fieldsyntax.h"
#include "models/editing/recordcheck.h"
#include "ui/editing/editfields.h"
#include "ui/editing/optionaldateedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace seance {
namespace {

constexpr int idRole = Qt::UserRole;

QListWidgetItem* addTokenItem(QListWidget* list, const QString& id, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(idRole, id);
    item->setToolTip(id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

} // namespace

EventEditDialog::EventEditDialog(Mode mode, QWidget* parent) : RecordEditDialog(mode, parent)
{
    setWindowTitle(mode == Mode::Create ? tr("New Event") : tr("Edit Event"));
    m_title = addLineRow(tr("&Title:"), QStringLiteral("titleEdit"),
                         tr("What happened, in one line, e.g. \"Karpathy: summoning ghosts\". Required."));
    suggestIdFrom(m_title);
    m_narrative = new QComboBox(this);
    m_narrative->setObjectName(QStringLiteral("narrativeCombo"));
    m_narrative->addItem(tr("(none)"), QString());
    addRow(tr("&Narrative:"), m_narrative, tr("The narrative whose timeline shows the event, if any."));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setEditable(true);
    m_kind->addItems({QString(), QStringLiteral("podcast"), QStringLiteral("post"), QStringLiteral("article"),
                      QStringLiteral("launch"), QStringLiteral("listing")});
    addRow(tr("&Kind:"), m_kind, tr("What sort of event it is: podcast, post, article, launch, … Free text."));
    m_occurredAt = new OptionalDateEdit(OptionalDateEdit::Precision::Minute, tr("Not set"), this);
    m_occurredAt->setObjectName(QStringLiteral("occurredAtEdit"));
    addRow(tr("&Date:"), m_occurredAt, tr("When the event happened, in UTC. Required."));
    m_description = addTextRow(tr("D&escription:"), QStringLiteral("descriptionEdit"), 3,
                               tr("What happened, shown as plain text."));
    m_tokens = new QListWidget(this);
    m_tokens->setObjectName(QStringLiteral("tokenList"));
    m_tokens->setMaximumHeight(m_tokens->fontMetrics().lineSpacing() * 6);
    addRow(tr("T&okens:"), m_tokens, tr("Check the tokens that the event concerns."));
    m_sources = addTextRow(tr("Sou&rces:"), QStringLiteral("sourcesEdit"), 3,
                           tr("Where the event is documented.") + QLatin1Char(' ') + linkFieldToolTip());
    m_sources->setPlaceholderText(tr("label | https://…"));

    connect(m_narrative, &QComboBox::currentIndexChanged, this, &EventEditDialog::revalidate);
    connect(m_kind, &QComboBox::currentTextChanged, this, &EventEditDialog::revalidate);
    connect(m_occurredAt, &OptionalDateEdit::valueChanged, this, &EventEditDialog::revalidate);
    connect(m_tokens, &QListWidget::itemChanged, this, &EventEditDialog::revalidate);
    m_occurredAt->setValue(std::nullopt);
}

void EventEditDialog::setNarratives(const QList<NarrativeRecord>& narratives)
{
    const QString current = selectedValue(m_narrative);
    const QSignalBlocker blocker(m_narrative);
    m_narrative->clear();
    m_narrative->addItem(tr("(none)"), QString());
    for (const NarrativeRecord& narrative : narratives) {
        m_narrative->addItem(narrative.title.isEmpty() ? narrative.id : narrative.title, narrative.id);
        m_narrative->setItemData(m_narrative->count() - 1, narrative.id, Qt::ToolTipRole);
    }
    selectValue(m_narrative, current);
    revalidate();
}

void EventEditDialog::setTokens(const QList<TokenRecord>& tokens)
{
    const QStringList checked = checkedTokenIds();
    const QSignalBlocker blocker(m_tokens);
    m_tokens->clear();
    for (const TokenRecord& token : tokens)
        addTokenItem(m_tokens, token.id, tr("%1 — %2 (%3)").arg(token.symbol, token.name, token.chain));
    checkTokens(checked);
    revalidate();
}

void EventEditDialog::preselectNarrative(const QString& narrativeId)
{
    selectValue(m_narrative, narrativeId);
}

void EventEditDialog::setRecord(const EventRecord& event)
{
    setId(event.id);
    m_title->setText(event.title);
    selectValue(m_narrative, event.narrativeId);
    m_kind->setCurrentText(event.kind);
    m_occurredAt->setValue(event.occurredAt);
    m_description->setPlainText(event.description);
    m_sources->setPlainText(formatLinkLines(event.sources));
    {
        const QSignalBlocker blocker(m_tokens);
        checkTokens(event.tokenIds);
    }
    revalidate();
}

EventRecord EventEditDialog::record() const
{
    EventRecord event;
    event.id = id();
    event.title = m_title->text().trimmed();
    event.narrativeId = selectedValue(m_narrative);
    event.kind = m_kind->currentText().trimmed();
    event.occurredAt = m_occurredAt->value().value_or(0);
    event.description = m_description->toPlainText();
    event.sources = linksOf(m_sources);
    event.tokenIds = checkedTokenIds();
    return event;
}

QString EventEditDialog::validate() const
{
    if (QString problem = idProblem(); !problem.isEmpty())
        return problem;
    if (m_title->text().trimmed().isEmpty())
        return tr("The title is required.");
    if (m_occurredAt->isAbsent())
        return tr("The date is required.");
    if (QString problem = linksProblem(m_sources, tr("Sources")); !problem.isEmpty())
        return problem;
    return eventProblem(record());
}

QStringList EventEditDialog::checkedTokenIds() const
{
    QStringList ids;
    for (int row = 0; row < m_tokens->count(); ++row) {
        const QListWidgetItem* item = m_tokens->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(idRole).toString());
    }
    // The store keeps an event's tokens sorted; so does the dialog, so that an unchanged event compares equal.
    std::sort(ids.begin(), ids.end());
    return ids;
}

void EventEditDialog::checkTokens(const QStringList& ids)
{
    for (int row = 0; row < m_tokens->count(); ++row)
        m_tokens->item(row)->setCheckState(Qt::Unchecked);
    for (const QString& id : ids) {
        QListWidgetItem* item = nullptr;
        for (int row = 0; row < m_tokens->count() && !item; ++row) {
            if (m_tokens->item(row)->data(idRole).toString() == id)
                item = m_tokens->item(row);
        }
        // A token missing from the choices stays linked rather than being dropped silently.
        if (!item)
            item = addTokenItem(m_tokens, id, id);
        item->setCheckState(Qt::Checked);
    }
}

} // namespace seance
