// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/dialogseam.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace seance {

DialogSeam DialogSeam::standard()
{
    DialogSeam seam;
    seam.openFileName = [](QWidget* parent, const QString& caption, const QString& folder, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, caption, folder, filter);
    };
    seam.saveFileName = [](QWidget* parent, const QString& caption, const QString& folder, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, caption, folder, filter);
    };
    // Messages can quote file contents, so they are always shown as plain text.
    seam.showError = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    seam.showInformation = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    seam.execDialog = [](QDialog* dialog) { return dialog->exec(); };
    seam.chooseItem = [](QWidget* parent, const QString& title, const QString& label, const QStringList& items) {
        bool ok = false;
        const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
        return ok ? item : QString();
    };
    seam.askText = [](QWidget* parent, const QString& title, const QString& label, const QString& initial) {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? text : QString();
    };
    seam.confirm = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    return seam;
}

} // namespace seance
