// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"

namespace seance {

// Creates the QApplication and the main window on the workspace the command line or the settings name.
int runGui(const cli::Invocation& invocation, int argc, char** argv);

} // namespace seance
