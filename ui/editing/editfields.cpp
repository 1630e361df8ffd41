// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/editfields.h"

#include "models/editing/fieldsyntax.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPlainTextEdit>

namespace seance {

QComboBox* makeValueCombo(const QList<QPair<QString, QString>>& valuesAndLabels, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const auto& [value, label] : valuesAndLabels)
        combo->addItem(label, value);
    return combo;
}

void selectValue(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString selectedValue(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QString linksProblem(const QPlainTextEdit* edit, const QString& fieldName)
{
    QList<Link> links;
    QString error;
    if (parseLinkLines(edit->toPlainText(), &links, &error))
        return {};
    return QCoreApplication::translate("seance::EditFields", "%1: %2").arg(fieldName, error);
}

QList<Link> linksOf(const QPlainTextEdit* edit)
{
    QList<Link> links;
    parseLinkLines(edit->toPlainText(), &links, nullptr);
    return links;
}

QString linkFieldToolTip()
{
    return QCoreApplication::translate("seance::EditFields",
                                       "One link a line, as \"label | https://address\". Only http and https "
                                       "addresses are accepted. A line may also hold just a label or just an "
                                       "address.");
}

} // namespace seance
