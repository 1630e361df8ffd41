// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "ui/editing/recordeditdialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace seance {

class OptionalDateEdit;

// Creates or edits one event. Pass the result of record() to WorkspaceEditor::addEvent() or updateEvent().
// When creating, the date starts unset and must be chosen: an event's date is never guessed.
class EventEditDialog final : public RecordEditDialog
{
    Q_OBJECT
public:
    explicit EventEditDialog(Mode mode, QWidget* parent = nullptr);

    // The choices; the current selection is kept across a call.
    void setNarratives(const QList<NarrativeRecord>& narratives);
    void setTokens(const QList<TokenRecord>& tokens);
    // For "add an event to this narrative".
    void preselectNarrative(const QString& narrativeId);

    void setRecord(const EventRecord& event);
    EventRecord record() const;

protected:
    QString validate() const override;

private:
    QStringList checkedTokenIds() const;
    void checkTokens(const QStringList& ids);

    QLineEdit* m_title;
    QComboBox* m_narrative;
    QComboBox* m_kind;
    OptionalDateEdit* m_occurredAt;
    QPlainTextEdit* m_description;
    QListWidget* m_tokens;
    QPlainTextEdit* m_sources;
};

} // namespace seance
