// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/recordeditdialog.h"
#include "ui/common/slug.h"

#include "models/editing/fieldsyntax.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace seance {

RecordEditDialog::RecordEditDialog(Mode mode, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_form(new QFormLayout), m_idEdit(new QLineEdit(this)),
      m_problemLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_idEdit->setObjectName(QStringLiteral("idEdit"));
    m_idEdit->setReadOnly(mode == Mode::Edit);
    // An existing record's id is read-only, so the dialog opens with the cursor in the field after it.
    if (mode == Mode::Edit)
        m_idEdit->setFocusPolicy(Qt::ClickFocus);
    addRow(tr("&Id:"), m_idEdit,
           mode == Mode::Edit ? tr("The record's permanent key. It cannot be changed.")
                              : tr("The record's permanent key: lowercase letters, digits, '-', '_' and ':', e.g. "
                                   "\"xrpl-ghost-coin\". It cannot be changed later."));
    connect(m_idEdit, &QLineEdit::textChanged, this, &RecordEditDialog::revalidate);

    // The reason may quote what the user typed, so it is never read as rich text.
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #d0312d; }"));
    m_problemLabel->setToolTip(tr("Why the record cannot be saved yet"));

    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Room for a contract address or a tagline without scrolling.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
}

void RecordEditDialog::setExistingIds(const QStringList& ids)
{
    m_existingIds = ids;
    if (m_idSource && !m_idTypedByHand)
        m_idEdit->setText(suggestedId(m_idSource->text(), m_existingIds));
    revalidate();
}

void RecordEditDialog::accept()
{
    if (!m_problem.isEmpty())
        return;
    if (m_commit) {
        QString error;
        if (!m_commit(&error)) {
            showProblem(error.isEmpty() ? tr("The record could not be saved.") : error);
            return;
        }
    }
    QDialog::accept();
}

void RecordEditDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setCursorPosition(0);
    // A new record starts at its name or title, which the id is then made from.
    if (m_idSource)
        m_idSource->setFocus(Qt::OtherFocusReason);
}

void RecordEditDialog::revalidate()
{
    m_problem = validate();
    showProblem(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void RecordEditDialog::showProblem(const QString& text)
{
    const bool untouched = m_idSource && id().isEmpty() && m_idSource->text().trimmed().isEmpty();
    m_problemLabel->setText(untouched ? QString() : text);
    m_problemLabel->setVisible(!untouched && !text.isEmpty());
}

void RecordEditDialog::suggestIdFrom(QLineEdit* source)
{
    if (m_mode != Mode::Create)
        return;
    m_idSource = source;
    m_idEdit->setPlaceholderText(
        tr("made from the %1 as you type")
            .arg(source->objectName() == QLatin1String("nameEdit") ? tr("name") : tr("title")));
    // Typing an id of one's own stops the suggestions; clearing it brings them back.
    connect(m_idEdit, &QLineEdit::textEdited, this, [this](const QString& text) { m_idTypedByHand = !text.isEmpty(); });
    connect(source, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_idTypedByHand)
            m_idEdit->setText(suggestedId(text, m_existingIds));
        revalidate();
    });
    revalidate();
}

QString RecordEditDialog::suggestedId(const QString& text, const QStringList& taken)
{
    const QString slug = slugOf(text);
    if (slug.isEmpty())
        return slug;
    QString candidate = slug;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = slug + QStringLiteral("-%1").arg(n);
    return candidate;
}

void RecordEditDialog::addRow(const QString& label, QWidget* field, const QString& toolTip)
{
    field->setToolTip(toolTip);
    m_form->addRow(label, field);
    if (auto* buddyLabel = qobject_cast<QLabel*>(m_form->labelForField(field)))
        buddyLabel->setToolTip(toolTip);
}

QPlainTextEdit* RecordEditDialog::addTextRow(const QString& label, const QString& objectName, int lines,
                                             const QString& toolTip)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
                       static_cast<int>(2 * edit->document()->documentMargin());
    edit->setFixedHeight(height);
    addRow(label, edit, toolTip);
    connect(edit, &QPlainTextEdit::textChanged, this, &RecordEditDialog::revalidate);
    return edit;
}

QLineEdit* RecordEditDialog::addLineRow(const QString& label, const QString& objectName, const QString& toolTip)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addRow(label, edit, toolTip);
    connect(edit, &QLineEdit::textChanged, this, &RecordEditDialog::revalidate);
    return edit;
}

QString RecordEditDialog::id() const
{
    return m_idEdit->text().trimmed();
}

void RecordEditDialog::setId(const QString& id)
{
    // A record's own id (setRecord) is kept, not replaced by a suggestion from its name.
    m_idTypedByHand = !id.isEmpty();
    m_idEdit->setText(id);
}

QString RecordEditDialog::idProblem() const
{
    const QString value = id();
    if (value.isEmpty())
        return tr("The id is required.");
    if (!isValidRecordId(value))
        return tr("The id may contain only lowercase letters, digits, '-', '_' and ':'.");
    if (m_mode == Mode::Create && m_existingIds.contains(value))
        return tr("The id “%1” is already taken.").arg(value);
    return {};
}

} // namespace seance
