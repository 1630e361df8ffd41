// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace seance {

class Database;
struct DialogSeam;

// File › Import…: asks for a file, imports it off the GUI thread with a cancellable progress dialog,
// and reports the outcome. Returns true when something was imported.
bool runDatasetImport(QWidget* parent, const Database& db, const DialogSeam& dialogs);

// File › Export Dataset…: asks for a file name and writes the whole workspace.
bool runDatasetExport(QWidget* parent, const Database& db, const DialogSeam& dialogs);

} // namespace seance
