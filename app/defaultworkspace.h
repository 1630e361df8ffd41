// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace seance {

// The embedded default workspace in the user's data folder (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

// The default workspace is created from the bundled sample dataset the first time it is needed; any other
// missing path is left for Database::open to create empty. Returns false with *error on failure.
bool ensureWorkspaceExists(const QString& path, QString* error);

// What the first window shows on the bundled sample, as ViewState JSON (only the keys it sets): the two ghost
// tokens that have real listings, so a new user meets a chart and not "select a token".
QJsonObject firstStartView();

// When the default workspace was just made from the sample, stores firstStartView() as the view the window
// restores. Call right before the window opens the workspace: the window saves its view a moment after it
// changes, which could otherwise write over this one first.
void prepareFirstStartView(bool workspaceWasCreated);

} // namespace seance
