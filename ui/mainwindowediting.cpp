// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's edit actions: every edit goes through WorkspaceEditor, so it is one undoable command.
#include "ui/mainwindow.h"

#include "ui/editing/eventeditdialog.h"
#include "ui/editing/narrativeeditdialog.h"
#include "ui/editing/tokeneditdialog.h"
#include "models/editing/workspacechanges.h"
#include "models/editing/workspaceeditor.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"
#include "ui/tokens/tokenbrowser.h"
#include "models/viewstate.h"

#include <QMenu>
#include <QMenuBar>

namespace seance {
namespace {

template <typename Record>
QStringList idsOf(const QList<Record>& records)
{
    QStringList ids;
    for (const Record& record : records)
        ids << record.id;
    return ids;
}

} // namespace

void MainWindow::createEditActions(QMenu* edit)
{
    edit->addSeparator();
    QAction* newToken = edit->addAction(tr("New &Token…"), this, [this] { editToken({}); });
    // Ctrl+Alt+T opens a terminal on GNOME and other desktops, so the app would never see it.
    newToken->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    QAction* editToken = edit->addAction(tr("&Edit Token…"), this, [this] { this->editToken(m_tokens->currentTokenId()); });
    // Ctrl+E is File › Export Chart…; Ctrl+Alt+E pairs with New Token's Ctrl+Alt+N.
    editToken->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    editToken->setStatusTip(tr("Edit the token selected in the table"));
    edit->addAction(tr("Remove Token"), this, [this] { removeToken(m_tokens->currentTokenId()); })
        ->setStatusTip(tr("Remove the token selected in the table (undoable)"));
    edit->addSeparator();
    edit->addAction(tr("New &Narrative…"), this, [this] { editNarrative({}); });
    edit->addAction(tr("Edit Narrati&ve…"), this, [this] { editNarrative(chooseNarrative(tr("Edit Narrative"))); });
    edit->addAction(tr("Remove Narrative…"), this, [this] { removeNarrative(chooseNarrative(tr("Remove Narrative"))); });
    edit->addSeparator();
    QAction* newEvent = edit->addAction(tr("New E&vent…"), this, [this] { editEvent({}); });
    newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    edit->addAction(tr("Edit Focused Event…"), this, [this] { editEvent(m_state->focusedEvent()); })
        ->setStatusTip(tr("Edit the event focused in the chart or timeline (double-click an event to edit it)"));
    edit->addAction(tr("Remove Focused Event"), this, [this] { removeEvent(m_state->focusedEvent()); });

    connect(m_changes, &WorkspaceChanges::tokensChanged, this, &MainWindow::reloadPanes);
    connect(m_changes, &WorkspaceChanges::narrativesChanged, this, &MainWindow::reloadPanes);
    connect(m_changes, &WorkspaceChanges::eventsChanged, this, &MainWindow::reloadPanes);
    connect(m_changes, &WorkspaceChanges::editFailed, this,
            [this](const QString& message) { m_dialogs.showError(this, tr("Undo failed"), message); });
}

void MainWindow::editToken(const QString& id)
{
    const TokenStore store(*m_db);
    const bool creating = id.isEmpty();
    TokenEditDialog dialog(creating ? RecordEditDialog::Mode::Create : RecordEditDialog::Mode::Edit, this);
    if (creating) {
        dialog.setExistingIds(idsOf(store.all()));
    } else {
        const std::optional<TokenRecord> token = store.find(id);
        if (!token)
            return;
        dialog.setRecord(*token);
    }
    dialog.setCommit([&](QString* error) {
        return creating ? m_editor->addToken(dialog.record(), error) : m_editor->updateToken(dialog.record(), error);
    });
    m_dialogs.execDialog(&dialog);
}

void MainWindow::removeToken(const QString& id)
{
    QString error;
    if (!id.isEmpty() && !m_editor->removeToken(id, &error))
        m_dialogs.showError(this, tr("Cannot remove the token"), error);
}

QString MainWindow::chooseNarrative(const QString& title)
{
    QStringList labels;
    const QList<NarrativeRecord> narratives = NarrativeStore(*m_db).all();
    for (const NarrativeRecord& narrative : narratives)
        labels << QStringLiteral("%1 — %2").arg(narrative.id, narrative.title);
    if (labels.isEmpty())
        return {};
    const QString chosen = m_dialogs.chooseItem(this, title, tr("Narrative:"), labels);
    const qsizetype index = labels.indexOf(chosen);
    return index < 0 ? QString() : narratives.at(index).id;
}

void MainWindow::editNarrative(const QString& id)
{
    const NarrativeStore store(*m_db);
    const bool creating = id.isEmpty();
    NarrativeEditDialog dialog(creating ? RecordEditDialog::Mode::Create : RecordEditDialog::Mode::Edit, this);
    if (creating) {
        dialog.setExistingIds(idsOf(store.all()));
    } else {
        const std::optional<NarrativeRecord> narrative = store.find(id);
        if (!narrative)
            return;
        dialog.setRecord(*narrative);
    }
    dialog.setCommit([&](QString* error) {
        return creating ? m_editor->addNarrative(dialog.record(), error)
                        : m_editor->updateNarrative(dialog.record(), error);
    });
    m_dialogs.execDialog(&dialog);
}

void MainWindow::removeNarrative(const QString& id)
{
    QString error;
    if (!id.isEmpty() && !m_editor->removeNarrative(id, &error))
        m_dialogs.showError(this, tr("Cannot remove the narrative"), error);
}

void MainWindow::editEvent(const QString& id)
{
    const EventStore store(*m_db);
    const bool creating = id.isEmpty();
    EventEditDialog dialog(creating ? RecordEditDialog::Mode::Create : RecordEditDialog::Mode::Edit, this);
    dialog.setNarratives(NarrativeStore(*m_db).all());
    dialog.setTokens(TokenStore(*m_db).all());
    if (creating) {
        dialog.setExistingIds(idsOf(store.all()));
    } else {
        const std::optional<EventRecord> event = store.find(id);
        if (!event)
            return;
        dialog.setRecord(*event);
    }
    dialog.setCommit([&](QString* error) {
        return creating ? m_editor->addEvent(dialog.record(), error) : m_editor->updateEvent(dialog.record(), error);
    });
    m_dialogs.execDialog(&dialog);
}

void MainWindow::removeEvent(const QString& id)
{
    QString error;
    if (!id.isEmpty() && !m_editor->removeEvent(id, &error))
        m_dialogs.showError(this, tr("Cannot remove the event"), error);
}

} // namespace seance
