// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace seance {

// The modal dialogs the main window asks, behind replaceable functions so GUI tests can answer them.
struct DialogSeam
{
    // Returns the chosen path, or an empty string when the user cancelled.
    std::function<QString(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)>
        openFileName;
    std::function<QString(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)>
        saveFileName;
    std::function<void(QWidget* parent, const QString& title, const QString& text)> showError;
    std::function<void(QWidget* parent, const QString& title, const QString& text)> showInformation;
    // Runs a modal dialog and returns its result (QDialog::Accepted or Rejected).
    std::function<int(QDialog* dialog)> execDialog;
    // Picks one of several names (e.g. which narrative to edit); empty when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& label, const QStringList& items)>
        chooseItem;

    // Asks for one line of text, starting from initial; empty when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& label, const QString& initial)>
        askText;
    // Asks a yes/no question whose yes is destructive; true for yes.
    std::function<bool(QWidget* parent, const QString& title, const QString& text)> confirm;

    static DialogSeam standard();
};

} // namespace seance
