// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/editactions.h"

#include "models/editing/workspaceeditor.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"
#include "ui/common/dialogseam.h"
#include "ui/common/retranslator.h"
#include "ui/editing/eventeditdialog.h"
#include "ui/editing/narrativeeditdialog.h"
#include "ui/editing/tokeneditdialog.h"
#include "ui/workspace/readonlyactions.h"

#include <QMenu>

namespace seance {
namespace {

RecordEditDialog::Mode modeFor(const QString& id)
{
    return id.isEmpty() ? RecordEditDialog::Mode::Create : RecordEditDialog::Mode::Edit;
}

// Fills the dialog from the stored record (or the existing ids, to refuse a taken one when creating), runs it,
// and commits through the editor while it is open, so a refused change keeps the dialog open with the reason.
template <typename Dialog, typename Store, typename Record>
void runRecordDialog(Dialog& dialog, const Store& store, const QString& id, const DialogSeam& dialogs,
                     WorkspaceEditor* editor, bool (WorkspaceEditor::*add)(const Record&, QString*),
                     bool (WorkspaceEditor::*update)(const Record&, QString*))
{
    const bool creating = id.isEmpty();
    if (creating) {
        QStringList ids;
        for (const Record& record : store.all())
            ids << record.id;
        dialog.setExistingIds(ids);
    } else {
        const std::optional<Record> record = store.find(id);
        if (!record)
            return;
        dialog.setRecord(*record);
    }
    dialog.setCommit([&](QString* error) { return (editor->*(creating ? add : update))(dialog.record(), error); });
    dialogs.execDialog(&dialog);
}

} // namespace

EditActions::EditActions(QWidget* window, const DialogSeam* dialogs, std::function<QString()> currentToken,
                         std::function<QString()> focusedEvent)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
    , m_currentToken(std::move(currentToken))
    , m_focusedEvent(std::move(focusedEvent))
{
}

void EditActions::setWorkspace(Database* db, WorkspaceEditor* editor)
{
    m_db = db;
    m_editor = editor;
}

void EditActions::addTo(QMenu* edit)
{
    edit->addSeparator();
    QAction* newToken = edit->addAction(QString(), this, [this] { editToken({}); });
    // Ctrl+Alt+T opens a terminal on GNOME and other desktops, so the app would never see it.
    newToken->setObjectName(QStringLiteral("newTokenAction"));
    newToken->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    QAction* editCurrent = edit->addAction(QString(), this, [this] { editToken(m_currentToken()); });
    // Ctrl+E is File › Export Chart…; Ctrl+Alt+E pairs with New Token's Ctrl+Alt+N.
    editCurrent->setObjectName(QStringLiteral("editTokenAction"));
    editCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    QAction* removeTokenAction = edit->addAction(QString(), this, [this] { this->removeToken(m_currentToken()); });
    edit->addSeparator();
    QAction* newNarrative = edit->addAction(QString(), this, [this] { editNarrative({}); });
    QAction* editNarrativeAction =
        edit->addAction(QString(), this, [this] { this->editNarrative(chooseNarrative(tr("Edit Narrative"))); });
    QAction* removeNarrativeAction =
        edit->addAction(QString(), this, [this] { this->removeNarrative(chooseNarrative(tr("Remove Narrative"))); });
    edit->addSeparator();
    QAction* newEvent = edit->addAction(QString(), this, [this] { editEvent({}); });
    newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    QAction* editEventAction = edit->addAction(QString(), this, [this] { this->editEvent(m_focusedEvent()); });
    QAction* removeEventAction = edit->addAction(QString(), this, [this] { this->removeEvent(m_focusedEvent()); });
    // The names ReadOnlyActions (ui/workspace) finds the writing actions by.
    removeTokenAction->setObjectName(QStringLiteral("removeTokenAction"));
    newNarrative->setObjectName(QStringLiteral("newNarrativeAction"));
    editNarrativeAction->setObjectName(QStringLiteral("editNarrativeAction"));
    removeNarrativeAction->setObjectName(QStringLiteral("removeNarrativeAction"));
    newEvent->setObjectName(QStringLiteral("newEventAction"));
    editEventAction->setObjectName(QStringLiteral("editEventAction"));
    removeEventAction->setObjectName(QStringLiteral("removeEventAction"));
    Retranslator::of(edit)->add(this, [newToken, editCurrent, removeTokenAction, newNarrative, editNarrativeAction,
                                       removeNarrativeAction, newEvent, editEventAction, removeEventAction] {
        newToken->setText(tr("New &Token…"));
        editCurrent->setText(tr("&Edit Token…"));
        editCurrent->setStatusTip(tr("Edit the token selected in the table"));
        removeTokenAction->setText(tr("Remove Token"));
        removeTokenAction->setStatusTip(tr("Remove the token selected in the table (undoable)"));
        newNarrative->setText(tr("New &Narrative…"));
        editNarrativeAction->setText(tr("Edit Narrati&ve…"));
        removeNarrativeAction->setText(tr("Remove Narrative…"));
        newEvent->setText(tr("Ne&w Event…"));
        editEventAction->setText(tr("Edit Focused Event…"));
        editEventAction->setStatusTip(
            tr("Edit the event focused in the chart or timeline (double-click an event to edit it)"));
        removeEventAction->setText(tr("Remove Focused Event"));
    });
}

void EditActions::editToken(const QString& id)
{
    if (!m_editor || refusedReadOnly())
        return;
    TokenEditDialog dialog(modeFor(id), m_window);
    runRecordDialog(dialog, TokenStore(*m_db), id, *m_dialogs, m_editor, &WorkspaceEditor::addToken,
                    &WorkspaceEditor::updateToken);
}

void EditActions::editNarrative(const QString& id)
{
    if (!m_editor || refusedReadOnly())
        return;
    NarrativeEditDialog dialog(modeFor(id), m_window);
    runRecordDialog(dialog, NarrativeStore(*m_db), id, *m_dialogs, m_editor, &WorkspaceEditor::addNarrative,
                    &WorkspaceEditor::updateNarrative);
}

void EditActions::editEvent(const QString& id)
{
    if (!m_editor || refusedReadOnly())
        return;
    EventEditDialog dialog(modeFor(id), m_window);
    dialog.setNarratives(NarrativeStore(*m_db).all());
    dialog.setTokens(TokenStore(*m_db).all());
    runRecordDialog(dialog, EventStore(*m_db), id, *m_dialogs, m_editor, &WorkspaceEditor::addEvent,
                    &WorkspaceEditor::updateEvent);
}

void EditActions::removeToken(const QString& id)
{
    removeWith(&WorkspaceEditor::removeToken, id, tr("Cannot remove the token"));
}

void EditActions::removeNarrative(const QString& id)
{
    removeWith(&WorkspaceEditor::removeNarrative, id, tr("Cannot remove the narrative"));
}

void EditActions::removeEvent(const QString& id)
{
    removeWith(&WorkspaceEditor::removeEvent, id, tr("Cannot remove the event"));
}

// A double-click on a token or an event reaches the edits without the disabled actions.
bool EditActions::refusedReadOnly() const
{
    if (!m_db || !m_db->isReadOnly())
        return false;
    m_dialogs->showError(m_window, tr("Cannot edit"), ReadOnlyActions::reason());
    return true;
}

void EditActions::removeWith(bool (WorkspaceEditor::*remove)(const QString&, QString*), const QString& id,
                             const QString& failureTitle)
{
    QString error;
    if (m_editor && !id.isEmpty() && !refusedReadOnly() && !(m_editor->*remove)(id, &error))
        m_dialogs->showError(m_window, failureTitle, error);
}

QString EditActions::chooseNarrative(const QString& title)
{
    if (!m_db)
        return {};
    QStringList labels;
    const QList<NarrativeRecord> narratives = NarrativeStore(*m_db).all();
    for (const NarrativeRecord& narrative : narratives)
        labels << QStringLiteral("%1 — %2").arg(narrative.id, narrative.title);
    if (labels.isEmpty())
        return {};
    const QString chosen = m_dialogs->chooseItem(m_window, title, tr("Narrative:"), labels);
    const qsizetype index = labels.indexOf(chosen);
    return index < 0 ? QString() : narratives.at(index).id;
}

} // namespace seance
