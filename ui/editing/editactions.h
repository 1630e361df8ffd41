// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace seance {

class Database;
struct DialogSeam;
class WorkspaceEditor;

// Edit › New/Edit/Remove Token, Narrative and Event: each opens its dialog, and every change goes through the
// WorkspaceEditor, so it is one undoable command. The window says which token and which event are current.
class EditActions final : public QObject
{
    Q_OBJECT
public:
    // dialogs is the window's seam, read at each use so a test can replace it later.
    EditActions(QWidget* window, const DialogSeam* dialogs, std::function<QString()> currentToken,
                std::function<QString()> focusedEvent);

    void addTo(QMenu* edit);
    // The open workspace and its editor; both may be null while none is open.
    void setWorkspace(Database* db, WorkspaceEditor* editor);

    // An empty id creates a new record; an unknown id does nothing.
    void editToken(const QString& id);
    void editNarrative(const QString& id);
    void editEvent(const QString& id);
    void removeToken(const QString& id);
    void removeNarrative(const QString& id);
    void removeEvent(const QString& id);

private:
    // Asks which narrative; empty when there is none or the user cancelled.
    QString chooseNarrative(const QString& title);
    bool refusedReadOnly() const;
    void removeWith(bool (WorkspaceEditor::*remove)(const QString&, QString*), const QString& id,
                    const QString& failureTitle);

    QWidget* m_window;
    const DialogSeam* m_dialogs;
    std::function<QString()> m_currentToken;
    std::function<QString()> m_focusedEvent;
    Database* m_db = nullptr;
    WorkspaceEditor* m_editor = nullptr;
};

} // namespace seance
