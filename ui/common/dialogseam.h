// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

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

    static DialogSeam standard();
};

} // namespace seance
