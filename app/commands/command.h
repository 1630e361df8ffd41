// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/appsettings.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace seance::cli {

// What every subcommand receives. `arguments` starts with the program name followed by the subcommand's own
// arguments (the subcommand word removed), so a QCommandLineParser can process it directly.
// Global options given before the subcommand (--db, --lexicon) are already resolved here; a subcommand may
// accept them again after its name.
struct CommandContext
{
    QStringList arguments;
    QString databasePath; // explicit --db, or empty for the default workspace
    QString lexiconPath;  // --lexicon, or empty
    QTextStream& out;
    QTextStream& err;

    // The extra lexicon a command that scores posts uses: --lexicon, or else the file chosen in the GUI's
    // settings (Edit › Extra Lexicon…); empty for the built-in lexicon alone.
    QString extraLexiconPath() const
    {
        return lexiconPath.isEmpty() ? AppSettings::value(Setting::ExtraLexiconPath).toString() : lexiconPath;
    }
};

// Returns the process exit code: 0 on success, 1 on a runtime failure, 2 on a usage error.
using CommandFunction = int (*)(CommandContext& context);

struct Command
{
    const char* name;
    const char* summary;
    CommandFunction run;
    // Runs in a QApplication on the offscreen platform instead of a QCoreApplication: it draws widgets.
    bool needsWidgets = false;
};

} // namespace seance::cli
