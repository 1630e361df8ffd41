// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "ui/editing/recordeditdialog.h"

#include <functional>

class QColor;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace seance {

// Creates or edits one narrative. Pass the result of record() to WorkspaceEditor::addNarrative() or
// updateNarrative().
class NarrativeEditDialog final : public RecordEditDialog
{
    Q_OBJECT
public:
    // Asks for a colour; returns an invalid QColor when the user cancelled. A seam, so tests need no modal dialog.
    using ColorPicker = std::function<QColor(QWidget* parent, const QColor& initial)>;

    explicit NarrativeEditDialog(Mode mode, QWidget* parent = nullptr);

    void setColorPicker(ColorPicker picker) { m_pickColor = std::move(picker); }

    void setRecord(const NarrativeRecord& narrative);
    NarrativeRecord record() const;

protected:
    QString validate() const override;

private:
    void chooseColor();
    void setColor(const QString& color);

    ColorPicker m_pickColor;
    QLineEdit* m_title;
    QPlainTextEdit* m_summary;
    QPushButton* m_colorButton;
    QToolButton* m_clearColor;
    QLineEdit* m_keywords;
    QPlainTextEdit* m_sources;
    QString m_color;
};

} // namespace seance
