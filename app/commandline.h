// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <QString>
#include <QStringList>

namespace seance::cli {

// What the words before the subcommand asked for. Parsed from raw argv, before any QCoreApplication exists,
// because that choice decides between a GUI and a console application.
struct Invocation
{
    const Command* command = nullptr; // null: launch the GUI
    QString databasePath;             // --db FILE, or the FILE of "seance FILE"
    QString workspaceFile;            // the FILE of "seance FILE" (a desktop entry's %f)
    QString lexiconPath;              // --lexicon FILE
    QStringList commandArguments;     // program name + the words after the subcommand
    bool help = false;
    bool version = false;
    QString usageError;
};

Invocation parseInvocation(int argc, char** argv);

// Runs a subcommand (or prints help, version or a usage error) in a QCoreApplication; returns the exit code.
int runInvocation(const Invocation& invocation, int argc, char** argv);

QString helpText();
void setApplicationIdentity();

} // namespace seance::cli
