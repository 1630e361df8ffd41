// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace seance {

// The frame that the token, narrative and event dialogs share: a form whose first row is the record's id, a red
// line that says why the record cannot be saved yet, and OK, which stays disabled until there is no reason.
class RecordEditDialog : public QDialog
{
    Q_OBJECT
public:
    // Create: the id is typed and must be new. Edit: the id is the record's key and cannot change.
    enum class Mode { Create, Edit };

    Mode mode() const { return m_mode; }
    // The ids already taken, for Create mode.
    void setExistingIds(const QStringList& ids);
    // Empty when OK is enabled; otherwise the sentence shown under the form.
    QString problem() const { return m_problem; }

    // Writes the record when OK is pressed, e.g. through WorkspaceEditor. When it fails the dialog stays open
    // with the reason shown under the form, so nothing the user typed is lost. Without one, OK just accepts.
    using Commit = std::function<bool(QString* error)>;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    void accept() override;

protected:
    // Long values (a tagline, a canister id) open at their start, not scrolled to their end.
    void showEvent(QShowEvent* event) override;
    RecordEditDialog(Mode mode, QWidget* parent);

    // The first reason the record cannot be saved, or an empty string.
    virtual QString validate() const = 0;
    // Re-checks the form; connect every field's change signal here.
    void revalidate();

    void addRow(const QString& label, QWidget* field, const QString& toolTip);
    QPlainTextEdit* addTextRow(const QString& label, const QString& objectName, int lines, const QString& toolTip);
    QLineEdit* addLineRow(const QString& label, const QString& objectName, const QString& toolTip);

    QString id() const;
    void setId(const QString& id);
    // Required, well formed and, when creating, not yet taken.
    QString idProblem() const;
    // Create mode: the id follows this field (the name or title) as a slug, made unique among the existing ids,
    // until the user types an id of their own. While both are empty nothing is reported yet: a new form is not
    // an error.
    void suggestIdFrom(QLineEdit* source);

public:
    // "Karpathy's reply to Sutton" → "karpathy-s-reply-to-sutton": lowercase ASCII letters and digits joined by
    // '-', accents dropped, at most 60 characters; -2, -3, … appended while it is taken. Empty when nothing is left.
    static QString suggestedId(const QString& text, const QStringList& taken);

private:
    void showProblem(const QString& text);

    Mode m_mode;
    bool m_shownOnce = false;
    QFormLayout* m_form;
    QLineEdit* m_idEdit;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QStringList m_existingIds;
    QLineEdit* m_idSource = nullptr;
    bool m_idTypedByHand = false;
    QString m_problem;
    Commit m_commit;
};

} // namespace seance
