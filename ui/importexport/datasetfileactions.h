// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importexport/importwizard.h"

#include <optional>

class QWidget;

namespace seance {

class Database;
class ViewState;
struct DialogSeam;

struct FileImportResult
{
    bool imported = false;                 // something was written: the panes must reload
    std::optional<ImportShowRequest> show; // "Show in chart" was pressed
};

// File › Import… and a file dropped on the window: asks for a file when path is empty, then imports a Seance
// dataset or posts file off the GUI thread with a cancellable progress dialog, or opens the import wizard for
// an export of Telegram, Reddit, X or Discord. A file that is none of these is refused with what was tried.
FileImportResult runFileImport(QWidget* parent, const Database& db, const DialogSeam& dialogs,
                               const QString& path = {});
// The same, returning only whether something was imported.
bool runDatasetImport(QWidget* parent, const Database& db, const DialogSeam& dialogs);

// What "Show in chart" asks of the view state: the tokens selected, their span framed.
void applyImportShowRequest(ViewState& state, const ImportShowRequest& show);

// File › Export Dataset…: asks for a file name and writes the whole workspace.
bool runDatasetExport(QWidget* parent, const Database& db, const DialogSeam& dialogs);

} // namespace seance
