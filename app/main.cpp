// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/guilauncher.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // Subcommands run without a display, so the GUI application is created only when no subcommand is given.
    const seance::cli::Invocation invocation = seance::cli::parseInvocation(argc, argv);
    if (invocation.command || invocation.help || invocation.version || !invocation.usageError.isEmpty())
        return seance::cli::runInvocation(invocation, argc, argv);
    return seance::runGui(invocation, argc, argv);
}
