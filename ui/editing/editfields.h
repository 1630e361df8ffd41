// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"

#include <QList>
#include <QPair>
#include <QString>

class QComboBox;
class QPlainTextEdit;
class QWidget;

namespace seance {

// Small helpers for the fields that the edit dialogs share.

// A combo box of fixed values, shown by label and read back by value (Qt::UserRole).
QComboBox* makeValueCombo(const QList<QPair<QString, QString>>& valuesAndLabels, QWidget* parent);
// Selects the item holding value; adds it, shown as itself, when the list does not know it, so that no stored
// value is lost by opening the dialog.
void selectValue(QComboBox* combo, const QString& value);
QString selectedValue(const QComboBox* combo);

// The links of a "label | url" text field, or the reason they cannot be read, prefixed with the field's name.
QString linksProblem(const QPlainTextEdit* edit, const QString& fieldName);
QList<Link> linksOf(const QPlainTextEdit* edit);

// The tooltip of every link field.
QString linkFieldToolTip();

} // namespace seance
