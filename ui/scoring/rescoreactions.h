// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace seance {

struct DialogSeam;

// Edit › Rescore All Posts…: scores every stored post again with the workspace's names masked and the given
// extra lexicon (empty: none), off the GUI thread with a cancellable progress dialog, rebuilds the buckets and
// reports the outcome. Returns true when the workspace was rewritten.
bool runRescoreAllPosts(QWidget* parent, const QString& databasePath, const QString& extraLexiconPath,
                        const DialogSeam& dialogs);

// Edit › Extra Lexicon…: asks for a VADER or AFINN TSV file and checks that it loads. Returns its path, or
// an empty string when the user cancelled or the file was refused (the error, naming the line, is shown).
QString chooseExtraLexicon(QWidget* parent, const QString& currentPath, const DialogSeam& dialogs);

} // namespace seance
